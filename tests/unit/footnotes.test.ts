// Footnotes as the audience reads them: markers with the author's labels, the list at the foot of
// the slide, numbered as the author numbered them.
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeEach, describe, expect, it } from 'vitest';
import { deckOf, slideHtml } from './helpers.ts';

describe('footnotes', () => {
  // Rendered in each test: mutation testing then knows which tests read the loader.
  let html: string;
  let doc: ReturnType<typeof parseDocument>;
  beforeEach(() => {
    html = slideHtml(deckOf('A ^[inline note] and [^note1] and [^1a] and [^12].\n\n[^note1]: N\n\n[^1a]: M\n\n[^12]: T'), 0);
    doc = parseDocument(html);
  });

  it('mark each reference with its label, an inline note with its number', () => {
    expect(DomUtils.getElementsByTagName('sup', doc).map((sup) => DomUtils.textContent(sup))).toEqual(['1', 'note1', '1a', '12']);
  });

  it('number the list as the author did only where the label is a number', () => {
    expect(DomUtils.getElementsByTagName('li', doc).map((li) => li.attribs.value ?? null)).toEqual([null, null, null, '12']);
    expect(html.match(/<li [^>]*>/g)).toEqual([
      '<li id="fn-s0-0-1" class="footnote-item">',
      '<li id="fn-s0-0-2" class="footnote-item">',
      '<li id="fn-s0-0-3" class="footnote-item">',
      '<li id="fn-s0-0-4" class="footnote-item" value="12">',
    ]);
  });

  it('close their list inside the slide: nothing after it is a footnote', () => {
    expect(html.endsWith('</li>\n</ol>\n</div>\n')).toBe(true);
    const text = slideHtml(deckOf('A [^1]\n\n[^1]: one\n\nAfter'), 0);
    const [block] = DomUtils.getElementsByTagName('div', parseDocument(text));
    expect(DomUtils.textContent(block)).not.toContain('After');
  });
});
