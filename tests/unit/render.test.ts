import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { deckOf, slideHtml } from './helpers.ts';

describe('code fences', () => {
  const code = Array.from({ length: 9 }, (_, i) => `line${i + 1}: ${i}`).join('\n');

  it('highlights a plain fence without line numbers or steps', () => {
    const html = slideHtml(deckOf('```yaml\na: 1\n```'), 0);
    expect(html).toBe(
      '<pre class="code-wrapper" style="--code-columns: 4"><code class="hljs language-yaml" tabindex="0"><span class="hljs-attr">a:</span> <span class="hljs-number">1</span></code></pre>\n',
    );
  });

  it('turns `[5|8]` into two `<code>` steps, the second a fragment, with line numbers', () => {
    const result = deckOf(`\`\`\`yaml [5|8]\n${code}\n\`\`\``);
    const html = slideHtml(result, 0);
    const blocks = html.match(/<code [^>]*>/g) ?? [];
    expect(blocks).toEqual([
      '<code class="hljs language-yaml has-highlights" data-line-numbers="5" tabindex="0">',
      '<code class="hljs language-yaml fragment has-highlights" data-line-numbers="8" tabindex="0">',
    ]);
    expect(html.match(/<tr class="highlight-line">.*?<\/tr>/g)?.map((row) => /data-line-number="(\d+)"/.exec(row)?.[1])).toEqual(['5', '8']);
    expect(html.match(/<tr/g)).toHaveLength(18);
    expect(result.deck.stacks[0][0].codeSteps).toBe(1);
  });

  it('`[]` shows line numbers and highlights nothing', () => {
    const html = slideHtml(deckOf(`\`\`\`go []\n${code}\n\`\`\``), 0);
    expect(html).toContain('data-line-numbers=""');
    expect(html).not.toContain('highlight-line');
    expect(html).not.toContain('has-highlights');
  });

  it('`[|2]` starts with nothing highlighted or dimmed', () => {
    const html = slideHtml(deckOf(`\`\`\`yml [|2]\n${code}\n\`\`\``), 0);
    expect(html.match(/<code [^>]*>/g)).toEqual([
      '<code class="hljs language-yml" data-line-numbers="" tabindex="0">',
      '<code class="hljs language-yml fragment has-highlights" data-line-numbers="2" tabindex="0">',
    ]);
  });

  it('`[1-3,5|8]` highlights ranges and lists', () => {
    const html = slideHtml(deckOf(`\`\`\`yaml [1-3,5|8]\n${code}\n\`\`\``), 0);
    expect(html).toContain('data-line-numbers="1,2,3,5"');
    expect(html.match(/class="highlight-line"/g)).toHaveLength(5);
  });

  it('`[712: 1|3]` numbers from 712 and counts steps from the first line', () => {
    const html = slideHtml(deckOf(`\`\`\`js [712: 1|3]\na\nb\nc\n\`\`\``), 0);
    const highlighted = html.match(/<tr class="highlight-line">.*?<\/tr>/g) ?? [];
    expect(highlighted.map((row) => /data-line-number="(\d+)"/.exec(row)?.[1])).toEqual(['712', '714']);
    expect(html).not.toContain('data-line-number="1"');
  });

  it('drops a last blank line as reveal does, so rows agree', () => {
    expect(slideHtml(deckOf('```json [2]\n[\n1\n]\n\n```'), 0).match(/<tr/g)).toHaveLength(3);
  });

  it('keeps a block comment coloured on each numbered row', () => {
    const html = slideHtml(deckOf('```js [2]\n/* a\nb\nc */\n```'), 0);
    expect(html.match(/<td class="hljs-ln-line hljs-ln-code" data-line-number="\d"><span class="hljs-comment">/g)).toHaveLength(3);
  });

  it('reports a step past the block as an error at its column', () => {
    const result = deckOf('# A\n\n```yaml [2|9]\na: 1\nb: 2\n```');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "slides/01.md:3:12 error invalid-step: `9` is outside the block's 2 line(s)\n  hint: steps are line numbers or ranges separated by `,`, steps separated by `|`, e.g. `[1-3,5|8]`",
    ]);
  });

  it('warns about an unknown language and still shows the code', () => {
    const result = deckOf("```klingon\nQapla'\n```");
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'unknown-language', line: 0, column: 3 })]);
    expect(slideHtml(result, 0)).toContain('Qapla&#x27;');
  });
});

