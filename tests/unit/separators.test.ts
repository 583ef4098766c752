// Slide separators as reveal.js's markdown plugin reads them, so a deck splits the same with our
// loader as with reveal's: its default horizontal separator is `\r?\n---\r?\n` (plugin/markdown,
// `DEFAULT_SLIDE_SEPARATOR`), and the talk's vertical one `\n----\n` (tests/browser/prepare.ts).
// Only the exact line splits: `--- ` with a trailing space, or ` ---`, does not.
import { describe, expect, it } from 'vitest';
import { deckOf, shape } from './helpers.ts';

/** reveal 6.0.2's default `separator`, and the `data-separator-vertical` the conformance pages use. */
const REVEAL_HORIZONTAL = /\r?\n---\r?\n/;
const REVEAL_VERTICAL = /\n----\n/;

/** What reveal makes of a line between two slides of text: a new stack, a slide below, or no split. */
function revealSplit(line: string): 'horizontal' | 'vertical' | 'none' {
  const text = `A\n${line}\nB`;
  if (REVEAL_HORIZONTAL.test(text)) return 'horizontal';
  return REVEAL_VERTICAL.test(text) ? 'vertical' : 'none';
}

function ourSplit(line: string): 'horizontal' | 'vertical' | 'none' {
  const s = shape(deckOf(`A\n${line}\nB`));
  if (s.length === 2) return 'horizontal';
  return s[0] === 2 ? 'vertical' : 'none';
}

describe('separator lines', () => {
  it.each([
    ['---', 'horizontal'],
    ['----', 'vertical'],
    ['--- ', 'none'],
    ['---\t', 'none'],
    [' ---', 'none'],
    ['---- ', 'none'],
    [' ----', 'none'],
    ['-----', 'none'],
    ['--', 'none'],
    ['***', 'none'],
    ['- - -', 'none'],
    ['--- x', 'none'],
  ])('%j: %s, as in reveal.js', (line, expected) => {
    expect(revealSplit(line)).toBe(expected);
    expect(ourSplit(line)).toBe(expected);
  });

  it('split the same with Windows line ends', () => {
    expect(shape(deckOf('A\r\n---\r\nB\r\n----\r\nC\r\n--- \r\nD'))).toEqual([1, 2]);
  });
});
