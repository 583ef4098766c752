// Code blocks written as raw HTML (`<pre><code class="yaml" data-line-numbers="1|3" data-trim>`):
// reveal's highlight plugin highlights and steps every `pre code`, so ours do too, like a fence.
import { describe, expect, it } from 'vitest';
import { deckOf, slideHtml } from './helpers.ts';

/** The code's text as the reader sees it: rows joined, tags dropped, entities decoded. */
function codeText(html: string): string {
  const first = /<code[^>]*>([\s\S]*?)<\/code>/.exec(html)?.[1] ?? '';
  const rows = first.includes('<tr') ? [...first.matchAll(/<td class="hljs-ln-line hljs-ln-code"[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]) : [first];
  return rows
    .join('\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

const codeTags = (html: string) => html.match(/<code [^>]*>/g) ?? [];
const highlighted = (html: string) =>
  [...html.matchAll(/<code [^>]*>[\s\S]*?<\/code>/g)].map(([code]) =>
    [...code.matchAll(/<tr class="highlight-line"><td [^>]*data-line-number="(\d+)"/g)].map((m) => Number(m[1])),
  );

describe('a raw `<pre><code>` block', () => {
  it('takes its language from `class`: `yaml`, `language-yaml` or `lang-yaml`', () => {
    for (const cls of ['yaml', 'language-yaml', 'lang-yaml', '  yaml stretch']) {
      expect(codeTags(slideHtml(deckOf(`<pre><code class="${cls}">a: 1</code></pre>\n`), 0))[0], cls).toBe('<code class="hljs language-yaml" tabindex="0">');
    }
  });

  it('shows its text as written, entities decoded once and escaped again', () => {
    const html = slideHtml(deckOf('<pre><code class="plaintext">a &lt;b&gt; &amp;amp; "c"\n  indented</code></pre>\n'), 0);
    expect(codeText(html)).toBe('a <b> &amp; "c"\n  indented');
  });

  it('with `data-trim`: no blank lines at either end, and no indent all lines share', () => {
    const html = slideHtml(deckOf('<pre><code class="plaintext" data-trim>\n  \n    first\n      second\n  \n    third\n  \n</code></pre>\n'), 0);
    expect(codeText(html)).toBe('first\n  second\n\nthird');
  });

  it('with `data-trim` and only blank lines: empty', () => {
    expect(codeText(slideHtml(deckOf('<pre><code class="plaintext" data-trim>\n   \n\n</code></pre>\n'), 0))).toBe('');
  });

  it('without `data-trim`: its blank lines and indent kept', () => {
    const html = slideHtml(deckOf('<pre><code class="plaintext">\n    first\n      second</code></pre>\n'), 0);
    expect(codeText(html)).toBe('\n    first\n      second');
    expect(codeText(slideHtml(deckOf('<pre><code class="plaintext">a\nb\n</code></pre>\n'), 0))).toBe('a\nb\n');
  });

  it("keeps the `<pre>`'s own classes beside ours", () => {
    expect(slideHtml(deckOf('<pre class="stretch wide"><code>x</code></pre>\n'), 0)).toMatch(/^<pre class="code-wrapper stretch wide" /);
    const noClass = deckOf('<pre><code>x = 1</code></pre>\n');
    expect(slideHtml(noClass, 0)).toMatch(/^<pre class="code-wrapper" /);
    expect(noClass.diagnostics).toEqual([]);
  });

  it('steps with `data-line-numbers`, numbering from `data-ln-start-from`', () => {
    const html = slideHtml(deckOf('<pre><code class="plaintext" data-line-numbers="1|3" data-ln-start-from="10">a\nb\nc</code></pre>\n'), 0);
    expect(highlighted(html)).toEqual([[10], [12]]);
    const plain = slideHtml(deckOf('<pre><code class="plaintext" data-line-numbers="2" data-ln-start-from="x">a\nb</code></pre>\n'), 0);
    expect(highlighted(plain)).toEqual([[2]]);
  });

  it('has no line numbers without `data-line-numbers`', () => {
    const html = slideHtml(deckOf('<pre><code class="plaintext">a\nb</code></pre>\n'), 0);
    expect(html).not.toContain('<table');
    expect(codeTags(html)).toEqual(['<code class="hljs language-plaintext" tabindex="0">']);
  });

  it('after spaces, in capitals: still a code block', () => {
    expect(slideHtml(deckOf('  <PRE><CODE class="plaintext">x</CODE></PRE>\n'), 0)).toMatch(/^<pre class="code-wrapper" /);
  });
});

describe('raw HTML that is not one code block is left as written', () => {
  it.each([
    ['a `<pre>` without `<code>`', '<pre>just text</pre>\n'],
    ['two `<code>`s', '<pre><code>a</code><code>b</code></pre>\n'],
    ['text beside the `<code>`', '<pre>label <code>a</code></pre>\n'],
    ['an element inside the `<code>`', '<pre><code>a <b>bold</b></code></pre>\n'],
    ['a `<code>` not in a `<pre>`', '<div><code>a</code></div>\n'],
    ['a block that only mentions `<pre>`', '<p>use <pre></p>\n'],
    ['an empty element in a `<pre>`', '<pre><br></pre>\n'],
  ])('%s', (_, html) => {
    const result = deckOf(html);
    expect(slideHtml(result, 0)).toBe(html);
    expect(result.deck.stacks[0][0].codeSteps).toBe(0);
  });

  it('a Markdown fence showing a `<pre><code>` block: code, shown as written', () => {
    const result = deckOf('```html\n<pre><code class="yaml">a: 1</code></pre>\n```\n');
    expect(slideHtml(result, 0)).toContain('<code class="hljs language-html" tabindex="0">');
    expect(codeText(slideHtml(result, 0))).toBe('<pre><code class="yaml">a: 1</code></pre>');
  });

  it("a `<pre><code>` inside a paragraph's inline HTML", () => {
    expect(slideHtml(deckOf('text <pre><code>a</code></pre>'), 0)).not.toContain('code-wrapper');
  });
});
