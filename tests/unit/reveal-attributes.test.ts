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

  it.each([
    ['a block of raw HTML: its last element', `<div class="box">raw</div>\n\n${FRAGMENT}`, '<div class="fragment">raw</div>\n'],
    ['a raw inline element, past its end tag', `# A\n\n<span>x</span> ${FRAGMENT}`, '<p><span class="fragment">x</span> </p>\n'],
    ['a raw inline tag of its own', `<img src="a.png" alt="a"> ${FRAGMENT}`, '<p><img src="a.png" alt="a" class="fragment"> </p>\n'],
    [
      'a code block',
      `\`\`\`js\nx\n\`\`\`\n<!-- .element: class="fragment" style="font-size: 30%" -->`,
      'class="fragment code-wrapper" style="--code-columns: 1; font-size: 30%"',
    ],
    [
      'raw list items, each its own (reveal reads `.elements` too)',
      '<ul>\n<li>a</li> <!-- .elements class="fragment" data-fragment-index="1" -->\n<li>b<br></li> <!-- .element: class="fragment" data-fragment-index="2" -->\n</ul>',
      '<ul>\n<li class="fragment" data-fragment-index="1">a</li> \n<li class="fragment" data-fragment-index="2">b<br></li> \n</ul>',
    ],
    [
      'the raw element it sits in, with nothing before it',
      '<div class="x">\n<!-- .element: class="fragment" -->text\n</div>',
      '<div class="fragment">\ntext\n</div>',
    ],
    ['the raw element a block leaves open', `<div class="x">\n\n${FRAGMENT}\n\ntext\n\n</div>`, '<div class="fragment">\n'],
  ])('goes on %s, as in reveal', (_, text, expected) => {
    const result = deckOf(text);
    expect(slideHtml(result, 0)).toContain(expected);
    expect(result.diagnostics).toEqual([]);
  });

  it('after raw HTML with no element to take it is ignored, with a warning at its line', () => {
    for (const [text, line] of [[`<!-- only a comment -->\n\n${FRAGMENT}`, 3]] as const) {
      const result = deckOf(text);
      expect(slideHtml(result, 0), text).not.toContain('fragment');
      expect(result.diagnostics.map(formatDiagnostic), text).toEqual([
        `slides/01.md:${line} warning element-on-raw-html: \`.element\` attributes found no element in the raw HTML before them; they are ignored\n  hint: write the attributes on the HTML tag itself`,
      ]);
    }
  });

  it('never writes a raw attribute that could break out of its tag', () => {
    const result = deckOf('<p>x</p>\n\n<!-- .element: title="a&quot;><script>" -->');
    expect(slideHtml(result, 0)).toBe('<p title="a&amp;quot;&gt;&lt;script&gt;">x</p>\n');
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

describe('a fragment on raw inline HTML ending a list item', () => {
  it('goes on that element, as in reveal, and the warning names it', () => {
    const result = deckOf('- item <span>late</span> <!-- .element: class="fragment" -->');
    expect(slideHtml(result, 0)).toContain('<span class="fragment">late</span>');
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'this fragment lands on the `<span>` before it, not on the list item (as in reveal.js): the item shows at once, the `<span>` later',
    ]);
  });
});
