// The talk, built and served under a sub-path, as a presenter and the audience see it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highlightedLines, walkWithSpace } from '../browser/deck-page.ts';
import { openDeck, slideTree } from '../browser/deck-reading.ts';
import { expect, test } from '../browser/worker-page.ts';
import { NOT_THE_TALK, slidesAreTheTalk } from './is-talk.ts';

test.skip(!slidesAreTheTalk(), NOT_THE_TALK);

const TALK = 'talk/sub/path/';

test('has the slide tree reveal.js gives the source: 9 stacks, 30 slides', async ({ page }) => {
  await openDeck(page, TALK);
  expect(await slideTree(page)).toEqual([1, 2, 4, 10, 1, 3, 7, 1, 1]);
  await expect(page).toHaveTitle('Gitlab Runners Docker-in-Docker Explained');
  await expect(page.locator('.slide-number')).toBeVisible();
});

test('Space walks 33 states, highlighting the lines the author meant at each code step', async ({ page }) => {
  await openDeck(page, TALK);
  const states = await walkWithSpace(page);
  expect(states).toHaveLength(33);
  expect(new Set(states.map((s) => s.position)).size).toBe(33);
  const steps = states.flatMap((s) => s.highlighted.filter((lines) => lines.length > 0));
  expect(steps).toEqual([
    ['- nginx'],
    ['- wget -O - http://nginx:80'],
    ['- docker:dind'],
    ['- docker-compose up --detach'],
    ['- wget -O - http://docker:8080'],
    ['"Name": "ci-dind-docker-compose-nginx-1",'],
  ]);
});