describe('footnotes and links', () => {
  it("shows footnotes at the foot of their own slide, marker with the author's label, URL linked", () => {
    const result = deckOf('A\n\n---\n\n## B\n\nText [^4].\n\n[^4]: https://example.com/x\n\n---\n\nC');
    const html = slideHtml(result, 1);
    expect(html).toContain('<sup class="footnote-ref"><a href="#fn-s1-0-1" id="fnref-s1-0-1">4</a></sup>');
    expect(html).toContain('<div class="footnotes" role="doc-endnotes">');
    expect(html).toContain(
      '<li id="fn-s1-0-1" class="footnote-item" value="4"><p><a href="https://example.com/x" rel="noopener noreferrer">https://example.com/x</a>',
    );
    expect(html).not.toContain('<section');
    expect(slideHtml(result, 2)).not.toContain('footnote');
  });

  it('reads `[2]` + `[2]: url` as a CommonMark reference link', () => {
    expect(slideHtml(deckOf('run [2].\n\n[2]: https://docs.gitlab.com/runner/executors/'), 0)).toBe(
      '<p>run <a href="https://docs.gitlab.com/runner/executors/" rel="noopener noreferrer">2</a>.</p>\n',
    );
  });

  it('links bare URLs but not file names', () => {
    const html = slideHtml(deckOf('see https://gitlab.com and docker-compose.yml'), 0);
    expect(html).toBe('<p>see <a href="https://gitlab.com" rel="noopener noreferrer">https://gitlab.com</a> and docker-compose.yml</p>\n');
  });
});

describe('raw HTML and reveal comments', () => {
  it('keeps raw HTML and records the files it references', () => {
    const result = deckOf('<img width="50%" height="auto" data-src="images/x.svg" alt="X">');
    expect(slideHtml(result, 0)).toBe('<img width="50%" height="auto" data-src="images/x.svg" alt="X">');
    expect(result.deck.assets).toEqual([{ path: 'images/x.svg', file: 'slides/01.md', line: 0 }]);
  });

  it('applies `<!-- .slide: -->` to the section', () => {
    const result = deckOf('# A\n\n<!-- .slide: data-background="#fac828" data-state="x" -->\n');
    expect(result.deck.stacks[0][0].attributes).toEqual({ 'data-background': '#fac828', 'data-state': 'x' });
    expect(slideHtml(result, 0)).toBe('<h1>A</h1>\n');
  });

  it('applies `<!-- .element: -->` to the element before it', () => {
    expect(slideHtml(deckOf('Para <!-- .element: class="fragment" -->'), 0)).toBe('<p class="fragment">Para </p>\n');
    expect(slideHtml(deckOf('![i](images/a.png) <!-- .element: class="r-stretch" -->'), 0)).toBe(
      '<p><img src="images/a.png" alt="i" class="r-stretch"> </p>\n',
    );
    expect(slideHtml(deckOf('- a\n- b\n<!-- .element: class="fragment" -->'), 0)).toContain('<li class="fragment">b</li>');
    expect(slideHtml(deckOf('- a\n- b\n\n<!-- .element: class="fragment" -->'), 0)).toContain('<ul class="fragment">');
    expect(slideHtml(deckOf('- a <!-- .element: class="fragment" -->\n- b'), 0)).toContain('<li class="fragment">a </li>');
  });

  it('closes an `<iframe>` left open, with a warning, so the notes survive', () => {
    const result = deckOf('<iframe src="x.html" width="10">\n\nnotes:\n\n- hi');
    expect(slideHtml(result, 0)).toBe('<iframe src="x.html" width="10">\n</iframe>');
    expect(result.deck.stacks[0][0].notesHtml).toBe('<ul>\n<li>hi</li>\n</ul>\n');
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'unclosed-html', line: 0 })]);
  });
});

describe('code blocks written as raw HTML', () => {
  it('steps a `<pre><code data-line-numbers>` block like a fence, trimmed with data-trim', () => {
    const result = deckOf(
      '<pre class="stretch">\n  <code data-trim data-noescape class="yaml" data-line-numbers=" 2|3">\n  a: 1\n  b: &amp;x 2\n  c: 3\n  </code>\n</pre>\n',
    );
    const html = slideHtml(result, 0);
    expect(
      html.startsWith('<pre class="code-wrapper stretch" style="--code-columns: 10"><code class="hljs language-yaml has-highlights" data-line-numbers="2"'),
    ).toBe(true);
    expect(html).toContain('class="hljs language-yaml fragment has-highlights" data-line-numbers="3"');
    expect(html.match(/<tr/g)).toHaveLength(6);
    expect(html).toContain('&amp;x');
    expect(result.deck.stacks[0][0].codeSteps).toBe(1);
  });

  it('leaves other raw `<pre>` HTML alone', () => {
    const raw = '<pre><b>bold</b> text</pre>\n';
    expect(slideHtml(deckOf(raw), 0)).toBe(raw);
  });
});
