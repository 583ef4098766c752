// The PDF's bookmarks: the loader's outline (one entry per slide) placed on the pages that
// print each slide; a stack's vertical slides nest under its first slide; steps are not repeated.
import type { OutlineEntry } from '../../deck/types.ts';
import type { PrintedPage } from '../../site/print-view.ts';

export interface Bookmark {
  title: string;
  /** 0-based index of the PDF page the slide starts on. */
  page: number;
  children: Bookmark[];
}

/** Index of the first PDF page of each slide, keyed by `h/v`. */
export function firstPages(printed: PrintedPage[]): Map<string, number> {
  const first = new Map<string, number>();
  let page = 0;
  for (const unit of printed) {
    if (!first.has(unit.slide)) first.set(unit.slide, page);
    page += unit.pages;
  }
  return first;
}

/** Total PDF pages the print view should give. */
export function pageCount(printed: PrintedPage[]): number {
  return printed.reduce((n, unit) => n + unit.pages, 0);
}

/** Bookmarks for every slide that was printed, nested by stack. */
export function bookmarks(outline: OutlineEntry[], printed: PrintedPage[]): Bookmark[] {
  const first = firstPages(printed);
  const top: Bookmark[] = [];
  const stacks = new Map<number, Bookmark>();
  for (const entry of outline) {
    const page = first.get(`${entry.h}/${entry.v}`);
    if (page === undefined) continue;
    const mark: Bookmark = { title: entry.title, page, children: [] };
    const parent = entry.v > 0 ? stacks.get(entry.h) : undefined;
    if (parent) parent.children.push(mark);
    else {
      top.push(mark);
      stacks.set(entry.h, mark);
    }
  }
  return top;
}
