// Share images: the theme's look read from its CSS, the favicon and the social card drawn from it.
import { realpathSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { faviconSvg } from '../../src/share/favicon.ts';
import { CARD_SIZE, type CardInput, cardCacheKey, renderSocialCard } from '../../src/share/social-card.ts';
import { findFont, fontFamilies, loadFont, palette, readThemeLook, toTrueType } from '../../src/share/theme-look.ts';

const root = REPO_ROOT;
const KARLA = join(root, 'node_modules/@fontsource/karla/files/karla-latin-400-normal.woff2');

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('readThemeLook', () => {
  it("reads zoe's colours and its self-hosted fonts through its @imports", async () => {
    const look = await readThemeLook(join(root, 'src/themes/zoe.css'));
    expect(palette(look)).toEqual({ background: '#fcf8f3', text: '#2d3246', heading: '#2d3246', accent: '#2076b3' });
    expect(look.fonts.map((f) => `${f.family} ${f.weight} ${f.style}`).sort()).toEqual([
      'Karla 400 normal',
      'Karla 700 normal',
      'Libre Caslon Text 400 normal',
      'Libre Caslon Text 700 normal',
    ]);
    const heading = findFont(look, fontFamilies(look.properties['--r-heading-font']));
    expect(heading?.family).toBe('Libre Caslon Text');
    // Real paths: node_modules may be a link (Stryker's sandbox), and Node resolves through it.
    const file = heading && 'file' in heading.source ? realpathSync(heading.source.file) : undefined;
    expect(file).toBe(realpathSync(join(root, 'node_modules/@fontsource/libre-caslon-text/files/libre-caslon-text-latin-400-normal.woff2')));
  });

  it('follows var(), takes data: fonts, skips remote imports, and lets later rules win', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deck-theme-'));
    const woff2 = (await readFile(KARLA)).toString('base64');
    await writeFile(join(dir, 'base.css'), ':root { --r-main-color: #111; --r-link-color: #00f; }');
    await writeFile(
      join(dir, 'theme.css'),
      `@import url(https://fonts.example.com/x.css);
@import "./base.css";
@font-face { font-family: My Sans; font-weight: bold; src: local('My Sans'), url(data:font/woff2;base64,${woff2}) format('woff2'); }
:root { --brand: #abcdef; --r-link-color: var(--brand); --r-main-font: My Sans, 'Other', sans-serif; }`,
    );
    const look = await readThemeLook(join(dir, 'theme.css'));
    expect(palette(look)).toEqual({ background: '#fff', text: '#111', heading: '#111', accent: '#abcdef' });
    expect(fontFamilies(look.properties['--r-main-font'])).toEqual(['My Sans', 'Other', 'sans-serif']);
    const face = findFont(look, ['Other', 'my sans'], 400);
    expect(face && { family: face.family, weight: face.weight }).toEqual({ family: 'My Sans', weight: 700 });
    // woff2 in, TrueType out: what satori reads.
    expect((await loadFont(face ?? look.fonts[0])).readUInt32BE(0)).toBe(0x00010000);
  });
});

describe('toTrueType', () => {
  it('gives each font its own TrueType bytes when several are converted at once', async () => {
    // Two builds in one process convert their themes' fonts side by side (the browser tests' prepare).
    const names = ['karla', 'lato', 'quicksand', 'source-sans-pro'];
    const woff2 = await Promise.all(names.map((name) => readFile(join(root, `node_modules/@fontsource/${name}/files/${name}-latin-400-normal.woff2`))));
    const one: Buffer[] = [];
    for (const bytes of woff2) one.push(await toTrueType(bytes));
    const together = await Promise.all(woff2.map((bytes) => toTrueType(bytes)));
    expect(new Set(one.map((b) => b.toString('base64'))).size).toBe(names.length);
    for (const [i, bytes] of together.entries()) expect(bytes.equals(one[i]), names[i]).toBe(true);
  });
});

describe('faviconSvg', () => {
  it("draws in the theme's colours, escaped", () => {
    const svg = faviconSvg({ background: '#fcf8f3', text: '#000', heading: '#2d3246', accent: 'red" onload="alert(1)' });
    const doc = parseDocument(svg, { xmlMode: true });
    const [root] = DomUtils.getElementsByTagName('svg', doc);
    expect(root.attribs.viewBox).toBe('0 0 64 64');
    const rects = DomUtils.getElementsByTagName('rect', doc);
    expect(rects.map((r) => r.attribs.fill)).toEqual(['#2d3246', 'none', '#fcf8f3', 'red" onload="alert(1)']);
    expect(rects.every((r) => r.attribs.onload === undefined)).toBe(true);
  });
});

describe('renderSocialCard', () => {
  const font = async () => ({
    name: 'Karla',
    weight: 400 as const,
    data: await loadFont({ family: 'Karla', weight: 400, style: 'normal', source: { file: KARLA } }),
  });
  const input = async (title: string): Promise<CardInput> => ({
    title,
    author: 'Haseeb Majid',
    colours: { background: '#fcf8f3', text: '#2d3246', heading: '#2d3246', accent: '#2076b3' },
    heading: await font(),
    body: await font(),
  });

  it("is a 1200×630 PNG, whatever the title's length", async () => {
    expect(CARD_SIZE).toEqual({ width: 1200, height: 630 });
    for (const title of ['GitLab Runners: Docker-in-Docker Explained', 'A', 'word '.repeat(40)]) {
      expect(pngSize(await renderSocialCard(await input(title)))).toEqual({ width: 1200, height: 630 });
    }
  }, 30_000);

  it('is cached under a key that changes with what it shows', async () => {
    const [a, b, c] = await Promise.all([input('One'), input('One'), input('Two')]);
    expect(await cardCacheKey(a)).toBe(await cardCacheKey(b));
    expect(await cardCacheKey(a)).not.toBe(await cardCacheKey(c));
    expect(await cardCacheKey(a)).not.toBe(await cardCacheKey({ ...a, colours: { ...a.colours, accent: '#000' } }));
  });
});
