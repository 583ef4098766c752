// Helpers for loader unit tests: build a deck from inline Markdown files, or load one from disk.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDeck, type LoadResult, loadDeck } from '../../src/deck/index.ts';
import { normalise } from '../../src/deck/read.ts';
import { REPO_ROOT } from '../../src/repo-root.ts';

const root = REPO_ROOT;

/** A file of tests/fixtures/, as written. */
export const fixture = (path: string): Promise<string> => readFile(join(root, 'tests/fixtures', path), 'utf8');

/** `text` as the only file of a deck folder on disk (as an author would keep a single-file talk), loaded. */
export async function loadSingleFile(text: string): Promise<LoadResult> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-'));
  await mkdir(join(dir, 'slides'));
  await writeFile(join(dir, 'slides', 'talk.md'), text);
  return loadDeck(dir);
}

export function deckOf(...texts: string[]): LoadResult {
  return buildDeck({ files: texts.map((text, i) => ({ path: `slides/${String(i + 1).padStart(2, '0')}.md`, text: normalise(text) })) });
}

/** Leaf slides per horizontal stack, e.g. [1, 2, 4]. */
export function shape(result: LoadResult): number[] {
  return result.deck.stacks.map((stack) => stack.length);
}

export function slideHtml(result: LoadResult, h: number, v = 0): string {
  return result.deck.stacks[h][v].html;
}
