// reveal.js's reading of a real deck (its slide tree, its notes, every state Space walks to and the
// lines lit at each), recorded from reveal.js's own plugins in Chromium and kept beside the deck:
// corpus.spec.ts and conformance.spec.ts then open only our page. reveal's page, which parses and
// highlights in the browser, was half of their time. A recording stands for reveal.js only while all
// it was read from is unchanged: reveal.js's version, the page it was read through, the Markdown
// reveal is given, and the code that opens and reads a page (tests/browser/deck-reading.ts).
// Otherwise the specs read reveal.js live, and the unit tests (corpus.test.ts, and deck.test.ts for
// the conformance decks) ask for the recordings to be made again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/repo-root.ts';
import { CONFORMANCE_DIR, conformanceRevealPage, conformanceText } from './conformance-decks.ts';
import { CORPUS_DIR, type CorpusDeck, corpusDeck } from './corpus-decks.ts';
import { revealPage } from './reveal-page.ts';

/** Set, corpus.spec.ts and conformance.spec.ts read reveal.js live for every deck and write what they read. */
export const RECORD_ENV = 'DECK_RECORD_READINGS';
export const RECORD_COMMAND = `${RECORD_ENV}=1 npx playwright test tests/browser/corpus.spec.ts tests/browser/conformance.spec.ts`;

/** What a deck's page shows a reader: deck-reading.ts's readDeck. */
export interface Reading {
  tree: number[];
  notes: string[];
  states: { position: string; highlighted: string[][] }[];
}

const READER = join(REPO_ROOT, 'tests/browser/deck-reading.ts');
const REVEAL_PACKAGE = join(REPO_ROOT, 'node_modules/reveal.js/package.json');

/** The page reveal.js presents a corpus deck in, given the deck's separators, under the corpus's build of it (prepare-corpus.ts). */
export function corpusRevealPage(separators: CorpusDeck['attributes']): string {
  return revealPage({ reveal: '../../_reveal', markdown: 'deck.md', separators, options: { hash: true, transition: 'none' } });
}

/** Where a deck's reading is kept, and what reveal.js read it from besides its own version and the reading code. */
export interface ReadingSource {
  file: string;
  inputs: string[];
}

/** A corpus deck's: the page reveal read it through, and the Markdown reveal was given. */
export function corpusReading(name: string): ReadingSource {
  const deck = corpusDeck(name);
  return { file: join(CORPUS_DIR, name, 'reveal-reading.json'), inputs: [corpusRevealPage(deck.attributes), deck.reveal] };
}

/** A conformance deck's, kept beside its Markdown. */
export function conformanceReading(name: string): ReadingSource {
  return { file: join(CONFORMANCE_DIR, `${name}.reveal-reading.json`), inputs: [conformanceRevealPage(), conformanceText(name)] };
}

/** Everything a reading depends on, hashed: a recording made from other inputs is not used. */
export function readingKey(source: ReadingSource): string {
  const { version } = JSON.parse(readFileSync(REVEAL_PACKAGE, 'utf8')) as { version: string };
  const inputs = [version, ...source.inputs, readFileSync(READER, 'utf8')];
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** The recorded reading, when it was made from today's inputs. */
export function recordedReading(source: ReadingSource): Reading | undefined {
  if (!existsSync(source.file)) return undefined;
  const { key, ...reading } = JSON.parse(readFileSync(source.file, 'utf8')) as Reading & { key: string };
  return key === readingKey(source) ? reading : undefined;
}

export function recordReading(source: ReadingSource, reading: Reading): void {
  const { tree, notes, states } = reading;
  writeFileSync(source.file, `${JSON.stringify({ key: readingKey(source), tree, notes, states })}\n`);
}
