// Runs inside the print view (`?print-pdf`, every slide and code step a `.pdf-page`): each page
// read as the shapes of model.ts, where the browser drew them. Self-contained: the export sends
// this function's text to the page, with page-text.ts's reader of text (and the page's `__name`).
import type { Box, PageReading, Paragraph, Shape, SlideModel, TableShape } from './model.ts';
import type { TextReader } from './page-text.ts';

export interface ReadOptions {
  /** The printed pages' selector (site/print-view.ts). */
  pages: string;
}

export function readSlides(options: ReadOptions, text: TextReader): PageReading {
  const { colour, font, generic, shown, px, isPicture, isBlock, runOf, runsOf, paragraph, hasText } = text;
  const MARKERS: Record<string, string> = { disc: '•', circle: '◦', square: '▪' };

  let origin = new DOMRect();
  const boxOf = (rect: DOMRect): Box => ({ x: rect.left - origin.left, y: rect.top - origin.top, w: rect.width, h: rect.height });
  /** The content box: the text's room inside padding and border. */
  const contentBox = (element: Element): Box => {
    const s = getComputedStyle(element);
    const b = boxOf(element.getBoundingClientRect());
    const [top, right, bottom, left] = [s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft].map((v) => px(v, 0));
    const [bt, br, bb, bl] = [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth].map((v) => px(v, 0));
    return { x: b.x + left + bl, y: b.y + top + bt, w: b.w - left - right - bl - br, h: b.h - top - bottom - bt - bb };
  };

  /** Where an element's own text lies (its nested lists excluded), for the space between list items. */
  const ownLines = (element: Element): { top: number; bottom: number } | undefined => {
    const range = document.createRange();
    let top = Number.POSITIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('ul, ol') !== element.closest('ul, ol') || !node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        top = Math.min(top, rect.top);
        bottom = Math.max(bottom, rect.bottom);
      }
    }
    return top < bottom ? { top, bottom } : undefined;
  };

  const listParagraphs = (list: Element, level: number, into: Paragraph[], pictures: Element[], last: { bottom?: number }) => {
    const numbered = list.matches('ol');
    const start = Number(list.getAttribute('start') ?? 1);
    const marker = getComputedStyle(list).listStyleType;
    const nested = list.querySelector(':scope > li > ul, :scope > li > ol');
    const em = px(getComputedStyle(list).fontSize, 16);
    const measured = nested ? nested.getBoundingClientRect().left - list.getBoundingClientRect().left : em * 1.2;
    // A number needs more room than a bullet: PowerPoint sets it in the hanging indent, not outside.
    const indent = numbered ? Math.max(measured, em * 1.6) : measured;
    [...list.children].forEach((item, i) => {
      if (!(item instanceof HTMLLIElement) || !shown(item)) return;
      const runs = runsOf(item, pictures, false);
      const lines = ownLines(item);
      const bullet: Paragraph['bullet'] = marker === 'none' ? undefined : numbered ? { type: 'number', start: item.value || start + i } : { type: 'bullet' };
      if (hasText(runs)) {
        const spaceBefore = lines && last.bottom !== undefined ? Math.max(0, lines.top - last.bottom) : 0;
        const char = bullet?.type === 'bullet' ? MARKERS[marker] : undefined;
        into.push(paragraph(item, runs, { bullet, level, indent, spaceBefore, ...(char ? { marker: char } : {}) }));
        if (lines) last.bottom = lines.bottom;
      }
      for (const sub of item.querySelectorAll(':scope > ul, :scope > ol')) if (shown(sub)) listParagraphs(sub, level + 1, into, pictures, last);
    });
    return indent;
  };

  const code = (pre: Element, shapes: Shape[]) => {
    const block = [...pre.querySelectorAll(':scope > code')].filter(shown).pop() ?? pre;
    const s = getComputedStyle(block);
    const frame = block.getBoundingClientRect();
    const fill = colour(s.backgroundColor);
    if (fill) shapes.push({ kind: 'rect', box: boxOf(frame), fill, role: 'code background' });
    const rows = [...block.querySelectorAll('table.hljs-ln tr')].filter((row) => {
      // Only the rows in view: a tall block shows a window of its lines, scrolled to the highlight.
      const r = row.getBoundingClientRect();
      return r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1;
    });
    const lines: Paragraph[] = [];
    const numbers: Paragraph[] = [];
    let wrapped = 0;
    for (const row of rows) {
      const cell = row.querySelector('.hljs-ln-code');
      const number = row.querySelector('.hljs-ln-numbers');
      if (!cell) continue;
      const band = colour(getComputedStyle(cell).backgroundColor);
      if (band && band !== fill) shapes.push({ kind: 'rect', box: boxOf(row.getBoundingClientRect()), fill: band, role: 'highlighted line' });
      // The highlighted line's mark: an inset shadow on its number, `<colour> <width>px 0px 0px 0px inset`.
      const mark = number && /^(.*\)) ([\d.]+)px 0px 0px 0px inset$/.exec(getComputedStyle(number).boxShadow);
      const markColour = mark ? colour(mark[1]) : undefined;
      if (number && mark && markColour)
        shapes.push({ kind: 'rect', box: { ...boxOf(number.getBoundingClientRect()), w: Number(mark[2]) }, fill: markColour, role: 'line mark' });
      // A long line wraps onto more rows of the code's line height; its number stands on the first,
      // and the next number below all of them.
      const line = paragraph(cell, runsOf(cell, [], true), { align: 'left' });
      lines.push(line);
      const label = number?.querySelector('[data-line-number]')?.getAttribute('data-line-number') ?? '';
      if (number) numbers.push(paragraph(number, [runOf(label, number)], { lineHeight: line.lineHeight, spaceBefore: wrapped }));
      wrapped = Math.max(0, row.getBoundingClientRect().height - line.lineHeight);
    }
    const first = rows[0]?.querySelector('.hljs-ln-code');
    const numberCell = rows[0]?.querySelector('.hljs-ln-numbers');
    if (first && rows[0]) {
      const top = rows[0].getBoundingClientRect().top;
      const at = (cell: Element): Box => ({ ...contentBox(cell), y: top - origin.top, h: frame.bottom - top });
      // Numbers never wrap: a substitute font a hair wider must not break `10` in two.
      if (numberCell && numbers.length > 0) shapes.push({ kind: 'text', box: at(numberCell), paragraphs: numbers, role: 'line numbers', nowrap: true });
      shapes.push({ kind: 'text', box: at(first), paragraphs: lines, role: 'code' });
    } else {
      // A block without the line table: its lines are its text's.
      const runs = runsOf(block, [], true);
      const paragraphs: Paragraph[] = [paragraph(block, [])];
      for (const run of runs)
        run.text.split('\n').forEach((part, i) => {
          if (i > 0) paragraphs.push(paragraph(block, []));
          if (part) paragraphs[paragraphs.length - 1].runs.push({ ...run, text: part });
        });
      shapes.push({ kind: 'text', box: contentBox(block), paragraphs, role: 'code' });
    }
  };

  const table = (element: HTMLTableElement): TableShape => {
    const rows = [...element.rows].filter(shown);
    // Tables shrink to their text: a substitute font (DejaVu Sans for Source Sans Pro is a fifth
    // wider) would wrap every cell, so the columns get that much more room about the same centre.
    const SLACK = 1.2;
    const columns = [...(rows[0]?.cells ?? [])].map((cell) => cell.getBoundingClientRect().width * SLACK);
    const edge = (width: string, css: string) => (px(width, 0) > 0 ? colour(css) : undefined);
    const b = boxOf(element.getBoundingClientRect());
    return {
      kind: 'table',
      box: { ...b, x: b.x - (b.w * (SLACK - 1)) / 2, w: b.w * SLACK },
      columns,
      rows: rows.map((row) => ({
        height: row.getBoundingClientRect().height,
        cells: [...row.cells].map((cell) => {
          const s = getComputedStyle(cell);
          const fill = colour(s.backgroundColor) ?? colour(getComputedStyle(row).backgroundColor);
          const borders = {
            top: edge(s.borderTopWidth, s.borderTopColor),
            right: edge(s.borderRightWidth, s.borderRightColor),
            bottom: edge(s.borderBottomWidth, s.borderBottomColor),
            left: edge(s.borderLeftWidth, s.borderLeftColor),
          };
          const padding = [s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft].map((v) => px(v, 0)) as [number, number, number, number];
          return { paragraphs: [paragraph(cell, runsOf(cell, [], false))], borders, padding, ...(fill ? { fill } : {}) };
        }),
      })),
    };
  };

  const picture = (element: Element): Shape => ({
    kind: 'picture',
    box: boxOf(element.getBoundingClientRect()),
    alt: element.getAttribute('alt') ?? element.getAttribute('aria-label') ?? element.querySelector('annotation')?.textContent ?? '',
  });

  const blocks = (parent: Element, shapes: Shape[]) => {
    for (const element of parent.children) {
      if (!shown(element) || element.matches('aside.notes, script, style, template')) continue;
      const pictures: Element[] = [];
      if (element.matches('hr')) {
        const s = getComputedStyle(element);
        const fill = colour(s.borderTopColor);
        const b = boxOf(element.getBoundingClientRect());
        if (fill) shapes.push({ kind: 'rect', box: { ...b, h: Math.max(1, px(s.borderTopWidth, 1)) }, fill, role: 'rule' });
      } else if (element.matches('ul, ol')) {
        const paragraphs: Paragraph[] = [];
        const indent = listParagraphs(element, 0, paragraphs, pictures, {});
        const b = contentBox(element);
        // Reveal's lists shrink to their text (inline-block): a wider substitute font would wrap
        // them, so the box reaches to the right edge of the list's container.
        const room = element.parentElement ? contentBox(element.parentElement) : b;
        const w = Math.max(b.w, room.x + room.w - b.x) + indent;
        if (paragraphs.length > 0) shapes.push({ kind: 'text', box: { ...b, x: b.x - indent, w }, paragraphs, role: 'list' });
      } else if (element instanceof HTMLTableElement) shapes.push(table(element));
      else if (element.matches('pre')) code(element, shapes);
      else if (isPicture(element)) pictures.push(element);
      else if ([...element.children].some((child) => shown(child) && isBlock(child))) blocks(element, shapes);
      else {
        const runs = runsOf(element, pictures, false);
        const fill = colour(getComputedStyle(element).backgroundColor);
        const role = /^H[1-6]$/.test(element.tagName) ? 'heading' : 'text';
        if (hasText(runs)) shapes.push({ kind: 'text', box: contentBox(element), paragraphs: [paragraph(element, runs)], role, ...(fill ? { fill } : {}) });
      }
      shapes.push(...pictures.map(picture));
    }
  };

  const notes = (aside: Element | null): string[] => {
    const lines: string[] = [];
    const lineOf = (element: Element) =>
      runsOf(element, [], false)
        .map((r) => r.text + (r.breakAfter ? '\n' : ''))
        .join('');
    const list = (element: Element, level: number) => {
      [...element.children].forEach((item, i) => {
        const marker = element.matches('ol') ? `${(item as HTMLLIElement).value || i + 1}. ` : '• ';
        lines.push(`${'    '.repeat(level)}${marker}${lineOf(item)}`);
        for (const sub of item.querySelectorAll(':scope > ul, :scope > ol')) list(sub, level + 1);
      });
    };
    const visit = (element: Element) => {
      for (const child of element.children) {
        if (child.matches('ul, ol')) list(child, 0);
        else lines.push(lineOf(child));
      }
    };
    if (aside) {
      visit(aside);
      if (lines.length === 0 && aside.textContent?.trim()) lines.push(aside.textContent.trim());
    }
    return lines.filter((line) => line.trim() !== '');
  };

  const slides: SlideModel[] = [];
  for (const unit of document.querySelectorAll<HTMLElement>(options.pages)) {
    origin = unit.getBoundingClientRect();
    const section = unit.querySelector('section[data-print-slide]');
    if (!section) continue;
    const shapes: Shape[] = [];
    blocks(section, shapes);
    const number = unit.querySelector('.slide-number-pdf');
    if (number && shown(number))
      shapes.push({ kind: 'text', box: contentBox(number), paragraphs: [paragraph(number, runsOf(number, [], false))], role: 'slide number', nowrap: true });
    const backdrop = unit.querySelector(':scope > .slide-background');
    const background =
      (backdrop && colour(getComputedStyle(backdrop).backgroundColor)) ??
      colour(getComputedStyle(unit).backgroundColor) ??
      colour(getComputedStyle(document.body).backgroundColor) ??
      'FFFFFF';
    const drawn = [backdrop, backdrop?.querySelector('.slide-background-content')].some((e) => e && getComputedStyle(e).backgroundImage !== 'none');
    slides.push({
      slide: unit.dataset.slide ?? '',
      step: Number(unit.dataset.step ?? 0),
      origin: { x: origin.left + window.scrollX, y: origin.top + window.scrollY },
      background,
      ...(drawn ? { drawnBackground: true } : {}),
      shapes,
      notes: notes(section.querySelector(':scope > aside.notes')),
    });
  }
  const first = document.querySelector<HTMLElement>(options.pages);
  const heading = first?.ownerDocument.querySelector('.reveal .slides h1, .reveal .slides h2, .reveal .slides h3');
  const body = document.querySelector('.reveal .slides section');
  return {
    // Reveal sets the body to the printed page's size: the slide and its margin.
    width: px(document.body.style.width, first?.offsetWidth ?? 1040),
    height: px(document.body.style.height, first?.offsetHeight ?? 780),
    slides,
    fonts: {
      heading: heading ? font(getComputedStyle(heading)) : 'Arial',
      body: body ? font(getComputedStyle(body)) : 'Arial',
      generic: Object.fromEntries(generic),
    },
  };
}
