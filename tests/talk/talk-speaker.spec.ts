// The speaker view (S) of the built talk: previews, notes, clock and timer, both windows driving
// each other; and what the deck says when the browser blocks the pop-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { position } from '../../src/tools/browser.ts';
import { axeViolations } from '../browser/axe.ts';
import { highlightedLines } from '../browser/deck-page.ts';
import { openDeck } from '../browser/deck-reading.ts';
import { openSpeakerView, seconds } from '../browser/speaker-view.ts';
import { expect, freshPageTest as test } from '../browser/worker-page.ts';
import { NOT_THE_TALK, slidesAreTheTalk } from './is-talk.ts';

test.skip(!slidesAreTheTalk(), NOT_THE_TALK);

const TALK = 'talk/sub/path/';
/** The plugin's timings (src/client/popup-blocked.ts). */
const CONNECT_TIMEOUT_MS = 5000;
const SHOW_MS = 15000;

/** The notes of the Kubernetes Executor slide, as the author typed them in the Markdown. */
function authorsNotes(): string[] {
  const source = readFileSync(join(import.meta.dirname, '../../slides/03-executors.md'), 'utf8');
  const slide = source.split('\n----\n').find((s) => s.includes('### Kubernetes Executor')) ?? '';
  const notes = slide.split(/^notes:$/m)[1] ?? '';
  return notes
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));
}

test('shows the current slide and the next step: on a code slide, the next highlighted line', async ({ page }) => {
  await openDeck(page, `${TALK}#/4`);
  const { current, upcoming } = await openSpeakerView(page);
  await expect.poll(() => position(current)).toBe('4/0/0');
  // Onto the code slide from the main window. (reveal's speaker view sends its very first state
  // before the upcoming preview has loaded, so until the first move that preview may show the
  // current slide: moving first keeps this test about what the speaker view shows as you present.)
  await page.keyboard.press('Space');
  await expect.poll(() => position(current)).toBe('5/0/0');
  await expect.poll(() => highlightedLines(current)).toEqual([['- nginx']]);
  await expect.poll(() => position(upcoming)).toBe('5/0/1');
  await expect.poll(() => highlightedLines(upcoming)).toEqual([['- wget -O - http://nginx:80']]);
  // At the block's last step, what comes next is the slide below.
  await page.keyboard.press('Space');
  await expect.poll(() => highlightedLines(current)).toEqual([['- wget -O - http://nginx:80']]);
  await expect.poll(() => position(upcoming)).toBe('5/1/0');
  await expect(upcoming.locator('section.present:not(.stack) h3')).toHaveText('Why do they work?');
});

