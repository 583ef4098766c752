// @vitest-environment happy-dom
// The handout (`?print-pdf&handout=a4|letter`): each slide scaled to the paper's printable width, its
// notes beneath, one sheet per slide. Sizes Reveal's layout would give are stubbed (no layout in a
// fake DOM); pdf.spec.ts prints the real handout in Chromium and reads its pages.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutHandout } from '../../../src/client/handout.ts';
import { PAPERS, PRINT_VIEW_READY, paperOf, printViewQuery, READ_PRINTED_PAGES, READY_FLAG } from '../../../src/site/print-view.ts';

const PX_PER_MM = 96 / 25.4;
const MARGIN_MM = 14;
/** Paper minus its margins, in CSS pixels. */
const PRINTABLE = {
  a4: { width: (210 - 2 * MARGIN_MM) * PX_PER_MM, height: (297 - 2 * MARGIN_MM) * PX_PER_MM },
  letter: { width: 8.5 * 96 - 2 * MARGIN_MM * PX_PER_MM, height: 11 * 96 - 2 * MARGIN_MM * PX_PER_MM },
};
/** The frame's 1px border each side (handout.css). */
const BORDER = 1;
const SLIDE = { width: 1000, height: 750 };

describe('paperOf', () => {
  it.each([
    ['a4', 'a4'],
    ['A4', 'a4'],
    ['letter', 'letter'],
    ['Letter', 'letter'],
  ])('%s is %s', (value, paper) => {
    expect(paperOf(value)).toBe(paper);
  });

  it.each([undefined, '', 'legal', 'a5', true, 'constructor', 'toString'])('%j is no handout', (value) => {
    expect(paperOf(value)).toBeUndefined();
  });
});

describe("the print view's contract", () => {
  it('asks reveal for a page per step, a page per slide, or the handout on a paper', () => {
    expect(printViewQuery({ steps: true })).toBe('?print-pdf');
    expect(printViewQuery({ steps: false })).toBe('?print-pdf&pdfSeparateFragments=false');
    // A handout sheet shows the slide once, every step lit, whatever `steps` says.
    expect(printViewQuery({ steps: true, handout: 'letter' })).toBe('?print-pdf&pdfSeparateFragments=false&handout=letter');
    const query = new URLSearchParams(printViewQuery({ steps: false, handout: 'a4' }));
    expect([...query.keys()]).toEqual(['print-pdf', 'pdfSeparateFragments', 'handout']);
    expect(paperOf(query.get('handout'))).toBe('a4');
  });

  it('names papers by the size @page takes, in CSS pixels', () => {
    expect(PAPERS.a4).toEqual({ size: 'A4', width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 });
    expect(PAPERS.letter).toEqual({ size: 'letter', width: 816, height: 1056 });
  });

  it('reads the marked pages in print order, and is ready only once the flag is up and every image is in', async () => {
    document.documentElement.removeAttribute(`data-print-ready`);
    document.body.innerHTML = `<div class="reveal"><div class="slides">
      <div class="pdf-page" data-slide="0/0" data-step="0" data-pages="1"></div>
      <div class="pdf-page"></div>
      <div class="pdf-page" data-slide="1/2" data-step="3" data-pages="2"></div></div></div>`;
    const read = new Function(`return ${READ_PRINTED_PAGES}`) as () => unknown;
    expect(read()).toEqual([
      { slide: '0/0', step: 0, pages: 1 },
      { slide: '1/2', step: 3, pages: 2 },
    ]);
    // happy-dom loads no fonts and lists no images: the fonts are in at once, the image comes later.
    const image = { complete: false };
    Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() }, configurable: true });
    Object.defineProperty(document, 'images', { value: [image], configurable: true });
    let ready = false;
    (new Function(`return ${PRINT_VIEW_READY}`) as () => Promise<boolean>)().then((value) => {
      ready = value;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ready).toBe(false);
    document.documentElement.dataset[READY_FLAG] = 'true';
    expect(document.documentElement.getAttribute('data-print-ready')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ready).toBe(false);
    image.complete = true;
    await vi.waitFor(() => expect(ready).toBe(true));
    Reflect.deleteProperty(document, 'fonts');
    Reflect.deleteProperty(document, 'images');
  });
});

/** The print view as Reveal leaves it: one `.pdf-page` per slide, each the slide's size. */
function printView(notes: (string | undefined)[]): HTMLElement {
  document.head.innerHTML = '';
  document.documentElement.className = '';
  document.body.innerHTML = `<div class="reveal"><div class="slides">${notes.map((n, i) => `<div class="pdf-page"><section><h2>Slide ${i + 1}</h2>${n === undefined ? '' : `<aside class="notes">${n}</aside>`}</section></div>`).join('')}</div></div>`;
  document.body.style.width = '1000px';
  document.body.style.height = '3000px';
  for (const page of document.querySelectorAll<HTMLElement>('.pdf-page')) {
    Object.defineProperty(page, 'offsetWidth', { configurable: true, value: SLIDE.width });
    Object.defineProperty(page, 'offsetHeight', { configurable: true, value: SLIDE.height });
  }
  return document.querySelector<HTMLElement>('.reveal')!;
}

