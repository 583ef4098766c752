// Builds each conformance deck twice for the differential test: with our loader (Vite build),
// and as reveal.js's own markdown + highlight plugins would present it (a page loading the .md);
// and the small fixture decks of tests/fixtures/decks/ that browser tests open (served at /decks/).
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildDeck } from '../../src/deck/index.ts';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { themeNames } from '../../src/themes/index.ts';
import { CONFORMANCE_DECKS, CONFORMANCE_OPTIONS, conformanceRevealPage, conformanceText } from '../conformance-decks.ts';
import { conformanceReading, RECORD_ENV, recordedReading } from '../reveal-readings.ts';
import { corpusJobs } from './prepare-corpus.ts';
import { buildTestSite, placeholder } from './test-sites.ts';

const root = REPO_ROOT;
const out = join(root, 'node_modules/.cache/deck-tests/conformance');
/** Fixture decks (each a folder with `slides/`) that browser tests open as built sites. */
export const FIXTURE_DECKS = ['pacing', 'themes', 'handout'];
/** The ones whose single file a test opens (speaker-view.spec.ts): the others skip that second build. */
const SINGLE_FILE_DECKS = new Set(['themes']);

async function prepare(name: string): Promise<void> {
  const text = conformanceText(name);
  const deckDir = join(out, name, 'source');
  await rm(join(out, name), { recursive: true, force: true });
  await mkdir(join(deckDir, 'slides'), { recursive: true });
  await writeFile(join(deckDir, 'slides', `${name}.md`), text);
  // Placeholder files for every image and iframe the deck names.
  const { deck } = buildDeck({ files: [{ path: 'slides/deck.md', text }] });
  for (const asset of deck.assets) {
    await mkdir(dirname(join(deckDir, asset.path)), { recursive: true });
    await writeFile(join(deckDir, asset.path), placeholder(asset.path));
  }
  await writeFile(
    join(deckDir, 'slides', `${name}.md`),
    `---\nreveal:\n${Object.entries(CONFORMANCE_OPTIONS)
      .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
      .join('\n')}\n---\n${text}`,
  );

  await buildTestSite(deckDir, join(out, name, 'ours'));

  // reveal's page is read only when its recorded reading is stale, or is being recorded.
  if (!process.env[RECORD_ENV] && recordedReading(conformanceReading(name))) return;
  const reveal = join(out, name, 'reveal');
  await cp(join(deckDir, 'images'), join(reveal, 'images'), { recursive: true });
  await cp(join(root, 'node_modules/reveal.js/dist'), join(reveal, 'reveal'), { recursive: true });
  await writeFile(join(reveal, 'deck.md'), text);
  await writeFile(join(reveal, 'index.html'), conformanceRevealPage());
}

/** A fixture deck, built as the talk is: the tests open it at /decks/<name>/. */
async function buildFixture(name: string): Promise<void> {
  const outDir = join(root, 'node_modules/.cache/deck-tests/decks', name);
  await buildTestSite(join(root, 'tests/fixtures/decks', name), outDir, { singleFile: SINGLE_FILE_DECKS.has(name) });
}

/** The themes fixture under one theme, named at the top of its front matter: /decks/themes-<theme>/. */
async function buildThemed(theme: string): Promise<void> {
  const deckRoot = join(tmpdir(), `deck-themes-${process.pid}`, theme);
  await cp(join(root, 'tests/fixtures/decks/themes'), deckRoot, { recursive: true });
  const first = join(deckRoot, 'slides/01-themes.md');
  await writeFile(first, `+++\ntheme = "${theme}"\n+++\n${await readFile(first, 'utf8')}`);
  const outDir = join(root, 'node_modules/.cache/deck-tests/decks', `themes-${theme}`);
  await buildTestSite(deckRoot, outDir);
  await rm(deckRoot, { recursive: true, force: true });
}

// About 40 builds before the first test: two at a time, one per core (each is mostly one thread).
await inParallel(
  [
    ...CONFORMANCE_DECKS.map((name) => () => prepare(name)),
    ...(await corpusJobs()),
    ...FIXTURE_DECKS.map((name) => () => buildFixture(name)),
    ...themeNames().map((theme) => () => buildThemed(theme)),
  ],
  2,
);

async function inParallel(jobs: (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all(Array.from({ length: width }, worker));
}
