// The speaker view on a fixture deck (not the talk): pacing from total_time and data-timing, and the notes.

import { openDeck } from './deck-reading.ts';
import { openSpeakerView, seconds } from './speaker-view.ts';
import { expect, test } from './worker-page.ts';

const PACING = 'decks/pacing/';

test.describe('pacing', () => {
  test('total_time and data-timing give the time left on each slide', async ({ page }) => {
    await openDeck(page, PACING);
    const { popup } = await openSpeakerView(page);
    const pacing = '.speaker-controls-time .pacing';
    await expect(popup.locator('.pacing-title')).toBeVisible();
    await expect(popup.locator(pacing)).toHaveClass(/on-track/);
    // The first slide has data-timing="120"; the other two share the rest of total_time = 600.
    await expect.poll(() => seconds(popup, pacing)).toBeLessThanOrEqual(120);
    expect(await seconds(popup, pacing)).toBeGreaterThan(60);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => seconds(popup, pacing)).toBeGreaterThan(300);
    expect(await seconds(popup, pacing)).toBeLessThanOrEqual(120 + 240);
  });
});

test("shows another deck's notes as the loader rendered them: Markdown's inline code is code, not backticks", async ({ page }) => {
  // The build cuts reveal's Markdown parser out of the notes plugin: notes reach the speaker view as HTML.
  await openDeck(page, PACING);
  const { popup } = await openSpeakerView(page);
  const notes = popup.locator('.speaker-controls-notes .value');
  await expect(notes).toHaveText('This slide has data-timing="120": the other two share the rest of total_time.');
  await expect(notes.locator('code')).toHaveText(['data-timing="120"', 'total_time']);
  await page.keyboard.press('ArrowRight');
  // A slide without notes hides the notes panel.
  await expect(popup.locator('.speaker-controls-notes')).toBeHidden();
});
