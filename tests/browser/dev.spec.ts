// Rehearsing with `npm run dev`: Vite's dev server on a temp copy of a small deck, edited while it
// is open in Chromium. Each save must show on the page in place, keeping the slide and the step.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { createLogger, type Logger } from 'vite';
import { position } from '../../src/tools/browser.ts';
import { save, saveToScreen, startDevServer } from '../../src/tools/live-edit.ts';
import { highlightedLines } from './deck-page.ts';
import { openDeck } from './deck-reading.ts';
import { freePort } from './free-port.ts';
import { openSpeakerView } from './speaker-view.ts';
import { test as base, expect } from './worker-page.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/decks/rehearsal');
const CACHE = resolve(import.meta.dirname, '../../node_modules/.cache/deck-tests/vite-dev');
const CODE = 'slides/02-code.md';
const INTRO = 'slides/01-intro.md';

interface LiveDeck {
  url: string;
  path: (file: string) => string;
  read: (file: string) => Promise<string>;
  /** Saves `file` changed by `change`, as an editor would. */
  edit: (file: string, change: (text: string) => string) => Promise<void>;
  /** What the dev server printed in the terminal. */
  terminal: string[];
}

const test = base.extend<{ deck: LiveDeck; consoleLines: string[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this destructuring; it has none.
  deck: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'deck-dev-'));
    await cp(FIXTURE, root, { recursive: true });
    const terminal: string[] = [];
    const logger: Logger = {
      ...createLogger('silent'),
      info: (m) => terminal.push(m),
      warn: (m) => terminal.push(m),
      warnOnce: (m) => terminal.push(m),
      error: (m) => terminal.push(m),
    };
    const dev = await startDevServer(root, { port: await freePort(), cacheDir: CACHE, customLogger: logger });
    const path = (file: string) => join(root, file);
    const read = (file: string) => readFile(path(file), 'utf8');
    await use({ url: dev.url, path, read, terminal, edit: async (file, change) => save(path(file), change(await read(file))) });
    await dev.close();
    await rm(root, { recursive: true, force: true });
  },
  consoleLines: async ({ page }, use) => {
    const lines: string[] = [];
    page.on('console', (message) => lines.push(message.text()));
    await use(lines);
  },
});

/** A value on `window` that survives anything but a page load. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { deckMarker: 'still here' }));
}
const marker = (page: Page) => page.evaluate(() => (window as unknown as { deckMarker?: string }).deckMarker);

/** Tags every slide's element, to tell afterwards which ones were replaced. */
async function markSections(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const section of document.querySelectorAll('section[data-deck-slide]')) Object.assign(section, { kept: true });
  });
}
const sections = (page: Page) =>
  page.$$eval('section[data-deck-slide]', (all) =>
    all.map((s) => `${s.getAttribute('data-deck-slide')} ${(s as unknown as { kept?: boolean }).kept ? 'kept' : 'new'}`),
  );

const heading = (page: Page) => page.locator('.reveal .slides section.present:not(.stack) :is(h1, h2)');

/** Opens the code slide and steps to its second highlight (line 3). */
async function onSecondStep(page: Page, url: string): Promise<void> {
  await openDeck(page, `${url}#/2/0`);
  await page.keyboard.press('Space');
  await expect.poll(() => highlightedLines(page)).toEqual([['c: 3']]);
}

test('saving a slide swaps it in place: same slide and step, no reload, the other slides untouched', async ({ page, deck }) => {
  await onSecondStep(page, deck.url);
  await markPage(page);
  await markSections(page);
  const text = (await deck.read(CODE)).replace('## Code', '## Code, edited').replace('c: 3', 'c: 33');
  const ms = await saveToScreen(page, deck.path(CODE), text, 'Code, edited');
  console.log(`save-to-screen (slide edit): ${ms.toFixed(0)} ms`);

  await expect(heading(page)).toHaveText('Code, edited');
  expect(await position(page)).toBe('2/0/1');
  expect(await highlightedLines(page)).toEqual([['c: 33']]);
  expect(await marker(page)).toBe('still here');
  expect(await sections(page)).toEqual([
    'slides/01-intro.md#0 kept',
    'slides/01-intro.md#1 kept',
    'slides/02-code.md#0 new',
    'slides/02-code.md#1 kept',
    'slides/02-code.md#2 kept',
    'slides/02-code.md#3 kept',
  ]);
  // Still a working deck: the next step, then back.
  await page.keyboard.press('Space');
  await expect.poll(() => highlightedLines(page)).toEqual([['e: 5']]);
});

