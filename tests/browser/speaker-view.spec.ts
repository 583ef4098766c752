// The speaker view on a fixture deck, as built and as the single file: opening it never moves the
// projector. (reveal's own speaker view opened its preview without the step shown and sent that
// state back: S pressed on a code step rewound the audience's slide to the block's first step.)
import { position } from '../../src/tools/browser.ts';
import { highlightedLines } from './deck-page.ts';
import { openDeck } from './deck-reading.ts';
import { openSpeakerView } from './speaker-view.ts';
import { expect, test } from './worker-page.ts';

for (const [site, url] of [
  ['the built site', 'decks/themes/'],
  ['the single file', 'decks/themes/any-theme.html'],
] as const) {
  test(`${site}: S on a code step keeps the projector, and the speaker view, on that step`, async ({ page }) => {
    // Slide 1 steps through `yaml [2|4]`; Space shows the second step.
    await openDeck(page, `${url}#/1`);
    await page.keyboard.press('Space');
    await expect.poll(() => position(page)).toBe('1/0/1');
    await expect.poll(() => highlightedLines(page)).toEqual([['- docker:dind']]);

    // (Not the upcoming preview: reveal sends it the first state before it may have loaded.)
    const { current } = await openSpeakerView(page);
    // Settled: the preview shows the step.
    await expect.poll(() => position(current)).toBe('1/0/1');
    await expect.poll(() => highlightedLines(current)).toEqual([['- docker:dind']]);
    expect(await position(page)).toBe('1/0/1');
    expect(await highlightedLines(page)).toEqual([['- docker:dind']]);

    // And the speaker view still drives the projector, one step back and forth.
    await current.page().keyboard.press('ArrowLeft');
    await expect.poll(() => position(page)).toBe('1/0/0');
    await expect.poll(() => highlightedLines(page)).toEqual([['image: docker:24.0.7']]);
  });
}

test('a step taken as the speaker view loads is kept: its preview does not send its first position back', async ({ page }) => {
  await openDeck(page, 'decks/themes/#/1');
  // Counts the speaker view's heartbeats (one a second) as the main window receives them.
  await page.evaluate(() => {
    const w = window as unknown as { heartbeats: number };
    w.heartbeats = 0;
    window.addEventListener('message', (event) => {
      if (typeof event.data === 'string' && event.data.includes('"heartbeat"')) w.heartbeats++;
    });
  });
  const heartbeats = () => page.evaluate(() => (window as unknown as { heartbeats: number }).heartbeats);
  await page.keyboard.press('Space');
  await expect.poll(() => position(page)).toBe('1/0/1');
  // At once, as a presenter who presses S and goes on: the preview has just announced its slide and step.
  const { current } = await openSpeakerView(page);
  await page.keyboard.press('Space');
  await expect.poll(() => position(page)).toBe('1/1/0');
  await expect.poll(() => position(current)).toBe('1/1/0');
  // Two heartbeats later, over a second: the speaker view's half-second debounce has long run out.
  const seen = await heartbeats();
  await expect.poll(heartbeats, { timeout: 5000 }).toBeGreaterThanOrEqual(seen + 2);
  expect(await position(page)).toBe('1/1/0');
  expect(await position(current)).toBe('1/1/0');
});