// One speaker view for three checks: each opening loads the talk three times (the deck and both previews).
test('shows the notes exactly as the author wrote them, a clock and a timer; follows the main window and drives it with its keys', async ({ page }) => {
  const expected = authorsNotes();
  expect(expected).toEqual(["We won't go into much detail into this", 'Containers share network namespace so can use localhost']);
  await openDeck(page, `${TALK}#/2/3`);
  const { popup, current, upcoming } = await openSpeakerView(page);

  await test.step('shows the notes exactly as the author wrote them', async () => {
    await expect(popup.locator('.speaker-controls-notes .value li')).toHaveText(expected);
    await expect(popup.locator('.speaker-controls-notes')).toBeVisible();
  });

  await test.step('runs a clock and an elapsed timer', async () => {
    // The clock starts as a placeholder and shows the time of day once running.
    const clock = popup.locator('.speaker-controls-time .clock-value');
    await expect(clock).not.toHaveText('0:00 AM');
    // Every minute from one before the read to one after it: a read across a minute's turn shows
    // either side, and the page's clock may trail the test's by a tick.
    const minute = (at: number) => new Date(at).toLocaleTimeString('en-US', { hour12: true, hour: '2-digit', minute: '2-digit' });
    const before = Date.now();
    const shown = (await clock.innerText()).trim();
    const after = Date.now();
    expect([minute(before - 60_000), minute(before), minute(after), minute(after + 60_000)]).toContain(shown);
    // The timer counts the seconds since the speaker view opened.
    const timer = '.speaker-controls-time .timer';
    const first = await seconds(popup, timer);
    await expect.poll(() => seconds(popup, timer)).toBeGreaterThan(first);
    // No pacing without `total_time` or `data-timing`: the talk has neither.
    await expect(popup.locator('.speaker-controls-time .pacing')).toBeHidden();
  });

  await test.step('follows the main window, and drives it with keys pressed in the speaker view', async () => {
    /** The speaker view shows `at` now and `next` as upcoming. */
    const settled = async (at: string, next: string) => {
      await expect.poll(() => position(current)).toBe(at);
      await expect.poll(() => position(upcoming)).toBe(next);
    };
    // Only the current preview: the upcoming one may miss the very first state (see above).
    await expect.poll(() => position(current)).toBe('2/3/0');
    // Keys in the main window: the speaker view follows, notes included.
    await page.keyboard.press('ArrowRight');
    await settled('3/0/0', '3/1/0');
    await expect(popup.locator('.speaker-controls-notes .value')).toHaveText('We will also look at the security concerns');
    // Keys in the speaker view: the main window moves. The presenter presses the next key once the
    // speaker view shows where the deck is: reveal's speaker view drops a key pressed within about
    // 200 ms of its last update (it throttles updates and compares against the state it last applied).
    await popup.keyboard.press('Space');
    await expect.poll(() => position(page)).toBe('3/1/0');
    await settled('3/1/0', '3/2/0');
    await popup.keyboard.press('ArrowUp');
    await expect.poll(() => position(page)).toBe('3/0/0');
    await settled('3/0/0', '3/1/0');
    await popup.keyboard.press('ArrowLeft');
    await expect.poll(() => position(page)).toMatch(/^2\//);
  });
});

test('raises no blocked pop-up help when the speaker view opens', async ({ page }) => {
  // The deck's clock is Playwright's: it runs as a real one, and can be sent ahead.
  await page.clock.install();
  await openDeck(page, TALK);
  await openSpeakerView(page);
  // Once the deck has waited longer than the plugin waits for the speaker view, it still says nothing.
  await page.clock.runFor(CONNECT_TIMEOUT_MS + 1000);
  // At once, not waited for: a help raised now would be taken down by the next heartbeat.
  expect(await page.locator('.popup-blocked').isHidden()).toBe(true);
});

test.describe('a blocked pop-up', () => {
  const help = (page: Page) => page.getByRole('alert').filter({ hasText: 'speaker view' });

  test('tells the speaker how to allow it, readable in the theme', async ({ page, baseURL }, testInfo) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await openDeck(page, `${TALK}#/3/1`);
    await page.keyboard.press('s');
    await expect(help(page)).toBeVisible();
    const host = new URL(baseURL ?? '').host;
    await expect(help(page)).toContainText(`Allow pop-ups for ${host}`);
    await expect(help(page)).toContainText('press S again');
    // Inside the window, over the slide, and clean for axe (contrast included).
    const box = await help(page).boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.x >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height / 3).toBe(true);
    expect((await axeViolations(page, '.popup-blocked')).map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('popup-blocked.png') });
    // Any key takes it down, and still does its job.
    await page.keyboard.press('ArrowDown');
    await expect(help(page)).toBeHidden();
    await expect.poll(() => position(page)).toBe('3/2/0');
  });

  test('goes away by itself', async ({ page }) => {
    await page.clock.install();
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await openDeck(page, TALK);
    await page.keyboard.press('s');
    await expect(help(page)).toBeVisible();
    await page.clock.runFor(SHOW_MS);
    await expect(help(page)).toBeHidden();
  });

  test('is noticed when the pop-up closes at once', async ({ page }) => {
    await page.addInitScript(() => {
      const open = window.open.bind(window);
      window.open = (...args) => {
        const popup = open(...args);
        // Closed before the speaker view runs in it: a window still closing under load ran the
        // view's script, answered the plugin's connect and so was taken for a speaker view.
        if (popup) popup.document.write = () => undefined;
        popup?.close();
        return popup;
      };
    });
    await page.clock.install();
    await openDeck(page, TALK);
    await page.keyboard.press('s');
    await expect(help(page)).toBeHidden();
    await page.clock.runFor(CONNECT_TIMEOUT_MS);
    await expect(help(page)).toBeVisible();
  });

  test('pressing S again once pop-ups are allowed opens the speaker view', async ({ page }) => {
    await page.addInitScript(() => {
      const open = window.open.bind(window);
      window.open = (...args) => (document.body.dataset.popups === 'allowed' ? open(...args) : null);
    });
    await openDeck(page, `${TALK}#/2/3`);
    await page.keyboard.press('s');
    await expect(help(page)).toBeVisible();
    await page.evaluate(() => {
      document.body.dataset.popups = 'allowed';
    });
    const { popup } = await openSpeakerView(page);
    await expect(help(page)).toBeHidden();
    await expect(popup.locator('.speaker-controls-notes .value li')).toHaveText(authorsNotes());
  });
});