test('editing notes updates an open speaker view, and only the notes', async ({ page, deck }) => {
  await onSecondStep(page, deck.url);
  const { popup: speaker, current } = await openSpeakerView(page);
  await expect.poll(() => position(current)).toBe('2/0/1');
  const notes = speaker.locator('.speaker-controls-notes .value');
  await expect(notes).toHaveText('Start with a, then c, then e.');
  await markPage(page);
  await markSections(page);

  await deck.edit(CODE, (text) => text.replace('Start with a, then c, then e.', 'Start with a. Then c, slowly.'));
  await expect(notes).toHaveText('Start with a. Then c, slowly.');
  expect(await marker(page)).toBe('still here');
  expect((await sections(page)).filter((s) => s.endsWith('new'))).toEqual([]);
  expect(await position(page)).toBe('2/0/1');
  // The speaker view still follows the deck: its preview of the current slide shows the next step.
  await page.keyboard.press('Space');
  await expect(speaker.frameLocator('#current-slide iframe').locator('section.present:not(.stack) code.fragment.visible')).toHaveCount(2);
});

test('with the speaker view open, slides added above keep the presenter, the projector and both previews on their slide', async ({ page, deck }) => {
  await onSecondStep(page, deck.url);
  const { current, upcoming } = await openSpeakerView(page);
  const heads = (frame: Page | Frame) => frame.locator('.reveal .slides section.present:not(.stack) :is(h1, h2)');
  /**
   * Projector and current preview on the code slide's second step; the upcoming preview one step on
   * (not at first: reveal sends it the first state before it may have loaded).
   */
  const settled = async (at: string, withUpcoming = true) => {
    await expect.poll(() => position(current)).toBe(at);
    await expect(heads(current)).toHaveText('Code');
    await expect.poll(() => highlightedLines(current)).toEqual([['c: 3']]);
    if (withUpcoming) await expect.poll(() => highlightedLines(upcoming)).toEqual([['e: 5']]);
    await expect(heading(page)).toHaveText('Code');
    expect(await position(page)).toBe(at);
    expect(await highlightedLines(page)).toEqual([['c: 3']]);
  };
  await settled('2/0/1', false);

  await deck.edit(INTRO, (text) => `${text}\n---\n\n## Added before\n`);
  await expect(page.locator('.reveal .slides > section')).toHaveCount(5);
  await settled('3/0/1');
  await deck.edit(CODE, (text) => `## Above\n\n----\n\n${text}`);
  await expect(page.locator('section[data-deck-slide="slides/02-code.md#1"] h2')).toHaveText('Code');
  await settled('3/1/1');
  // And it still presents: Space on the projector moves both previews.
  await page.keyboard.press('Space');
  await expect.poll(() => highlightedLines(current)).toEqual([['e: 5']]);
  expect(await position(page)).toBe('3/1/2');
});

test("the speaker view's previews end on the presenter's slide and step when the move reaches them before their own update", async ({ browser, deck }) => {
  // A context of its own (with the config's options, as Playwright gives every context): the route below stays with it.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await onSecondStep(page, deck.url);
    // Every socket opened from here on is a preview's (the main window's is open): the dev server's
    // updates reach the previews a second late, after the speaker view has moved them.
    await context.routeWebSocket(/./, (socket) => {
      const server = socket.connectToServer();
      server.onMessage((message) => setTimeout(() => socket.send(message), 1000));
      socket.onMessage((message) => server.send(message));
    });
    const { current, upcoming } = await openSpeakerView(page);
    // (Not the upcoming preview yet: reveal sends it the first state before it may have loaded.)
    await expect.poll(() => position(current)).toBe('2/0/1');

    await deck.edit(CODE, (text) => `## Above\n\n----\n\n${text}`);
    await expect.poll(() => position(page)).toBe('2/1/1');
    await expect.poll(() => position(current)).toBe('2/1/1');
    await expect.poll(() => highlightedLines(current)).toEqual([['c: 3']]);
    await expect.poll(() => position(upcoming)).toBe('2/1/2');
    await expect.poll(() => highlightedLines(upcoming)).toEqual([['e: 5']]);
    // Settled there: nothing the previews did moved the presenter.
    expect(await position(page)).toBe('2/1/1');
  } finally {
    await context.close();
  }
});

