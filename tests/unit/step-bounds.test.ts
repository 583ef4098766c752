// Code steps at the edges of their block: the last line may be highlighted, one past it is an error
// the author sees (`npm run check`, the build) at the spec's place, never a silent empty step.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { deckOf, slideHtml } from './helpers.ts';

/** A slide with one 3-line YAML block stepped by `spec`. */
const block = (spec: string, code = 'a: 1\nb: 2\nc: 3') => deckOf(`# Steps\n\n\`\`\`yaml [${spec}]\n${code}\n\`\`\`\n`);

/** The highlighted line numbers of each step, as the reader sees them. */
function highlights(html: string): number[][] {
  return [...html.matchAll(/<code [^>]*>([\s\S]*?)<\/code>/g)].map(([, code]) =>
    [...code.matchAll(/<tr class="highlight-line"><td [^>]*data-line-number="(\d+)"/g)].map((m) => Number(m[1])),
  );
}

const errors = (spec: string, code?: string) =>
  block(spec, code)
    .diagnostics.map(formatDiagnostic)
    .map((d) => d.split('\n')[0]);

describe('steps at the edges of a block', () => {
  it('highlight the first and the last line', () => {
    const result = block('1|3|1-3');
    expect(result.diagnostics).toEqual([]);
    expect(highlights(slideHtml(result, 0))).toEqual([[1], [3], [1, 2, 3]]);
  });

  it.each([
    ['4', 10, "`4` is outside the block's 3 line(s)"],
    ['1|4', 12, "`4` is outside the block's 3 line(s)"],
    ['4-6', 10, "`4-6` is outside the block's 3 line(s)"],
    ['0', 10, "`0` is outside the block's 3 line(s)"],
    ['0-2', 10, "`0-2` is outside the block's 3 line(s)"],
    ['3-2', 10, 'range `3-2` runs backwards'],
  ])('`[%s]` is an error at its place in the line', (spec, column, message) => {
    expect(errors(spec)).toEqual([`slides/01.md:3:${column} error invalid-step: ${message}`]);
  });

  it('rejects one past the last line after a trailing blank line, which is no row (as in reveal)', () => {
    expect(errors('4', 'a: 1\nb: 2\nc: 3\n')).toEqual(["slides/01.md:3:10 error invalid-step: `4` is outside the block's 3 line(s)"]);
    expect(block('3', 'a: 1\nb: 2\nc: 3\n').diagnostics).toEqual([]);
  });

  it('highlights what exists of a range run past the end, and warns (reveal highlights those lines too)', () => {
    const result = block('1|2-4');
    expect(result.diagnostics.map(formatDiagnostic).map((d) => d.split('\n')[0])).toEqual([
      "slides/01.md:3:12 warning step-past-end: `2-4` runs past the block's 3 line(s); lines 2-3 are highlighted",
    ]);
    expect(highlights(slideHtml(result, 0))).toEqual([[1], [2, 3]]);
  });

  it('keeps the rest of a step that names a line past the block', () => {
    expect(highlights(slideHtml(block('2,4|3'), 0))).toEqual([[2], [3]]);
  });

  it("numbers the rows from `start:` but counts steps from the block's first line", () => {
    const result = block('712: 3');
    expect(result.diagnostics).toEqual([]);
    expect(highlights(slideHtml(result, 0))).toEqual([[714]]);
    expect(errors('712: 4')).toEqual(["slides/01.md:3:15 error invalid-step: `4` is outside the block's 3 line(s)"]);
  });
});
