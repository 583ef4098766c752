// The site's build of a small deck: the single file beside it (named from the title, nothing
// outside it), the favicon and card, deck.json, absolute preview URLs from the site's URL, the deck read once.
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { build } from 'vite';
import { expect, it, vi } from 'vitest';

// Counts how often the slides are read from disk.
vi.mock(import('../../src/deck/read.ts'), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, readDeckSource: vi.fn(original.readDeckSource) };
});

const DIAGRAM = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#c00"/></svg>';

it('writes the site, its favicon and card, and the deck in one self-contained file, reading the deck once', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'deck-site-'));
  await mkdir(join(dir, 'slides'));
  await mkdir(join(dir, 'images'));
  await writeFile(join(dir, 'images', 'a diagram.svg'), DIAGRAM);
  await writeFile(join(dir, 'images', 'bg.svg'), DIAGRAM);
  await writeFile(
    join(dir, 'slides', '01.md'),
    `+++
title = "Ünïcode & Friends: a Test"
author = "A. Speaker"
description = "Two slides."
custom_theme = "zoe.css"
+++

# Ünïcode & Friends

![A red box](images/a%20diagram.svg)

---

<!-- .slide: data-background-image="images/bg.svg" -->

## Second

notes:

Say hello.
`,
  );
  const outDir = join(dir, 'dist');
  // Imported afresh: test files share their modules (vitest.config.ts), and the mock above must
  // replace read.ts under a site config that has not already imported the real one.
  vi.resetModules();
  const { siteConfig } = await import('../../src/vite/site-config.ts');
  const { readDeckSource } = await import('../../src/deck/read.ts');
  await build({ ...siteConfig({ deckRoot: dir, outDir, siteUrl: 'https://group.gitlab.io/deck' }), configFile: false, logLevel: 'silent' });

  expect(vi.mocked(readDeckSource)).toHaveBeenCalledTimes(1);
  expect((await readdir(outDir)).sort()).toEqual([
    'assets',
    'deck.json',
    'favicon.svg',
    'images',
    'index.html',
    'needs-server.js',
    'social-card.png',
    // The phone's page of `npm run present`, at its place in the repository: src/phone/index.html.
    'src',
    'unicode-friends-a-test.html',
  ]);
  // What the PDF export reads instead of loading the slides again.
  expect(JSON.parse(await readFile(join(outDir, 'deck.json'), 'utf8'))).toEqual({
    title: 'Ünïcode & Friends: a Test',
    author: 'A. Speaker',
    description: 'Two slides.',
    slides: 2,
    outline: [
      { title: 'Ünïcode & Friends', heading: true, h: 0, v: 0 },
      { title: 'Second', heading: true, h: 1, v: 0 },
    ],
  });
  // A slide's background is a file of the deck like an image: copied beside the page.
  expect((await readdir(join(outDir, 'images'))).sort()).toEqual(['a diagram.svg', 'bg.svg']);

  const site = parseDocument(await readFile(join(outDir, 'index.html'), 'utf8'));
  const meta = (property: string) => DomUtils.findOne((el) => el.name === 'meta' && el.attribs.property === property, site.children)?.attribs.content;
  expect(meta('og:url')).toBe('https://group.gitlab.io/deck/');
  expect(meta('og:image')).toBe('https://group.gitlab.io/deck/social-card.png');

  const single = parseDocument(await readFile(join(outDir, 'unicode-friends-a-test.html'), 'utf8'));
  const all = (name: string) => DomUtils.getElementsByTagName(name, single);
  expect(DomUtils.textContent(all('title'))).toBe('Ünïcode & Friends: a Test');
  // Script and styles inside, no file named: nothing to load from beside it.
  expect(all('script').map((s) => s.attribs.src)).toEqual([undefined]);
  expect(DomUtils.textContent(all('script'))).toContain('Reveal');
  expect(
    all('link')
      .filter((l) => l.attribs.rel !== 'canonical')
      .map((l) => [l.attribs.rel, l.attribs.href.slice(0, 19)]),
  ).toEqual([['icon', 'data:image/svg+xml,']]);
  // Booleans, not the text: a failure would print half a megabyte of CSS.
  const styles = DomUtils.textContent(all('style'));
  expect({ fontsInside: styles.includes('url(data:font/'), urlsOutside: /url\((?!data:)/.test(styles) }).toEqual({ fontsInside: true, urlsOutside: false });
  expect(all('img').map((i) => i.attribs.src)).toEqual([`data:image/svg+xml;base64,${Buffer.from(DIAGRAM).toString('base64')}`]);
  expect(DomUtils.textContent(all('aside'))).toContain('Say hello.');
  const backgrounds = all('section')
    .map((section) => section.attribs['data-background-image'])
    .filter(Boolean);
  expect(backgrounds).toEqual([`data:image/svg+xml;base64,${Buffer.from(DIAGRAM).toString('base64')}`]);
  // The single file works from disk: no "needs a server" notice in it.
  expect(all('div').some((d) => d.attribs.role === 'alert')).toBe(false);
}, 60_000);
