// deck.json: what a built site says of its deck, read back by the PDF export; and when a built site
// is stale (its sources changed, or it was built before sites carried deck.json).
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, parseManifest, siteManifest } from '../../src/site/manifest.ts';
import { readManifest, siteIsStale } from '../../src/tools/site.ts';
import { UserError } from '../../src/tools/user-error.ts';
import { deckOf } from './helpers.ts';

// Read in each test that uses it, not at import: mutation testing counts work done outside a test as
// static, and a static mutant runs every test file that imports its module.
const readDeck = () => deckOf('+++\ntitle = "T"\nkeywords = ["a", "b c"]\n+++\n\n# One\n\n---\n\n![a cat](cat.png)\n\n----\n\n## Two.1\n');

describe('siteManifest', () => {
  it("holds the front matter's metadata, the slide count and the outline", () => {
    const { deck } = readDeck();
    expect(siteManifest(deck)).toEqual({
      title: 'T',
      author: undefined,
      description: undefined,
      keywords: ['a', 'b c'],
      slides: 3,
      outline: deck.outline,
    });
    expect(deck.outline.map((e) => [e.title, e.h, e.v])).toEqual([
      ['One', 0, 0],
      ['a cat', 1, 0],
      ['Two.1', 1, 1],
    ]);
  });

  it('reads back what it wrote', () => {
    const { deck } = readDeck();
    const written = JSON.parse(JSON.stringify(siteManifest(deck)));
    expect(parseManifest(JSON.stringify(written))).toEqual(siteManifest(deck));
  });
});

describe('parseManifest', () => {
  it('refuses what is not a manifest', () => {
    expect(parseManifest('{')).toEqual({ error: 'is not JSON' });
    expect(parseManifest('[]')).toEqual({ error: 'has no slide count or outline' });
    expect(parseManifest('{"slides": 1}')).toEqual({ error: 'has no slide count or outline' });
    expect(parseManifest('{"slides": 1, "outline": [{"title": "x", "heading": true, "h": "0", "v": 0}]}')).toEqual({
      error: 'has no slide count or outline',
    });
  });

  const ENTRY = { title: 'One', heading: true, h: 0, v: 0, id: 'one' };
  const VALID = { title: 'T', author: 'A', description: 'D', keywords: ['k'], slides: 1, outline: [ENTRY] };

  it('reads every field of a valid manifest', () => {
    expect(parseManifest(JSON.stringify(VALID))).toEqual(VALID);
  });

  it.each([
    ['null', null],
    ['a number', 3],
    ['a list', [VALID]],
    ['no slide count', { ...VALID, slides: undefined }],
    ['a slide count as text', { ...VALID, slides: '1' }],
    ['an outline that is not a list', { ...VALID, outline: { 0: ENTRY } }],
    ['an outline entry that is not an object', { ...VALID, outline: ['One'] }],
    ['an outline entry that is null', { ...VALID, outline: [null] }],
    ['an outline entry that is a list', { ...VALID, outline: [[ENTRY]] }],
    ['an entry without a title', { ...VALID, outline: [{ ...ENTRY, title: undefined }] }],
    ['an entry whose heading is not true or false', { ...VALID, outline: [{ ...ENTRY, heading: 'yes' }] }],
    ['an entry whose h is not a whole number', { ...VALID, outline: [{ ...ENTRY, h: 0.5 }] }],
    ['an entry whose v is not a whole number', { ...VALID, outline: [{ ...ENTRY, v: '0' }] }],
    ['an entry whose id is not text', { ...VALID, outline: [{ ...ENTRY, id: 7 }] }],
  ])('refuses %s', (_, value) => {
    expect(parseManifest(JSON.stringify(value))).toEqual({ error: 'has no slide count or outline' });
  });

  it('drops fields of the wrong type rather than passing them on', () => {
    expect(parseManifest('{"title": 3, "keywords": ["a", 1], "slides": 0, "outline": []}')).toEqual({
      title: undefined,
      author: undefined,
      description: undefined,
      keywords: ['a'],
      slides: 0,
      outline: [],
    });
  });
});

describe('a built site', () => {
  async function builtSite(): Promise<{ root: string; outDir: string }> {
    const root = await mkdtemp(join(tmpdir(), 'deck-manifest-'));
    const outDir = join(root, 'dist');
    await mkdir(join(root, 'slides'));
    await writeFile(join(root, 'slides', '01.md'), '# One\n');
    await mkdir(outDir);
    await writeFile(join(outDir, 'index.html'), '<!doctype html>');
    await writeFile(join(outDir, MANIFEST_FILE), JSON.stringify(siteManifest(readDeck().deck)));
    // Built after every source: the engine's files (src/, package.json) included.
    const later = new Date(Date.now() + 60_000);
    await utimes(join(outDir, 'index.html'), later, later);
    return { root, outDir };
  }

  it('is fresh when built after its sources, and stale when a slide changes after it', async () => {
    const { root, outDir } = await builtSite();
    expect(siteIsStale(root, outDir)).toBe(false);
    const later = new Date(Date.now() + 120_000);
    await utimes(join(root, 'slides', '01.md'), later, later);
    expect(siteIsStale(root, outDir)).toBe(true);
  });

  it('without deck.json is stale, and its manifest cannot be read', async () => {
    const { root, outDir } = await builtSite();
    await rm(join(outDir, MANIFEST_FILE));
    expect(siteIsStale(root, outDir)).toBe(true);
    expect(() => readManifest(outDir)).toThrow(UserError);
    expect(() => readManifest(outDir)).toThrow(/deck\.json is missing: build the site again \(npm run build\)$/);
  });

  it('with a broken deck.json says so', async () => {
    const { outDir } = await builtSite();
    await writeFile(join(outDir, MANIFEST_FILE), '{"slides": "many"}');
    expect(() => readManifest(outDir)).toThrow(/deck\.json has no slide count or outline: build the site again/);
    await writeFile(join(outDir, MANIFEST_FILE), JSON.stringify(siteManifest(readDeck().deck)));
    expect(readManifest(outDir).outline).toHaveLength(3);
  });
});
