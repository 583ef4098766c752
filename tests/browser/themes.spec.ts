// Any theme: the themes fixture deck (code steps, a tall and a wide block, footnotes, a dark and a
// light data-background, math, notes) built under every theme the engine knows, and with no front
// matter at all (the default theme). Each passes axe at every step and draws what the engine draws.
// Screenshots of every slide go to test-results/themes/ for a person to look through (not in CI,
// where nobody does: a second and a half a theme there, and no assertion reads them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { themeNames } from '../../src/themes/index.ts';
import { axeWalk, seriousViolations } from './axe.ts';
import { goToHash, highlightedLines } from './deck-page.ts';
import { openDeck, slideTree } from './deck-reading.ts';
import { expect, test } from './worker-page.ts';

const SHOTS = process.env.CI ? undefined : join(import.meta.dirname, '../../test-results/themes');
const BUILT = join(import.meta.dirname, '../../node_modules/.cache/deck-tests/decks');
const slide = (page: Page) => page.locator('.reveal .slides section.present:not(.stack)');

/** What a reader sees of an element: its colour and the first opaque background behind it. */
function paint(page: Page, selector: string) {
  return slide(page)
    .locator(selector)
    .first()
    .evaluate((el) => {
      let bg = 'rgba(0, 0, 0, 0)';
      for (let e: Element | null = el; e && bg === 'rgba(0, 0, 0, 0)'; e = e.parentElement) bg = getComputedStyle(e).backgroundColor;
      return { color: getComputedStyle(el).color, background: bg };
    });
}

// A test a theme: spread over the workers rather than one file in one, each worker's in one page
// (worker-page.ts), every theme's site loaded into it afresh.
test.describe.configure({ mode: 'parallel' });

