// The loader's cache: a deck loaded again is built from its entry (the same result, to the byte),
// a change to a slide is a new entry, and the files a deck names are checked on every load.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { formatDiagnostic } from '../../src/deck/diagnostics.ts';
import { DECK_CACHE_DIR, KEEP, loadDeck } from '../../src/deck/load-deck.ts';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { themeNames } from '../../src/themes/index.ts';

let dir = '';
let marker = '';
beforeEach(async () => {
  // On, whatever the run says (the mutation run turns it off for every other test).
  vi.stubEnv('DECK_CACHE', '1');
  dir = await mkdtemp(join(tmpdir(), 'deck-cache-'));
  await mkdir(join(dir, 'slides'));
  await mkdir(join(dir, 'images'));
  // A deck no other test has: its entry is this test's own.
  marker = `Cached ${createHash('sha256').update(dir).digest('hex')}`;
  await writeFile(join(dir, 'slides/01.md'), `# ${marker}\n\n![a picture](images/a.png)\n\nnotes:\n\nsay it\n`);
  await writeFile(join(dir, 'images/a.png'), 'png');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

/** The entries of this test's deck (its marker is in no other). */
const entriesOfThisDeck = () =>
  readdirSync(DECK_CACHE_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(DECK_CACHE_DIR, name))
    .filter((file) => readFileSync(file, 'utf8').includes(marker));

it('gives the same result from its entry as from a fresh build, for the talk and for a small deck', async () => {
  for (const root of [REPO_ROOT, dir]) {
    vi.stubEnv('DECK_CACHE', '0');
    const fresh = await loadDeck(root, 'slides', themeNames());
    vi.stubEnv('DECK_CACHE', '1');
    await loadDeck(root, 'slides', themeNames());
    const cached = await loadDeck(root, 'slides', themeNames());
    // JSON keeps no `undefined` members: the same deck to every reader of it (and to the page, which gets it as JSON).
    expect(cached).toEqual(fresh);
    expect(JSON.stringify(cached)).toBe(JSON.stringify(fresh));
  }
});

it('builds from the entry while the slides are unchanged, and anew once one changes', async () => {
  const first = await loadDeck(dir, 'slides', themeNames());
  expect(JSON.stringify(first)).toContain('say it');
  const [entry, ...more] = entriesOfThisDeck();
  expect(entry).toBeDefined();
  expect(more).toEqual([]);
  // Proof the entry is what a second load reads: one it could only get from there.
  writeFileSync(entry, readFileSync(entry, 'utf8').replace('say it', 'said from the cache'));
  expect(JSON.stringify(await loadDeck(dir, 'slides', themeNames()))).toContain('said from the cache');
  await writeFile(join(dir, 'slides/01.md'), readFileSync(join(dir, 'slides/01.md'), 'utf8').replace('say it', 'say it again'));
  const changed = JSON.stringify(await loadDeck(dir, 'slides', themeNames()));
  expect(changed).toContain('say it again');
  expect(changed).not.toContain('said from the cache');
});

it("checks the files a deck names on every load, the build's entry notwithstanding", async () => {
  expect((await loadDeck(dir, 'slides', themeNames())).diagnostics).toEqual([]);
  await rm(join(dir, 'images/a.png'));
  const { diagnostics } = await loadDeck(dir, 'slides', themeNames());
  expect(diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^slides\/01\.md:3 error missing-file: `images\/a\.png` does not exist/)]);
});

it("keeps its entries beside Vite's cache, under node_modules/.cache, not among the project's files", async () => {
  vi.stubEnv('DECK_CACHE_DIR', undefined);
  await loadDeck(dir, 'slides', themeNames());
  const folder = join(REPO_ROOT, 'node_modules/.cache/deck-loader');
  const entries = readdirSync(folder).filter((name) => name.endsWith('.json'));
  expect(entries.some((name) => readFileSync(join(folder, name), 'utf8').includes(marker))).toBe(true);
  expect(readdirSync(REPO_ROOT).filter((name) => name.endsWith('.json') && readFileSync(join(REPO_ROOT, name), 'utf8').includes(marker))).toEqual([]);
});

it('with DECK_CACHE=0, neither reads nor writes an entry', async () => {
  vi.stubEnv('DECK_CACHE', '0');
  expect(JSON.stringify(await loadDeck(dir, 'slides', themeNames()))).toContain(marker);
  expect(entriesOfThisDeck()).toEqual([]);
});

it('builds again over an entry cut short, and keeps the newest entries only', async () => {
  const cache = join(dir, 'cache');
  vi.stubEnv('DECK_CACHE_DIR', cache);
  const first = await loadDeck(dir, 'slides', themeNames());
  const [entry] = readdirSync(cache).filter((name) => name.endsWith('.json'));
  writeFileSync(join(cache, entry), '{"deck": {"con');
  expect(await loadDeck(dir, 'slides', themeNames())).toEqual(first);
  expect(JSON.parse(readFileSync(join(cache, entry), 'utf8'))).toEqual(JSON.parse(JSON.stringify(first)));
  // Other files in the folder are not entries: left alone, not counted.
  writeFileSync(join(cache, 'notes.txt'), 'mine');
  for (let i = 0; i <= KEEP; i++) {
    await writeFile(join(dir, 'slides/01.md'), `# ${marker} ${i}\n`);
    await loadDeck(dir, 'slides', themeNames());
  }
  const left = readdirSync(cache);
  expect(left.filter((name) => name.endsWith('.json'))).toHaveLength(KEEP);
  expect(left).toContain('notes.txt');
  // The last deck's entry is among them; the first one's is gone.
  expect(left).not.toContain(entry);
  expect(left.some((name) => name.endsWith('.json') && readFileSync(join(cache, name), 'utf8').includes(`${marker} ${KEEP}`))).toBe(true);
});
