// Which element an attribute comment lands on, in the cases reveal-attributes.test.ts leaves out:
// raw HTML of several elements, nested or split over blocks, comments inside a raw block, and the
// line a warning names. reveal.js's markdown plugin gives `.element` to the element before the
// comment (text, `<br>` and other comments skipped) with its regex `\.element\s*?(.+?)$`; the
// loader does the same on markdown-it's tokens and says where it cannot.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { deckOf, slideHtml } from './helpers.ts';

const FRAGMENT = '<!-- .element: class="fragment" -->';

describe('`.element` after raw inline HTML', () => {
  it.each([
    [
      'a span holding inline code that shows a tag',
      `<span>use \`<span>\` here</span> ${FRAGMENT}`,
      '<p><span class="fragment">use <code>&lt;span&gt;</code> here</span> </p>\n',
    ],
    ['a span holding a line break', `<span>one<br>two</span> ${FRAGMENT}`, '<p><span class="fragment">one<br>two</span> </p>\n'],
    ['the outer of two nested spans', `<span>x <span>y</span></span> ${FRAGMENT}`, '<p><span class="fragment">x <span>y</span></span> </p>\n'],
    ['a span whose end tag has a space before `>`', `# A\n\n<span>x</span > ${FRAGMENT}`, '<h1>A</h1>\n<p><span class="fragment">x</span > </p>\n'],
  ])('goes on %s', (_, text, expected) => {
    const result = deckOf(text);
    expect(slideHtml(result, 0)).toBe(expected);
    expect(result.diagnostics).toEqual([]);
  });

  it('after an end tag whose start tag is in another block is ignored, with a warning at its line', () => {
    const result = deckOf(`<span class="big">\n\nword</span> ${FRAGMENT}`);
    expect(slideHtml(result, 0)).toBe('<span class="big">\n<p>word</span> </p>\n');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:3 warning element-on-raw-html: `.element` attributes found no element in the raw HTML before them; they are ignored\n  hint: write the attributes on the HTML tag itself',
    ]);
  });
});

describe('`.element` after a block of raw HTML', () => {
  it('goes on its last element', () => {
    const result = deckOf(`# A\n\n<p>one</p>\n<p>two</p>\n\n${FRAGMENT}`);
    expect(slideHtml(result, 0)).toBe('<h1>A</h1>\n<p>one</p>\n<p class="fragment">two</p>\n');
  });

  it('in the same block, after its element, goes on that element', () => {
    expect(slideHtml(deckOf(`# A\n\n<p>x</p> ${FRAGMENT}`), 0)).toBe('<h1>A</h1>\n<p class="fragment">x</p> ');
  });

  it('inside the block leaves its other comments in the page', () => {
    const result = deckOf(`<ul>\n<!-- the list -->\n<li>a</li> ${FRAGMENT}\n</ul>`);
    expect(slideHtml(result, 0)).toBe('<ul>\n<!-- the list -->\n<li class="fragment">a</li> \n</ul>');
    expect(result.diagnostics).toEqual([]);
  });

  it('inside the block, is reported at its own line of the file', () => {
    const bad = deckOf(`# A\n\n---\n\n<ul>\n<li>a</li>\n<li>b</li> <!-- .element: class="fragment" it's="x" -->\n</ul>\n\nmore`);
    expect(slideHtml(bad, 1)).toBe('<ul>\n<li>a</li>\n<li class="fragment">b</li> \n</ul>\n<p>more</p>\n');
    expect(bad.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:7 error invalid-attribute: `it\'s` is not a valid attribute name; it is not applied\n  hint: attributes are written `name="value"`, the name in letters, digits, `-`, `_`, `.` or `:`',
    ]);
    // After an end tag alone: no element of that HTML before it.
    const lost = deckOf(`# A\n\n---\n\n<div class="columns">\n\n- a\n\n</div>\n${FRAGMENT}\n\nmore`);
    expect(slideHtml(lost, 1)).toBe('<div class="columns">\n<ul>\n<li>a</li>\n</ul>\n</div>\n\n<p>more</p>\n');
    expect(lost.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:10 warning element-on-raw-html: `.element` attributes found no element in the raw HTML before them; they are ignored\n  hint: write the attributes on the HTML tag itself',
    ]);
  });
});

describe('`.element` in a list', () => {
  it('indented under a tight list item, goes on that item', () => {
    expect(slideHtml(deckOf(`- a\n  ${FRAGMENT}\n- b`), 0)).toBe('<ul>\n<li class="fragment">a</li>\n<li>b</li>\n</ul>\n');
  });

  it('after an image ending an item, goes on the image, and the warning says so', () => {
    const result = deckOf(`- item ![a chart](images/a.png) ${FRAGMENT}`);
    expect(slideHtml(result, 0)).toBe('<ul>\n<li>item <img src="images/a.png" alt="a chart" class="fragment"> </li>\n</ul>\n');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:1 warning fragment-on-inline: this fragment lands on the image before it, not on the list item (as in reveal.js): the item shows at once, the image later\n  hint: to reveal the whole item, put the comment on a line of its own under the item, indented as its text',
    ]);
  });
});

describe("the comment's text, read with reveal.js's regex", () => {
  it('may have its attributes on the line after `.element`', () => {
    expect(slideHtml(deckOf('Para\n<!-- .element\nclass="fragment" -->'), 0)).toBe('<p class="fragment">Para</p>\n');
  });
});
