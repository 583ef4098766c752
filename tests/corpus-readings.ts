// reveal.js's reading of each corpus deck (its slide tree, its notes, every state Space walks to and
// the lines lit at each), recorded from reveal.js's own plugins in Chromium and kept beside the deck
// (reveal-reading.json). corpus.spec.ts then opens only our page: reveal's page, which parses and
// highlights in the browser, was half of the spec's time. A recording stands for reveal.js only while
// all it was read from is unchanged: reveal.js's version, the page it was read through, the Markdown
// reveal is given, and the code that reads a page (tests/browser/deck-page.ts). Otherwise the spec
// reads reveal.js live, and tests/unit/corpus.test.ts asks for the recordings to be made again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/repo-root.ts';
import { CORPUS_DIR, type CorpusDeck, corpusDeck } from './corpus-decks.ts';
import { revealPage } from './reveal-page.ts';

/** Set, corpus.spec.ts reads reveal.js live for every deck and writes what it read. */
export const RECORD_ENV = 'DECK_RECORD_READINGS';
export const RECORD_COMMAND = `${RECORD_ENV}=1 npx playwright test tests/browser/corpus.spec.ts`;

/** What a deck's page shows a reader: deck-page.ts's readDeck. */
export interface Reading {
  tree: number[];
  notes: string[];
  states: { position: string; highlighted: string[][] }[];
}

const READER = join(REPO_ROOT, 'tests/browser/deck-page.ts');
const REVEAL_PACKAGE = join(REPO_ROOT, 'node_modules/reveal.js/package.json');

/** The page reveal.js presents a corpus deck in, given the deck's separators, under the corpus's build of it (prepare-corpus.ts). */
export function corpusRevealPage(separators: CorpusDeck['attributes']): string {
  return revealPage({ reveal: '../../_reveal', markdown: 'deck.md', separators, options: { hash: true, transition: 'none' } });
}

const readingFile = (name: string) => join(CORPUS_DIR, name, 'reveal-reading.json');

/** Everything a reading depends on, hashed: a recording made from other inputs is not used. */
export function readingKey(name: string): string {
  const { version } = JSON.parse(readFileSync(REVEAL_PACKAGE, 'utf8')) as { version: string };
  const deck = corpusDeck(name);
  const inputs = [version, corpusRevealPage(deck.attributes), deck.reveal, readFileSync(READER, 'utf8')];
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** The recorded reading, when it was made from today's inputs. */
export function recordedReading(name: string): Reading | undefined {
  if (!existsSync(readingFile(name))) return undefined;
  const { key, ...reading } = JSON.parse(readFileSync(readingFile(name), 'utf8')) as Reading & { key: string };
  return key === readingKey(name) ? reading : undefined;
}

export function recordReading(name: string, reading: Reading): void {
  const { tree, notes, states } = reading;
  writeFileSync(readingFile(name), `${JSON.stringify({ key: readingKey(name), tree, notes, states })}\n`);
}
