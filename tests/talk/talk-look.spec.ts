// The look: accessibility of every slide, fonts bundled and loaded, nothing fetched from
// elsewhere, motion off on request, and the theme's and fonts' size budgets.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { axeWalk, seriousViolations } from '../browser/axe.ts';
import { openDeck } from '../browser/deck-reading.ts';
import { expect, test } from '../browser/worker-page.ts';
import { NOT_THE_TALK, slidesAreTheTalk } from './is-talk.ts';

test.skip(!slidesAreTheTalk(), NOT_THE_TALK);

const TALK = 'talk/sub/path/';
const root = REPO_ROOT;

test('every slide and code step passes an axe audit with no serious or critical violation', async ({ page }) => {
  test.slow();
  // Colours are audited at rest: without transitions no element is caught half faded in.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, TALK);
  await page.evaluate(() => document.fonts.ready);
  // Every state Space reaches, each audited where it stands, in one walk inside the page. Slides
  // that are not shown are hidden from assistive technology by Reveal: audit the present one.
  const walked = await axeWalk(page, '.reveal .slides section.present:not(.stack)');
  expect(walked).toHaveLength(33);
  expect(new Set(walked.map((s) => s.position.split('/').slice(0, 2).join('/'))).size).toBe(30);
  const found = walked.flatMap(({ position, violations }) =>
    seriousViolations(violations).map((v) => `${position} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  );
  expect(found).toEqual([]);
});

test('makes no request outside its origin, and renders in Karla and Libre Caslon Text', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  const origin = new URL(baseURL ?? '').origin;
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  for (const hash of ['', '#/3/2', '#/6/2', '#/7']) await openDeck(page, `${TALK}${hash}`);
  await page.evaluate(() => document.fonts.ready);
  expect(foreign).toEqual([]);
  const fonts = await page.evaluate(() => ({
    body: getComputedStyle(document.querySelector('.reveal section.present p, .reveal section.present li') as Element).fontFamily,
    heading: getComputedStyle(document.querySelector('.reveal section.present h2') as Element).fontFamily,
    loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`),
  }));
  expect(fonts.body.split(',')[0].replace(/["']/g, '')).toBe('Karla');
  expect(fonts.heading.split(',')[0].replace(/["']/g, '')).toBe('Libre Caslon Text');
  expect(fonts.loaded).toEqual(expect.arrayContaining(['Karla 400', 'Libre Caslon Text 400']));
});

test('turns slide transitions off when the reader asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, TALK);
  const duration = () =>
    page
      .locator('.reveal .slides > section')
      .nth(1)
      .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect((await duration()).split(',').every((d) => parseFloat(d) === 0)).toBe(true);
  // Nothing else moves either: a step forward and a slide forward start no transition or animation
  // anywhere in the deck (the control arrows, drawn by ::before and ::after, among them).
  const moving = () =>
    page.evaluate(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', keyCode: 32, bubbles: true } as KeyboardEventInit));
      const reveal = document.querySelector('.reveal');
      return document
        .getAnimations()
        .filter((a) => a.effect instanceof KeyframeEffect && a.effect.target && reveal?.contains(a.effect.target))
        .map(
          (a) =>
            `${(a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName} on ${(a.effect as KeyframeEffect).target?.className}${(a.effect as KeyframeEffect).pseudoElement ?? ''}`,
        );
    });
  expect(await moving()).toEqual([]);
  expect(await moving()).toEqual([]);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect((await duration()).split(',').some((d) => parseFloat(d) > 0)).toBe(true);
});

test('the theme adds at most 16 KB gzip of CSS and the fonts weigh at most 120 KB', () => {
  const themes = join(root, 'src/themes');
  const css = readdirSync(themes)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(themes, f)));
  expect(gzipSync(Buffer.concat(css)).length).toBeLessThanOrEqual(16 * 1024);
  const assets = join(root, 'dist/assets');
  const fonts = readdirSync(assets).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
  expect(fonts.every((f) => f.endsWith('.woff2'))).toBe(true);
  expect(fonts.reduce((n, f) => n + statSync(join(assets, f)).size, 0)).toBeLessThanOrEqual(120 * 1024);
});

test('footnotes sit at the foot of their slide and link out', async ({ page }) => {
  await openDeck(page, `${TALK}#/7`);
  const slide = page.locator('section.present:not(.stack)');
  const notes = slide.locator('.footnotes');
  const links = notes.locator('a[href^="https://"]');
  await expect(links).toHaveCount(2);
  const [slideBox, notesBox, list] = await Promise.all([slide.boundingBox(), notes.boundingBox(), slide.locator('ul').first().boundingBox()]);
  if (!slideBox || !notesBox || !list) throw new Error('the slide, its list or its footnotes are not laid out');
  expect(notesBox.y).toBeGreaterThan(list.y + list.height);
  expect(notesBox.y + notesBox.height).toBeLessThanOrEqual(slideBox.y + slideBox.height + 1);
  expect(await slide.locator('sup.footnote-ref').allInnerTexts()).toEqual(['4', '5']);
});
