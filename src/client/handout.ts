// The handout (`?print-pdf&handout=a4|letter`): each slide, scaled to the paper's width, with its
// speaker notes beneath it in print-sized type, one sheet per slide.
import './handout.css';
import { PAPERS, type Paper } from '../site/print-view.ts';

/** The margin around the paper. */
const MARGIN_MM = 14;
const MARGIN = (MARGIN_MM / 25.4) * 96;
/** The frame's border (handout.css), inside the printable width. */
const FRAME_BORDER = 1;

export function layoutHandout(root: HTMLElement, paper: Paper): void {
  const { size, width, height } = PAPERS[paper];
  const style = document.createElement('style');
  style.textContent = `@page { size: ${size} portrait; margin: ${MARGIN_MM}mm; }`;
  document.head.append(style);
  document.documentElement.classList.add('deck-handout');
  const slides = root.querySelector('.slides');
  const pages = [...root.querySelectorAll<HTMLElement>('.slides > .pdf-page')];
  if (!slides || pages.length === 0) return;
  // Reveal sized the body for its own pages: measure one, then give the body the paper's width.
  const page = { width: pages[0].offsetWidth, height: pages[0].offsetHeight };
  document.body.style.width = '';
  document.body.style.height = '';
  // Sheets are laid out at the paper's printable width, so what is measured here is what prints.
  const printable = { width: width - 2 * MARGIN, height: height - 2 * MARGIN };
  const zoom = (printable.width - 2 * FRAME_BORDER) / page.width;
  const sheets = pages.map((unit) => {
    const sheet = document.createElement('article');
    sheet.className = 'handout-sheet';
    sheet.style.width = `${printable.width}px`;
    const frame = document.createElement('div');
    frame.className = 'handout-slide';
    frame.style.width = `${page.width * zoom}px`;
    frame.style.height = `${page.height * zoom}px`;
    unit.style.width = `${page.width}px`;
    unit.style.zoom = String(zoom);
    frame.append(unit);
    sheet.append(frame);
    const notes = unit.querySelector('section aside.notes');
    if (notes && notes.innerHTML.trim() !== '') {
      const text = document.createElement('div');
      text.className = 'handout-notes';
      text.innerHTML = notes.innerHTML;
      sheet.append(text);
    }
    return sheet;
  });
  slides.replaceChildren(...sheets);
  // Long notes run onto a second sheet of paper; the outline needs to know.
  sheets.forEach((sheet, i) => {
    pages[i].dataset.pages = String(Math.max(1, Math.ceil(sheet.offsetHeight / printable.height - 0.01)));
  });
}
