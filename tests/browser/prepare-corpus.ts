// The corpus of public decks, each built twice for corpus.spec.ts: by our loader, and by reveal.js's
// own markdown plugin as its author presented it (tests/corpus-decks.ts says with what).
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildDeck } from '../../src/deck/index.ts';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { CORPUS_ERRORS, CORPUS_NAMES, corpusDeck } from '../corpus-decks.ts';
import { corpusReading, corpusRevealPage, RECORD_ENV, recordedReading } from '../reveal-readings.ts';
import { buildTestSite, placeholder } from './test-sites.ts';

const root = REPO_ROOT;
const out = join(root, 'node_modules/.cache/deck-tests/corpus');

/**
 * Copies reveal.js once for all the corpus's reveal pages, and gives a job per deck of the corpus
 * that builds (CORPUS_ERRORS names those that do not), for prepare.ts to run.
 */
export async function corpusJobs(): Promise<(() => Promise<void>)[]> {
  await rm(out, { recursive: true, force: true });
  // reveal's pages are read only for a deck whose recorded reading is stale, or while recording.
  const live = process.env[RECORD_ENV] || CORPUS_NAMES.some((name) => !(name in CORPUS_ERRORS) && !recordedReading(corpusReading(name)));
  if (live) await cp(join(root, 'node_modules/reveal.js/dist'), join(out, '_reveal'), { recursive: true });
  return CORPUS_NAMES.filter((name) => !(name in CORPUS_ERRORS)).map((name) => () => prepareCorpusDeck(name));
}

async function prepareCorpusDeck(name: string): Promise<void> {
  const { ours, reveal: revealText, attributes } = corpusDeck(name);
  const dir = join(out, name);
  await rm(dir, { recursive: true, force: true });

  const deckDir = join(dir, 'source');
  await mkdir(join(deckDir, 'slides'), { recursive: true });
  await writeFile(join(deckDir, 'slides', `${name}.md`), ours);
  const { deck } = buildDeck({ files: [{ path: `slides/${name}.md`, text: ours }] });
  const reveal = join(dir, 'reveal');
  await mkdir(reveal, { recursive: true });
  for (const asset of deck.assets) {
    for (const base of [deckDir, reveal]) {
      await mkdir(dirname(join(base, asset.path)), { recursive: true });
      await writeFile(join(base, asset.path), placeholder(asset.path));
    }
  }
  await buildTestSite(deckDir, join(dir, 'ours'), { logLevel: 'silent' });

  await writeFile(join(reveal, 'deck.md'), revealText);
  await writeFile(join(reveal, 'index.html'), corpusRevealPage(attributes));
}
