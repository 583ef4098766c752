// The `--notes` handout's page (`?print-pdf&handout=a4`) on a fixture deck: each slide keeps the
// deck's own alignment (a centred deck stays centred) while the notes beneath read left-aligned.
import type { Locator } from '@playwright/test';
import { PRINT_VIEW_READY } from '../../src/site/print-view.ts';
import { expect, test } from './worker-page.ts';

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

/** Whether each row of a code block shows inside the block's box: rows scrolled or cut out do not. */
function rowsInView(code: Locator): Promise<boolean[]> {
  return code.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('tr')].map((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    });
  });
}
const litRows = (code: Locator) => code.evaluate((el) => [...el.querySelectorAll('tr')].map((row) => row.classList.contains('highlight-line')));

test('the handout shows a long code block whole, smaller, with the lines its steps light', async ({ page }) => {
  await page.goto('decks/handout/?print-pdf&pdfSeparateFragments=false&handout=a4');
  await page.evaluate(PRINT_VIEW_READY);
  const code = page.locator('.handout-sheet').nth(1).locator('pre code').last();
  // 30 lines in a box of about 15: on paper nothing scrolls, so all of them show, lines 2 and 28 lit.
  expect((await rowsInView(code)).every(Boolean)).toBe(true);
  expect((await litRows(code)).flatMap((lit, i) => (lit ? [i + 1] : []))).toEqual([2, 28]);
  // Too long to shrink (60 lines): it shows its lit line.
  const long = page.locator('.handout-sheet').nth(2).locator('pre code').last();
  const view = await rowsInView(long);
  expect(view.filter(Boolean).length).toBeLessThan(60);
  expect(view[44]).toBe(true);
  await page
    .locator('.handout-sheet')
    .nth(1)
    .screenshot({ path: test.info().outputPath('handout-long-code.png') });
});

test('a PDF without steps shows the first lit line of a block whose lit lines span more than its box', async ({ page }) => {
  await page.goto('decks/handout/?print-pdf&pdfSeparateFragments=false');
  await page.evaluate(PRINT_VIEW_READY);
  const code = page.locator('.pdf-page').nth(1).locator('pre code').last();
  const view = await rowsInView(code);
  expect((await litRows(code)).flatMap((lit, i) => (lit ? [i + 1] : []))).toEqual([2, 28]);
  // Centred on the span (lines 2-28) it showed neither; it shows line 2, and the lines after it.
  expect(view[1]).toBe(true);
  expect(view[0]).toBe(true);
});

test('each step of a long block, printed one page each, shows its own lit line', async ({ page }) => {
  await page.goto('decks/handout/?print-pdf');
  await page.evaluate(PRINT_VIEW_READY);
  const steps = page.locator('.pdf-page').filter({ has: page.locator('h2', { hasText: 'Thirty lines' }) });
  await expect(steps).toHaveCount(2);
  for (const [i, line] of [
    [0, 2],
    [1, 28],
  ] as const) {
    const shown = steps.nth(i).locator('pre code:not(.fragment), pre code.fragment.visible').last();
    expect((await rowsInView(shown))[line - 1]).toBe(true);
  }
});