const sheets = () => [...document.querySelectorAll<HTMLElement>('.slides > article.handout-sheet')];

describe('layoutHandout', () => {
  /** A sheet's height: the slide's frame plus 40px a paragraph of notes (the fake DOM has no layout). */
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      if (!this.classList.contains('handout-sheet')) return 0;
      // A test may give a sheet its height outright.
      const given = this.querySelector<HTMLElement>('[data-sheet-height]')?.dataset.sheetHeight;
      if (given) return Number(given);
      const frame = this.querySelector<HTMLElement>('.handout-slide');
      return parseFloat(frame?.style.height ?? '0') + 40 * this.querySelectorAll('.handout-notes p').length;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('sets the paper size and margins for print, and turns the handout look on', () => {
    layoutHandout(printView(['<p>n</p>']), 'a4');
    expect(document.head.querySelector('style')?.textContent).toBe('@page { size: A4 portrait; margin: 14mm; }');
    expect(document.documentElement.classList.contains('deck-handout')).toBe(true);
    layoutHandout(printView(['<p>n</p>']), 'letter');
    expect(document.head.querySelector('style')?.textContent).toBe('@page { size: letter portrait; margin: 14mm; }');
  });

  it.each(['a4', 'letter'] as const)('on %s, gives each slide a sheet as wide as the paper inside its margins, the slide scaled to fit', (paper) => {
    layoutHandout(printView(['<p>one</p>', undefined]), paper);
    const { width } = PRINTABLE[paper];
    const zoom = (width - 2 * BORDER) / SLIDE.width;
    expect(sheets()).toHaveLength(2);
    for (const sheet of sheets()) {
      expect(parseFloat(sheet.style.width)).toBeCloseTo(width, 6);
      const frame = sheet.querySelector<HTMLElement>(':scope > .handout-slide')!;
      expect(parseFloat(frame.style.width) + 2 * BORDER).toBeCloseTo(width, 6);
      // Scaled, not stretched: the frame keeps the slide's shape.
      expect(parseFloat(frame.style.height) / parseFloat(frame.style.width)).toBeCloseTo(SLIDE.height / SLIDE.width, 9);
      const unit = frame.querySelector<HTMLElement>(':scope > .pdf-page')!;
      expect(unit.style.width).toBe(`${SLIDE.width}px`);
      expect(Number(unit.style.zoom)).toBeCloseTo(zoom, 9);
    }
    // Reveal sized the body for its slides; the paper's width is the page's now.
    expect([document.body.style.width, document.body.style.height]).toEqual(['', '']);
  });

  it('prints the speaker notes beneath their slide, and nothing under a slide without notes', () => {
    layoutHandout(printView(['<ul><li>First point</li></ul>', undefined, '  ', '<p>Last</p>']), 'a4');
    const notes = sheets().map((sheet) => sheet.querySelector(':scope > .handout-slide + .handout-notes')?.innerHTML);
    expect(notes).toEqual(['<ul><li>First point</li></ul>', undefined, undefined, '<p>Last</p>']);
    expect(sheets().map((sheet) => sheet.querySelector('.handout-slide h2')?.textContent)).toEqual(['Slide 1', 'Slide 2', 'Slide 3', 'Slide 4']);
  });

  it('counts a second sheet of paper for notes that run past the first', () => {
    const { height } = PRINTABLE.a4;
    const frame = ((PRINTABLE.a4.width - 2 * BORDER) * SLIDE.height) / SLIDE.width;
    // Paragraphs of 40px: how many fill the rest of the first sheet, and one more.
    const fit = Math.floor((height - frame) / 40);
    const paragraphs = (n: number) => '<p>note</p>'.repeat(n);
    layoutHandout(printView([paragraphs(0), paragraphs(fit), paragraphs(fit + 1), paragraphs(fit + 1 + Math.ceil(height / 40))]), 'a4');
    const pages = [...document.querySelectorAll<HTMLElement>('.pdf-page')].map((p) => p.dataset.pages);
    expect(pages).toEqual(['1', '1', '2', '3']);
  });

  it('counts a sheet exactly one page tall as one, and one 2% taller as two', () => {
    const { height } = PRINTABLE.a4;
    printView([undefined, undefined, undefined]);
    const pages = [...document.querySelectorAll<HTMLElement>('.pdf-page')];
    [height, height * 1.005, height * 1.02].forEach((h, i) => {
      pages[i].dataset.sheetHeight = String(h);
    });
    layoutHandout(document.querySelector<HTMLElement>('.reveal')!, 'a4');
    expect(pages.map((p) => p.dataset.pages)).toEqual(['1', '1', '2']);
  });

  it('leaves a print view without slides as it is, but still in the handout look', () => {
    document.body.innerHTML = '<div class="reveal"><div class="slides"></div></div>';
    layoutHandout(document.querySelector<HTMLElement>('.reveal')!, 'a4');
    expect(document.documentElement.classList.contains('deck-handout')).toBe(true);
    expect(document.querySelector('.slides')?.children).toHaveLength(0);
  });
});