test('adding, removing and reordering slides keeps the presenter on their slide and step', async ({ page, deck }) => {
  await onSecondStep(page, deck.url);
  await markPage(page);
  const stillOnCode = async (where: string) => {
    await expect(heading(page)).toHaveText('Code');
    expect(await position(page)).toBe(where);
    expect(await highlightedLines(page)).toEqual([['c: 3']]);
  };

  // A slide added in the file before: the code slide is now the fourth stack.
  const ms = await saveToScreen(page, deck.path(INTRO), `${await deck.read(INTRO)}\n---\n\n## Added before\n`, 'Added before');
  console.log(`save-to-screen (slide added): ${ms.toFixed(0)} ms`);
  await stillOnCode('3/0/1');
  // A slide added above it in its own file.
  await deck.edit(CODE, (text) => `## Above\n\n----\n\n${text}`);
  await expect(page.locator('section[data-deck-slide="slides/02-code.md#1"] h2')).toHaveText('Code');
  await stillOnCode('3/1/1');
  // Reordered: the slide above moves below it.
  await deck.edit(CODE, (text) => text.replace('## Above\n\n----\n\n', '').replace('----\n\n## Picture', '----\n\n## Above\n\n----\n\n## Picture'));
  await expect(page.locator('section[data-deck-slide="slides/02-code.md#1"] h2')).toHaveText('Above');
  await stillOnCode('3/0/1');
  // The added slide removed again.
  await deck.edit(INTRO, (text) => text.replace('\n---\n\n## Added before\n', ''));
  await expect(page.locator('.reveal .slides > section')).toHaveCount(4);
  await stillOnCode('2/0/1');
  expect(await marker(page)).toBe('still here');

  // The slide itself deleted: the one that took its place is shown, from its start.
  await deck.edit(CODE, (text) => text.slice(text.indexOf('## Above')));
  await expect(heading(page)).toHaveText('Above');
  expect(await position(page)).toBe('2/0/0');
  expect(await marker(page)).toBe('still here');
});

test('a front matter or theme change reloads onto the same slide and step', async ({ page, deck }) => {
  await onSecondStep(page, deck.url);
  await markPage(page);
  const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor);
  const codeBackground = () => page.evaluate(() => getComputedStyle(document.querySelector('section.present pre code') ?? document.body).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  expect(await codeBackground()).toBe('rgb(253, 246, 227)');

  // Saved right after the step: reveal writes the URL hash a second later, so the hash alone would lose it.
  await page.keyboard.press('Space');
  await expect.poll(() => highlightedLines(page)).toEqual([['e: 5']]);
  const reloaded = page.waitForEvent('load');
  await deck.edit(INTRO, (text) => text.replace('theme: white', 'theme: black'));
  await reloaded;
  await page.waitForSelector('.reveal.ready');
  expect(await marker(page)).toBeUndefined();
  await expect.poll(background).toBe('rgb(25, 25, 25)');
  // The styles follow the theme: black's own, and the code palette that suits a dark background.
  expect(await codeBackground()).toBe('rgb(0, 43, 54)');
  await expect.poll(() => position(page)).toBe('2/0/2');
  expect(await highlightedLines(page)).toEqual([['e: 5']]);
  await expect(heading(page)).toHaveText('Code');
});

