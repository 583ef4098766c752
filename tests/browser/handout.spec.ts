// The `--notes` handout's page (`?print-pdf&handout=a4`) on a fixture deck: each slide keeps the
// deck's own alignment (a centred deck stays centred) while the notes beneath read left-aligned.
import { expect, test } from '@playwright/test';
import { PRINT_VIEW_READY } from '../../src/tools/print-view-ready.ts';

const THEMES = 'decks/themes/';

test('a centred deck stays centred in the handout; its notes read from the left', async ({ page }) => {
  await page.goto(`${THEMES}?print-pdf&handout=a4`);
  await page.evaluate(PRINT_VIEW_READY);
  const heading = page.locator('.handout-slide section h1').first();
  const align = (locator: typeof heading) => locator.evaluate((el) => getComputedStyle(el).textAlign);
  // As on screen: the same deck's heading, presented.
  const onScreen = await page.context().newPage();
  await onScreen.goto(THEMES);
  await onScreen.waitForSelector('.reveal.ready');
  const presented = await onScreen
    .locator('.reveal .slides section h1')
    .first()
    .evaluate((el) => getComputedStyle(el).textAlign);
  expect(presented).toBe('center');
  expect(await align(heading)).toBe(presented);
  const notes = page.locator('.handout-notes').first();
  await expect(notes).toBeVisible();
  expect(await align(notes)).toBe('left');
});
