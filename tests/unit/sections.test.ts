// The deck as Reveal's markup: one `<section>` per slide, stacks of vertical slides nested, slide
// attributes on the section, notes in `<aside class="notes">`, read back as a browser would parse it.
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { hasErrors, renderSections } from '../../src/deck/index.ts';
import type { Diagnostic } from '../../src/deck/types.ts';
import { deckOf } from './helpers.ts';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { type: 'tag' | 'script' | 'style' }> & { name: string; attribs: Record<string, string>; children: Node[] };
const isElement = (n: Node): n is Element => 'name' in n && 'attribs' in n;

/** The section tree: a stack's slides nested, each slide as its attributes and text. */
function tree(html: string): unknown[] {
  const slide = (el: Element): unknown => {
    const inner = el.children.filter(isElement).filter((c) => c.name === 'section');
    if (inner.length > 0) return inner.map(slide);
    const notes = DomUtils.findOne((n) => n.name === 'aside', el.children);
    return {
      attributes: el.attribs,
      text: DomUtils.textContent(el).replace(/\s+/g, ' ').trim(),
      ...(notes ? { notes: DomUtils.textContent(notes).trim(), notesClass: notes.attribs.class } : {}),
    };
  };
  return parseDocument(html).children.filter(isElement).map(slide);
}

describe('renderSections', () => {
  it("nests a stack's vertical slides in one section, and leaves a single slide flat", () => {
    const html = renderSections(deckOf('# One\n\n---\n\n# Two\n\n----\n\n# Two below').deck);
    expect(tree(html)).toEqual([
      { attributes: {}, text: 'One' },
      [
        { attributes: {}, text: 'Two' },
        { attributes: {}, text: 'Two below' },
      ],
    ]);
    expect(html).toBe(
      '<section>\n<h1>One</h1>\n</section>\n<section>\n<section>\n<h1>Two</h1>\n</section>\n<section>\n<h1>Two below</h1>\n</section>\n</section>',
    );
  });

  it("puts the slide's attributes on its section: values escaped, flags bare", () => {
    const html = renderSections(deckOf('# A\n\n<!-- .slide: data-visibility data-state="a&b" id="x" -->').deck);
    expect(tree(html)).toEqual([{ attributes: { 'data-visibility': '', 'data-state': 'a&b', id: 'x' }, text: 'A' }]);
    expect(html).toContain('<section data-visibility data-state="a&amp;b" id="x">');
  });

  it("puts the notes in an aside Reveal hides, after the slide's content", () => {
    const html = renderSections(deckOf('# A\n\nnotes:\nsay this\n\n---\n\n# B').deck);
    expect(tree(html)).toEqual([
      { attributes: {}, text: 'A say this', notes: 'say this', notesClass: 'notes' },
      { attributes: {}, text: 'B' },
    ]);
    expect(html).not.toContain('undefined');
  });
});

describe('hasErrors', () => {
  const d = (severity: Diagnostic['severity']): Diagnostic => ({ severity, code: 'empty-slide', file: 'f', line: 0, message: 'm' });

  it('is true when any problem is an error', () => {
    expect(hasErrors([d('warning'), d('error')])).toBe(true);
    expect(hasErrors([d('error')])).toBe(true);
  });

  it('is false for warnings only, or none', () => {
    expect(hasErrors([d('warning'), d('warning')])).toBe(false);
    expect(hasErrors([])).toBe(false);
  });
});