test('dims the other lines and scrolls a highlighted line into view', async ({ page }) => {
  // .gitlab-ci.yml's third step: its 12 lines are taller than the 400px box, line 9 is highlighted.
  await openDeck(page, `${TALK}#/6/2/1`);
  const code = page.locator('section.present:not(.stack) pre code.fragment.visible').last();
  const row = code.locator('tr.highlight-line');
  await expect(row).toHaveText(/wget -O - http:\/\/docker:8080/);
  expect(await code.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await expect
    .poll(async () => {
      const [box, line] = await Promise.all([code.boundingBox(), row.boundingBox()]);
      return box && line ? line.y >= box.y && line.y + line.height <= box.y + box.height : false;
    })
    .toBe(true);
  expect(await code.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  // The highlighted line looks different from the dimmed ones (opacity, colour or background).
  const look = (selector: string) =>
    code
      .locator(`${selector} .hljs-ln-code`)
      .first()
      .evaluate((el) => {
        const row = getComputedStyle(el.parentElement as Element);
        const cell = getComputedStyle(el);
        return [row.opacity, cell.color, cell.backgroundColor].join(' ');
      });
  expect(await look('tr.highlight-line')).not.toBe(await look('tr:not(.highlight-line)'));
  // The other lines' text is dimmed, not only the lit line banded: a colour of its own, fainter than the lit
  // line's on the block's background, and still readable (wide code shrinks below large-text size).
  const codeBox = await code.elementHandle();
  const contrast = (selector: string) =>
    code
      .locator(`${selector} .hljs-ln-code`)
      .first()
      .evaluate((cell, box) => {
        const rgba = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = (colour: string) => {
          const [r, g, b] = rgba(colour)
            .slice(0, 3)
            .map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const [text, back] = [luminance(getComputedStyle(cell).color), luminance(getComputedStyle(box as Element).backgroundColor)];
        return { colour: getComputedStyle(cell).color, ratio: (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05) };
      }, codeBox);
  const [lit, dim] = [await contrast('tr.highlight-line'), await contrast('tr:not(.highlight-line)')];
  expect(dim.colour).not.toBe(lit.colour);
  expect(dim.ratio).toBeLessThan(lit.ratio);
  expect(dim.ratio).toBeGreaterThanOrEqual(4.5);
});

test('shows a step backwards too: ArrowLeft returns to the previous highlight', async ({ page }) => {
  await openDeck(page, `${TALK}#/5/0/0`);
  expect(await highlightedLines(page)).toEqual([['- wget -O - http://nginx:80']]);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => highlightedLines(page)).toEqual([['- nginx']]);
});

const NOTES: [string, string][] = [
  ['#/2', 'Each job runs separate'],
  ['#/2/1', "We don't use this"],
  ['#/2/3', "We won't go into much detail into this\nContainers share network namespace so can use localhost"],
  ['#/3', 'We will also look at the security concerns'],
  ['#/3/5', 'Mount the socket\nUnix socket that we use'],
  ['#/3/8', 'Legacy (deprecated links)'],
];

test('keeps the notes off the slides', async ({ page }) => {
  await openDeck(page, TALK);
  expect(await page.locator('aside.notes').count()).toBe(6);
  for (const aside of await page.locator('aside.notes').all()) await expect(aside).toBeHidden();
  for (const [hash, text] of NOTES) {
    await page.goto(`/${TALK}${hash}`);
    await page.waitForFunction((h) => location.hash.startsWith(h), hash);
    const visible = await page.locator('section.present:not(.stack)').innerText();
    for (const line of text.split('\n')) expect(visible).not.toContain(line);
  }
});

test("shows the author's notes in the speaker view (S)", async ({ page, context }) => {
  await openDeck(page, TALK);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const notes = speaker.locator('.speaker-controls-notes .value');
  for (const [hash, text] of NOTES) {
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await expect
      .poll(async () =>
        (await notes.innerText())
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .join('\n'),
      )
      .toBe(text);
  }
  await page.evaluate(() => {
    location.hash = '#/1';
  });
  await expect(speaker.locator('.speaker-controls-notes')).toBeHidden();
});

test('loads the diagrams from the sub-path, sharp and with alt text', async ({ page }) => {
  for (const [hash, name] of [
    ['#/3/2', 'shell'],
    ['#/3/5', 'dood'],
    ['#/3/7', 'dind'],
    ['#/6/4', 'dind-docker-compose'],
  ]) {
    await openDeck(page, `${TALK}${hash}`);
    const img = page.locator('section.present:not(.stack) img');
    await expect(img).toHaveAttribute('src', `images/${name}.svg`);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(40);
  }
});

test('ships no highlight.js and no Markdown parser to the browser', () => {
  const assets = join(import.meta.dirname, '../../dist/assets');
  const js = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  expect(js).toContain('Reveal');
  // markedjs: the parser reveal's notes plugin bundles, cut out by the build (its speaker view's
  // page, kept whole, still names `marked.parse` for notes we never send as Markdown).
  for (const marker of ['registerLanguage', 'highlightAuto', 'linkify', 'markdown-it', 'markedjs']) expect(js).not.toContain(marker);
  // The speaker view is still in the bundle, whole.
  expect(js).toContain('reveal.js - Speaker View');
});

test('prints a page per slide and per code step with ?print-pdf: 33 pages', async ({ page }) => {
  await page.goto(`/${TALK}?print-pdf`);
  await page.waitForSelector('.reveal.ready');
  await expect(page.locator('.pdf-page')).toHaveCount(33);
  // Each code step's page shows its own highlighted line.
  const highlighted = await page.$$eval('.pdf-page', (pages) =>
    pages
      .flatMap((p) => {
        const steps = [...p.querySelectorAll('pre > code')].filter((c) => !c.classList.contains('fragment') || c.classList.contains('visible'));
        return steps.length ? [steps.pop()?.querySelector('tr.highlight-line .hljs-ln-code')?.textContent?.trim() ?? ''] : [];
      })
      .filter(Boolean),
  );
  expect(highlighted).toEqual([
    '- nginx',
    '- wget -O - http://nginx:80',
    '- docker:dind',
    '- docker-compose up --detach',
    '- wget -O - http://docker:8080',
    '"Name": "ci-dind-docker-compose-nginx-1",',
  ]);
});
