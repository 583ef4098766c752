// Pacing in the speaker view, on a fixture deck with total_time and data-timing.
import { expect, test } from '@playwright/test';
import { openDeck } from './deck-page.ts';
import { openSpeakerView, seconds } from './speaker-view.ts';

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
