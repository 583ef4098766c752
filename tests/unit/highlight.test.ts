import { describe, expect, it } from 'vitest';
import { highlightCode, splitLines } from '../../src/deck/markdown/code/highlight.ts';

describe('highlightCode', () => {
  it('keeps a block comment coloured on every line it spans', () => {
    const { lines } = highlightCode('/* one\ntwo\nthree */\nx = 1;', 'js');
    expect(lines).toHaveLength(4);
    for (const line of lines.slice(0, 3)) expect(line).toMatch(/^<span class="hljs-comment">.*<\/span>$/);
    expect(lines[3]).not.toContain('hljs-comment');
  });

  it('keeps a multi-line string coloured, nested spans balanced', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Python source, not a template.
    const { lines } = highlightCode('s = """a\nb ${x}\nc"""', 'python');
    for (const line of lines) {
      expect((line.match(/<span/g) ?? []).length).toBe((line.match(/<\/span>/g) ?? []).length);
    }
    expect(lines[1]).toContain('hljs-string');
  });

  it('escapes and leaves uncoloured a language it does not know', () => {
    expect(highlightCode('<a> & "b"', 'nope')).toEqual({ language: undefined, lines: ['&lt;a&gt; &amp; &quot;b&quot;'] });
  });

  it('knows languages case-insensitively (Dockerfile)', () => {
    expect(highlightCode('FROM x', 'Dockerfile').language).toBe('dockerfile');
  });

  it('splitLines reopens every open span', () => {
    expect(splitLines('<span class="a">1<span class="b">2\n3</span>4\n5</span>')).toEqual([
      '<span class="a">1<span class="b">2</span></span>',
      '<span class="a"><span class="b">3</span>4</span>',
      '<span class="a">5</span>',
    ]);
  });
});