for (const theme of [...themeNames(), 'default']) {
  const url = theme === 'default' ? 'decks/themes/' : `decks/themes-${theme}/`;

  test.describe(`theme ${theme}`, () => {
    // One visit a theme: the walk from the first slide, then each check goes to its slide by its
    // hash, as a link in the deck would. Every request of the whole visit is watched.
    test('passes axe at every slide and code step, and draws what the engine draws', async ({ page, baseURL }) => {
      // At rest (reduced motion: no transitions): each state audited as it stands, each move by hash done in a frame.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const foreign: string[] = [];
      const origin = new URL(baseURL ?? '').origin;
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      await test.step('every slide and code step passes axe; a screenshot of each', async () => {
        await openDeck(page, url);
        await page.evaluate(() => document.fonts.ready);
        expect(await slideTree(page)).toEqual([1, 2, 1, 1, 1, 1]);
        // Space through the deck, auditing each state at rest (reduced motion: no transitions).
        const walked = await axeWalk(page, '.reveal .slides section.present:not(.stack)');
        expect(walked).toHaveLength(8);
        const found = walked.flatMap(({ position, violations }) =>
          seriousViolations(violations).map(
            (v) => `${position} ${v.id}: ${v.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join('; ')}`,
          ),
        );
        expect(found).toEqual([]);
        if (SHOTS) {
          // The same states again for a person, by the keyboard. (Back at the first slide, reveal has
          // hidden the fragments it showed.)
          await goToHash(page, '#/0');
          for (let shot = 1; shot <= walked.length; shot++) {
            // JPEG: a quarter of a PNG's time to write, and as good to look through.
            await page.screenshot({ path: join(SHOTS, `${theme}-${String(shot).padStart(2, '0')}.jpg`), type: 'jpeg', quality: 85 });
            await page.keyboard.press('Space');
          }
        }
      });

      await test.step('a code step replaces the one before it, on an opaque block, in the bundled code font', async () => {
        // Through the first slide: the walk showed this slide's steps, and Reveal hides a slide's
        // fragments again when it moves back before it, as a fresh page would have them.
        await goToHash(page, '#/0');
        await goToHash(page, '#/1/0');
        const covers = () =>
          slide(page)
            .locator('tr.highlight-line .hljs-ln-code')
            .last()
            .evaluate((cell) => {
              const box = cell.getBoundingClientRect();
              const top = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
              return top?.closest('code')?.querySelector('tr.highlight-line .hljs-ln-code')?.textContent?.trim();
            });
        expect(await highlightedLines(page)).toEqual([['image: docker:24.0.7']]);
        await page.keyboard.press('Space');
        await expect.poll(() => highlightedLines(page)).toEqual([['- docker:dind']]);
        // What is on top where the highlighted line is drawn: the second step, not both.
        await expect.poll(covers).toBe('- docker:dind');
        const code = await paint(page, 'pre code.fragment');
        expect(code.background).not.toBe('rgba(0, 0, 0, 0)');
        const font = await slide(page)
          .locator('pre code')
          .first()
          .evaluate((el) => getComputedStyle(el).fontFamily);
        expect(font.split(',')[0].replace(/["']/g, '')).toBe('JetBrains Mono');
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'JetBrains Mono' && f.status === 'loaded'))).toBe(true);
      });

      await test.step('a tall block scrolls to its highlighted line; a wide one is never cut off', async () => {
        await goToHash(page, '#/1/1');
        const tall = slide(page).locator('pre code');
        expect(await tall.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
        await expect.poll(() => tall.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
        await goToHash(page, '#/5');
        const wide = slide(page).locator('pre code');
        expect(await wide.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        await expect(wide).toContainText('docker:24.0.7-dind');
        const [code, box] = await Promise.all([wide.boundingBox(), slide(page).boundingBox()]);
        expect(code && box && code.x + code.width <= box.x + box.width + 1).toBe(true);
      });

      await test.step('footnotes sit at the foot of their slide; notes stay off it', async () => {
        await goToHash(page, '#/0');
        const notes = slide(page).locator('.footnotes');
        const [slideBox, notesBox, text] = await Promise.all([slide(page).boundingBox(), notes.boundingBox(), slide(page).locator('p').first().boundingBox()]);
        if (!slideBox || !notesBox || !text) throw new Error('the slide, its text or its footnotes are not laid out');
        expect(notesBox.y).toBeGreaterThan(text.y + text.height);
        expect(notesBox.y + notesBox.height).toBeLessThanOrEqual(slideBox.y + slideBox.height + 1);
        expect(notesBox.y + notesBox.height).toBeGreaterThan(slideBox.y + slideBox.height * 0.85);
        await goToHash(page, '#/5');
        await expect(page.locator('aside.notes')).toBeHidden();
        expect(await slide(page).innerText()).not.toContain('These notes stay off the slide');
      });

      await test.step('on a dark and a light data-background, inline code takes the palette that suits it', async () => {
        await goToHash(page, '#/2');
        await expect(slide(page)).toHaveClass(/has-dark-background/);
        const dark = await paint(page, 'p code');
        expect(dark).toEqual({ color: 'rgb(167, 179, 179)', background: 'rgb(0, 43, 54)' });
        expect((await paint(page, 'pre code')).background).toBe('rgb(0, 43, 54)');
        await goToHash(page, '#/3');
        await expect(slide(page)).toHaveClass(/has-light-background/);
        expect(await paint(page, 'p code')).toEqual({ color: 'rgb(88, 110, 117)', background: 'rgb(253, 246, 227)' });
      });

      await test.step('math is typeset at build time, in KaTeX fonts from the site', async () => {
        await goToHash(page, '#/4');
        await expect(slide(page).locator('.katex')).toHaveCount(2);
        await expect(slide(page).locator('.katex-display')).toHaveCount(1);
        await page.evaluate(() => document.fonts.ready);
        const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')));
        expect(loaded).toContain('KaTeX_Main');
      });

      await test.step('fetches nothing from elsewhere and ships no math or highlighting code', async () => {
        // Every request of the page load and of every step above, and of these slides again.
        for (const hash of ['#/0', '#/1', '#/2', '#/4']) await goToHash(page, hash);
        await page.evaluate(() => document.fonts.ready);
        expect(foreign).toEqual([]);
        const assets = join(BUILT, url.replace(/^decks\//, ''), 'assets');
        const files = readdirSync(assets);
        const js = files
          .filter((f) => f.endsWith('.js'))
          .map((f) => readFileSync(join(assets, f), 'utf8'))
          .join('\n');
        for (const marker of ['katex', 'registerLanguage', 'markdown-it']) expect(js).not.toContain(marker);
        expect(files.filter((f) => /\.(woff|ttf|otf|eot)$/.test(f))).toEqual([]);
      });
    });
  });
}

test('a deck without math loads no KaTeX CSS or fonts', () => {
  const assets = join(BUILT, 'pacing/assets');
  const css = readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  expect(css).not.toContain('KaTeX');
  expect(readdirSync(assets).filter((f) => f.startsWith('KaTeX'))).toEqual([]);
});
