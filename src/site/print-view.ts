// The print view's contract between the page and the tools that read it. The page (client/
// print-view.ts, print-pages.ts, handout.ts) opens at `?print-pdf`, marks every printed page and
// then raises a ready flag; `npm run pdf`, `npm run check` and the exports open it with
// `printViewQuery`, wait with `PRINT_VIEW_READY` and read the pages with `READ_PRINTED_PAGES`. The
// title and outline come from the site's manifest (manifest.ts), not from the page.

/** The handout's papers in CSS pixels (96 per inch), with the name `@page { size }` takes. */
export const PAPERS = {
  a4: { size: 'A4', width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 },
  letter: { size: 'letter', width: 8.5 * 96, height: 11 * 96 },
} as const;
export type Paper = keyof typeof PAPERS;
export const PAPER_NAMES = Object.keys(PAPERS) as Paper[];

/** A paper's name as `?handout=` or `--paper` gives it, or undefined for any other value. */
export function paperOf(value: unknown): Paper | undefined {
  const name = String(value).toLowerCase();
  // Own keys only: `?handout=constructor` names no paper.
  return Object.hasOwn(PAPERS, name) ? (name as Paper) : undefined;
}

export interface PrintViewRequest {
  /** A page per code step (reveal's `pdfSeparateFragments`), or a page per slide with every step's lines lit. */
  steps: boolean;
  /** The handout on this paper (each slide with its notes), or the slides alone. */
  handout?: Paper;
}

/** The print view's query: reveal copies `?key=value` into its config; `handout` is read by our client. */
export function printViewQuery(request: PrintViewRequest): string {
  const query = new URLSearchParams({ 'print-pdf': '' });
  if (!request.steps || request.handout) query.set('pdfSeparateFragments', 'false');
  if (request.handout) query.set('handout', request.handout);
  return `?${query.toString().replace('print-pdf=', 'print-pdf')}`;
}

/** `document.documentElement.dataset` key the page sets to 'true' once every page is laid out and marked. */
export const READY_FLAG = 'printReady';

/** Each printed unit: a `.pdf-page` the page marks with `data-slide`, `data-step` and `data-pages`. */
export const PRINTED_PAGE_SELECTOR = '.reveal .slides .pdf-page[data-slide]';

/** One printed unit as the page marks it: a slide at one step, on `pages` sheets of paper. */
export interface PrintedPage {
  /** `h/v` of the slide. */
  slide: string;
  /** Its code step: 0 is the slide as it opens. */
  step: number;
  pages: number;
}

// Page-side code is sent as text: a function would carry tsx's `__name` helper, which the page lacks.

/**
 * Resolves in the page once the print view is ready ({@link READY_FLAG}), its fonts are loaded and
 * every image has loaded or failed.
 */
export const PRINT_VIEW_READY = `new Promise((resolve) => {
  const poll = (done, then) => (done() ? then() : setTimeout(() => poll(done, then), 10));
  poll(
    () => document.documentElement.dataset.${READY_FLAG} === 'true',
    () => document.fonts.ready.then(() => poll(() => [...document.images].every((img) => img.complete), () => resolve(true))),
  );
})`;

/** Evaluates in the page to its {@link PrintedPage}s, in print order. */
export const READ_PRINTED_PAGES = `[...document.querySelectorAll(${JSON.stringify(PRINTED_PAGE_SELECTOR)})].map((unit) => ({
  slide: unit.dataset.slide ?? '', step: Number(unit.dataset.step), pages: Number(unit.dataset.pages),
}))`;
