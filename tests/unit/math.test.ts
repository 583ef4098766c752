// Math: `$…$` and `$$…$$` typeset by KaTeX at build time; a slide with math is marked for KaTeX's CSS.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { deckOf, slideHtml } from './helpers.ts';

describe('math', () => {
  it('typesets inline and display math into KaTeX HTML and MathML, and marks the slide', () => {
    const result = deckOf('# Euler\n\n$e^{i\\pi} + 1 = 0$\n\n$$\n\\frac{1}{3}\n$$\n\n---\n\nNo math, $5 only.');
    const html = slideHtml(result, 0);
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('<span class="katex-display">');
    expect(html).not.toContain('$');
    expect(result.deck.stacks.map((s) => s[0].math)).toEqual([true, undefined]);
    expect(slideHtml(result, 1)).toBe('<p>No math, $5 only.</p>\n');
    expect(result.diagnostics).toEqual([]);
  });

  it('leaves dollars in code alone', () => {
    const result = deckOf('`$a$` and\n\n```sh\necho $HOME $PATH\n```');
    expect(slideHtml(result, 0)).not.toContain('katex');
    expect(result.deck.stacks[0][0].math).toBeUndefined();
  });

  it('reports TeX KaTeX cannot read at its line', () => {
    const result = deckOf('# T\n\nSee $\\frac{1}{$ here.');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^slides\/01\.md:3:5 error invalid-math: KaTeX cannot typeset `\\frac\{1\}\{`: /),
    ]);
  });

  it('marks a slide whose notes have math', () => {
    expect(deckOf('# T\n\nnotes:\n$x^2$').deck.stacks[0][0].math).toBe(true);
  });
});