test("a mistake shows Vite's error overlay with file, line and the line itself; the deck comes back when fixed", async ({ page, deck }, testInfo) => {
  await onSecondStep(page, deck.url);
  await markPage(page);
  const overlay = page.locator('vite-error-overlay');

  await deck.edit(CODE, (text) => text.replace('```yaml [1|3|5]', '```yaml [1|3|9]'));
  await expect(overlay).toBeAttached();
  await expect(overlay.locator('.message')).toContainText("slides/02-code.md:3:14 error invalid-step: `9` is outside the block's 5 line(s)");
  await expect(overlay.locator('.file')).toContainText(`${deck.path(CODE)}:3:13`);
  await expect(overlay.locator('.frame')).toContainText('3  |  ```yaml [1|3|9]\n   |               ^');
  await page.screenshot({ path: testInfo.outputPath('overlay.png') });
  expect(deck.terminal.join('\n')).toContain('slides/02-code.md:3:14 error invalid-step');

  // Fixed (and edited): the overlay goes, the deck shows the fix where the presenter was.
  await deck.edit(CODE, (text) => text.replace('```yaml [1|3|9]', '```yaml [1|3|5]').replace('## Code', '## Code, fixed'));
  await expect(overlay).not.toBeAttached();
  await expect(heading(page)).toHaveText('Code, fixed');
  expect(await position(page)).toBe('2/0/1');
  expect(await highlightedLines(page)).toEqual([['c: 3']]);

  // An unclosed fence that swallows the slides after it.
  await deck.edit(CODE, (text) => text.replace('e: 5\n```', 'e: 5'));
  await expect(overlay.locator('.message')).toContainText('slides/02-code.md:3:1 error unclosed-fence');
  await expect(overlay.locator('.frame')).toContainText('3  |  ```yaml [1|3|5]\n   |  ^');
  await deck.edit(CODE, (text) => text.replace('e: 5', 'e: 5\n```'));
  await expect(overlay).not.toBeAttached();
  expect(await position(page)).toBe('2/0/1');
  expect(await marker(page)).toBe('still here');
});

test('a page opened while the deck has a mistake shows the overlay over a running deck', async ({ page, deck }) => {
  await deck.edit(CODE, (text) => text.replace('```yaml [1|3|5]', '```yaml [1|3|9]'));
  await expect.poll(() => deck.terminal.join('\n')).toContain('invalid-step');
  await openDeck(page, `${deck.url}#/2/0`);
  await expect(page.locator('vite-error-overlay .message')).toContainText('slides/02-code.md:3:14 error invalid-step');
  await markPage(page);
  await deck.edit(CODE, (text) => text.replace('```yaml [1|3|9]', '```yaml [1|3|5]'));
  await expect(page.locator('vite-error-overlay')).not.toBeAttached();
  expect(await marker(page)).toBe('still here');
});

test('a missing image never stops the deck: one broken image, reported with file and line', async ({ page, deck, consoleLines }, testInfo) => {
  const broken = '<img data-src="images/nope.svg" alt="Not there">\n\n![Nor this](images/nope.png)';
  const images = page.locator('section.present img');
  const loaded = () =>
    images.evaluateAll((all) =>
      all.map((img) => `${img.getAttribute('alt')}: ${(img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0 ? 'shown' : 'broken'}`),
    );

  // Added while the deck is open.
  await openDeck(page, `${deck.url}#/2/1`);
  await markPage(page);
  await deck.edit(CODE, (text) => text.replace('## Picture\n', `## Picture\n\n${broken}\n`));
  await expect(images).toHaveCount(3);
  await expect.poll(loaded).toEqual(['Not there: broken', 'Nor this: broken', 'A blue box: shown']);
  expect(await marker(page)).toBe('still here');
  await expect.poll(() => consoleLines.join('\n')).toContain('slides/02-code.md:18 error missing-file: `images/nope.svg` does not exist');
  expect(consoleLines.join('\n')).toContain('slides/02-code.md:20 error missing-file: `images/nope.png` does not exist');
  expect(deck.terminal.join('\n')).toContain('slides/02-code.md:18 error missing-file');
  await page.screenshot({ path: testInfo.outputPath('broken-image.png') });

  // Opened with the images missing: the deck starts, its notes stay hidden, the keys work.
  const fresh = await page.context().newPage();
  const freshConsole: string[] = [];
  fresh.on('console', (message) => freshConsole.push(message.text()));
  await openDeck(fresh, `${deck.url}#/2/1`);
  expect(freshConsole.join('\n')).toContain('slides/02-code.md:20 error missing-file');
  await expect
    .poll(() => fresh.locator('section.present img').evaluateAll((all) => all.map((img) => (img as HTMLImageElement).naturalWidth > 0)))
    .toEqual([false, false, true]);
  await expect(fresh.locator('aside.notes').first()).toBeHidden();
  await fresh.keyboard.press('ArrowDown');
  await expect(fresh.locator('section.present:not(.stack) h2')).toHaveText('Details');

  // The file put in place: the page reloads onto the same slide, the image shows.
  const reloaded = page.waitForEvent('load');
  await save(deck.path('images/nope.svg'), await deck.read('images/box.svg'));
  await reloaded;
  await page.waitForSelector('.reveal.ready');
  expect(await marker(page)).toBeUndefined();
  await expect.poll(loaded).toEqual(['Not there: shown', 'Nor this: broken', 'A blue box: shown']);
});

