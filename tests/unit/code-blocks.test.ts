// Code blocks as the reader sees them, at the edges the loader's code path must keep through its
// refactor: text and blank lines, the numbered rows, the width the theme shrinks wide code by, the
// language (named or guessed), and where a mistake is reported.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { parseSteps } from '../../src/deck/markdown/code/steps.ts';
import { deckOf, slideHtml } from './helpers.ts';

const html = (text: string) => slideHtml(deckOf(text), 0);
const columns = (markup: string) => Number(/--code-columns: (\d+)/.exec(markup)?.[1]);
/** Each numbered row's code cell, as HTML. */
const cells = (markup: string) => [...markup.matchAll(/<td class="hljs-ln-line hljs-ln-code" data-line-number="\d+">(.*?)<\/td>/g)].map((m) => m[1]);

describe('a plain block', () => {
  it('keeps its lines', () => {
    expect(html('```plaintext\none\ntwo\n\nfour\n```')).toBe(
      '<pre class="code-wrapper" style="--code-columns: 4"><code class="hljs language-plaintext" tabindex="0">one\ntwo\n\nfour</code></pre>\n',
    );
  });

  it('in a language highlight.js does not know: uncoloured, no language class, and a warning that says so', () => {
    const result = deckOf("# A\n\n```klingon\nQapla'\n```");
    expect(slideHtml(result, 0)).toContain('<code class="hljs" tabindex="0">Qapla&#x27;</code>');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:3:4 warning unknown-language: highlight.js has no language `klingon`; the block is shown uncoloured',
    ]);
  });

  it("without a language: coloured by highlight.js's guess, as reveal does", () => {
    const markup = html('```\n#!/bin/bash\nfor f in *.md; do echo "$f"; done\n```');
    expect(markup).toMatch(/<code class="hljs language-\w+"/);
    expect(markup).toContain('<span class="hljs-');
  });

  it('in a named language with a slip in it: still coloured, nothing dropped', () => {
    const markup = html('```json\n{ "a": 1, oops }\n```');
    expect(markup).toContain('<span class="hljs-attr">&quot;a&quot;</span>');
    expect(markup.replace(/<[^>]+>/g, '')).toContain('oops');
  });

  it('is as wide as its longest line, a tab counting two columns', () => {
    expect(columns(html('```plaintext\nab\n\tabcd\n```'))).toBe(6);
    expect(columns(html('```plaintext\n\n```'))).toBe(1);
  });
});

describe('a numbered block', () => {
  it('gives each line a row, rows side by side, steps one after another', () => {
    const markup = html('```plaintext [1|2]\na\nb\n```');
    expect(markup).toMatch(/<\/code><code class="hljs language-plaintext fragment has-highlights"/);
    expect(markup).toMatch(/<tbody><tr class="highlight-line"><td[^>]*>.*?<\/td><\/tr><tr><td /);
    expect(markup.match(/<tr>|<tr class="highlight-line">/g)).toHaveLength(4);
  });

  it('shows a blank line as a row of its own', () => {
    expect(cells(html('```plaintext []\na\n\nc\n```'))).toEqual(['a', ' ', 'c']);
  });

  it("drops a last line of spaces, as reveal does, and keeps a one-line block's only row", () => {
    expect(cells(html('```plaintext []\na\nb\n   \n```'))).toEqual(['a', 'b']);
    expect(cells(html('```plaintext []\n\n```'))).toEqual([' ']);
  });

  it("is wider by its line numbers' digits and a gutter of two", () => {
    expect(columns(html('```plaintext [8: 1]\nab\nabcd\n```'))).toBe(4 + 1 + 2);
    expect(columns(html('```plaintext [9: 1]\nab\nabcd\n```'))).toBe(4 + 2 + 2);
  });

  it('reports a bad step at its column in an indented fence', () => {
    const result = deckOf('# A\n\n- item\n\n  ```plaintext [1, x]\n  a\n  ```\n');
    expect(result.diagnostics.map(formatDiagnostic).map((d) => d.split('\n')[0])).toEqual([
      'slides/01.md:5:20 error invalid-step: `x` is not a line number or range like `3` or `3-5`',
    ]);
  });

  it('reports each bad part of a step at its own column', () => {
    const result = deckOf('```plaintext [1,  25 | 2,x3|3x, 1-3x]\na\nb\nc\n```');
    expect(result.diagnostics.map((d) => [d.column, d.message])).toEqual([
      [18, "`25` is outside the block's 3 line(s)"],
      [25, '`x3` is not a line number or range like `3` or `3-5`'],
      [28, '`3x` is not a line number or range like `3` or `3-5`'],
      [32, '`1-3x` is not a line number or range like `3` or `3-5`'],
    ]);
  });
});

describe('parseSteps', () => {
  it("gives each step's rows in order, once each", () => {
    expect(parseSteps('5,3-4,4|2', 9).steps).toEqual([[3, 4, 5], [2]]);
  });
});

describe('links in text', () => {
  it('are made of bare web addresses only: not of bare domains or e-mail addresses', () => {
    expect(html('see https://gitlab.com, gitlab.com and me@example.com')).toBe(
      '<p>see <a href="https://gitlab.com" rel="noopener noreferrer">https://gitlab.com</a>, gitlab.com and me@example.com</p>\n',
    );
  });
});
