// Helpers for loader unit tests: build a deck from inline Markdown files.
import { buildDeck, type LoadResult } from '../../src/deck/index.ts';
import { normalise } from '../../src/deck/read.ts';

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
