// reveal.js's attribute comments, as an author writes them: `<!-- .slide: … -->` on the slide,
// `<!-- .element: … -->` on the element before it. The browser conformance test compares whole
// decks with reveal's own markdown plugin; these pin each case on its own.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { deckOf, slideHtml } from './helpers.ts';

const html = (text: string) => slideHtml(deckOf(text), 0);
const FRAGMENT = '<!-- .element: class="fragment" -->';

describe('`<!-- .slide: -->`', () => {
  it("sets the slide's attributes, with or without a space after the colon", () => {
    expect(deckOf('# A\n\n<!-- .slide:data-state="x" -->').deck.stacks[0][0].attributes).toEqual({ 'data-state': 'x' });
    expect(deckOf('# A\n\n<!-- .slide: id="intro" data-transition="none" -->').deck.stacks[0][0].attributes).toEqual({
      id: 'intro',
      'data-transition': 'none',
    });
  });

  it('sets bare `data-` flags as empty attributes, in any order', () => {
    expect(deckOf('<!-- .slide: data-visibility data-state="x" -->').deck.stacks[0][0].attributes).toEqual({ 'data-visibility': '', 'data-state': 'x' });
  });

  it('shown as code, is code: not applied', () => {
    const result = deckOf('Para `<!-- .slide: data-state="x" -->`');
    expect(result.deck.stacks[0][0].attributes).toEqual({});
    expect(slideHtml(result, 0)).toBe('<p>Para <code>&lt;!-- .slide: data-state=&quot;x&quot; --&gt;</code></p>\n');
  });
});

describe('`<!-- .element: -->`', () => {
  it.each([
    ['a paragraph', 'Para <!-- .element: data-autoplay class="x" -->', '<p data-autoplay="" class="x">Para </p>\n'],
    ['a heading', `# Heading ${FRAGMENT}`, '<h1 class="fragment">Heading </h1>\n'],
    ['bold text', `**bold** ${FRAGMENT}`, '<p><strong class="fragment">bold</strong> </p>\n'],
    ['inline code', `see \`code\` ${FRAGMENT}`, '<p>see <code class="fragment">code</code> </p>\n'],
    ['emphasis, past a line break', `a *b*<br>${FRAGMENT}`, '<p>a <em class="fragment">b</em><br></p>\n'],
    ['a rule', `***\n${FRAGMENT}`, '<hr class="fragment">\n'],
    ['a quote', `> quote\n${FRAGMENT}`, '<blockquote class="fragment">\n<p>quote</p>\n</blockquote>\n'],
    ["an ordered list's last item", `1. a\n2. b\n${FRAGMENT}`, '<ol>\n<li>a</li>\n<li class="fragment">b</li>\n</ol>\n'],
    [
      "the outer list's last item, not a nested one",
      `- a\n  - nested\n${FRAGMENT}`,
      '<ul>\n<li class="fragment">a\n<ul>\n<li>nested</li>\n</ul>\n</li>\n</ul>\n',
    ],
    ['a list, after a line of spaces', `- a\n- b\n   \n${FRAGMENT}`, '<ul class="fragment">\n<li>a</li>\n<li>b</li>\n</ul>\n'],
  ])('goes on %s', (_, text, expected) => {
    const result = deckOf(text);
    expect(slideHtml(result, 0)).toBe(expected);
    expect(result.diagnostics).toEqual([]);
  });

  it('with nothing before it, goes on the slide', () => {
    expect(deckOf(FRAGMENT).deck.stacks[0][0].attributes).toEqual({ class: 'fragment' });
  });

  it('after raw HTML is ignored, with a warning at its line: write the attributes on the tag', () => {
    for (const text of [`<div>raw</div>\n\n${FRAGMENT}`, `# A\n\n<span>x</span> ${FRAGMENT}`]) {
      const result = deckOf(text);
      expect(slideHtml(result, 0), text).not.toContain('fragment');
      expect(result.diagnostics.map(formatDiagnostic), text).toEqual([
        `slides/01.md:3 warning element-on-raw-html: \`.element\` attributes cannot be applied to raw HTML; they are ignored\n  hint: write the attributes on the HTML tag itself`,
      ]);
    }
  });
});

describe('other comments', () => {
  it('stay in the page as they are', () => {
    expect(html('# A\n\n<!-- just a comment -->\n\ntext <!-- inline comment -->')).toBe(
      '<h1>A</h1>\n<!-- just a comment -->\n<p>text <!-- inline comment --></p>\n',
    );
  });

  it('with text after them are not attribute comments', () => {
    expect(html('<!-- .slide: data-state="x" --> and more')).toContain('<!-- .slide: data-state="x" --> and more');
  });
});
