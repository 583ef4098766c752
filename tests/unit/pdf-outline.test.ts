import { describe, expect, it } from 'vitest';
import type { OutlineEntry } from '../../src/deck/types.ts';
import { bookmarks, firstPages, pageCount } from '../../src/tools/pdf/outline.ts';

const entry = (title: string, h: number, v: number): OutlineEntry => ({ title, heading: true, h, v });

describe('PDF bookmarks', () => {
  // Slide 1/0 has two code steps (three pages); slide 2/0 runs over two sheets of paper.
  const printed = [
    { slide: '0/0', step: 0, pages: 1 },
    { slide: '1/0', step: 0, pages: 1 },
    { slide: '1/0', step: 1, pages: 1 },
    { slide: '1/0', step: 2, pages: 1 },
    { slide: '1/1', step: 0, pages: 1 },
    { slide: '2/0', step: 0, pages: 2 },
    { slide: '3/0', step: 0, pages: 1 },
  ];

  it('start each slide at the page after the pages (steps, overflow) of the slides before it', () => {
    expect([...firstPages(printed)]).toEqual([
      ['0/0', 0],
      ['1/0', 1],
      ['1/1', 4],
      ['2/0', 5],
      ['3/0', 7],
    ]);
    expect(pageCount(printed)).toBe(8);
  });

  it("nest vertical slides under their stack's first slide, once per slide, in order", () => {
    const outline = [entry('Title', 0, 0), entry('Stack', 1, 0), entry('Below', 1, 1), entry('Long', 2, 0), entry('End', 3, 0)];
    expect(bookmarks(outline, printed)).toEqual([
      { title: 'Title', page: 0, children: [] },
      { title: 'Stack', page: 1, children: [{ title: 'Below', page: 4, children: [] }] },
      { title: 'Long', page: 5, children: [] },
      { title: 'End', page: 7, children: [] },
    ]);
  });

  it('leave out slides that were not printed', () => {
    expect(bookmarks([entry('Title', 0, 0), entry('Gone', 9, 0)], printed).map((b) => b.title)).toEqual(['Title']);
  });
});