test("a presenter's slides/ (lock files, a Mac's copies, a folder named x.md, a link to nothing) never stops the updates", async ({ page, deck }) => {
  await openDeck(page, `${deck.url}#/0/0`);
  await markPage(page);
  const overlay = page.locator('vite-error-overlay');
  // What an editor and a Mac leave while the talk is edited: none of them is a slide.
  await symlink('presenter@laptop.4242:1733400000', deck.path('slides/.#01-intro.md'));
  await writeFile(deck.path('slides/._01-intro.md'), '\u0000\u0005\u0016\u0007Mac OS X');
  await mkdir(deck.path('slides/old.md'));
  await deck.edit(INTRO, (text) => text.replace(/^# .*$/m, '# Intro, edited'));
  await expect(heading(page)).toHaveText('Intro, edited');
  await expect.poll(() => deck.terminal.join('\n')).toContain('slides/old.md:1 warning not-a-slide-file');
  await expect(overlay).not.toBeAttached();

  // A slide file that is a link to nothing: the deck stops at it, said in the overlay, not in silence.
  await symlink('renamed.md', deck.path('slides/03-gone.md'));
  await deck.edit(INTRO, (text) => text.replace('# Intro, edited', '# Intro, again'));
  await expect(overlay.locator('.message')).toContainText(
    'slides/03-gone.md:1 error unreadable-file: cannot read this: it is a symbolic link to a file that does not exist',
  );
  // Gone again: the overlay goes and the next save shows, on the page that never reloaded.
  await rm(deck.path('slides/03-gone.md'));
  await deck.edit(INTRO, (text) => text.replace('# Intro, again', '# Intro, back'));
  await expect(overlay).not.toBeAttached();
  await expect(heading(page)).toHaveText('Intro, back');
  expect(await marker(page)).toBe('still here');
});

test('warnings show in a corner panel that leaves the deck working; fixed, it goes', async ({ page, deck }, testInfo) => {
  await onSecondStep(page, deck.url);
  await markPage(page);
  const panel = page.locator('#deck-dev-warnings');
  await expect(panel).toBeHidden();
  // A block whose closing fence was deleted: the next block's fence closes it and takes a slide in.
  const original = await deck.read(CODE);
  await deck.edit(CODE, (text) => text.replace('e: 5\n```', 'e: 5').replace('Some words about the code.', 'Some words about the code.\n\n```sh\nls\n```'));
  await expect(panel).toBeVisible();
  await expect(panel.locator('summary')).toHaveText('1 problem in the slides');
  await panel.locator('summary').click();
  await expect(panel.locator('li')).toHaveCount(1);
  await expect(panel.locator('li')).toContainText('slides/02-code.md:3:1 warning separator-in-code: this code block runs to line');
  await page.screenshot({ path: testInfo.outputPath('dev-warnings.png') });
  // No overlay, and the keys still drive the deck.
  await expect(page.locator('vite-error-overlay')).not.toBeAttached();
  const before = await position(page);
  await page.keyboard.press('Space');
  await expect.poll(() => position(page)).not.toBe(before);

  await deck.edit(CODE, () => original);
  await expect(panel).toBeHidden();
  expect(await marker(page)).toBe('still here');
});
