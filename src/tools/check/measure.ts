// Runs inside the print view (`?print-pdf`, every slide and code step a `.pdf-page`): what a
// reader of each page would miss. Self-contained: Playwright sends this function to the page.

/** One finding on one printed page, before it is placed in the deck's source. */
export interface PageFinding {
  kind: 'overflow' | 'hidden-highlight' | 'broken-image' | 'small-text';
  /** `h/v` of the slide the page shows, and its code step (0: the slide as it opens). */
  slide: string;
  step: number;
  detail: string;
  /** The file a `broken-image` finding names, as the slide wrote it. */
  url?: string;
}

export interface MeasureOptions {
  /** The printed pages' selector (site/print-view.ts): this function runs in the page, apart from its imports. */
  pages: string;
  /** Text smaller than this share of the slide's height is too small to read (16 px on a 750 px slide). */
  minFontShare: number;
  /** The slide's height in CSS pixels (Reveal's `height`): a printed section is only as tall as its content. */
  height: number;
}

export function measurePages(options: MeasureOptions): PageFinding[] {
  const findings: PageFinding[] = [];
  const SLACK = 1; // sub-pixel rounding
  const nameOf = (element: Element): string => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const name = element.tagName.toLowerCase();
    if (name === 'img') return `image ${element.getAttribute('src') ?? ''}`;
    return text ? `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”` : `<${name}>`;
  };
  /** Inside a scroll box of the slide (a long code block): clipped on purpose, not overflowing. */
  const scrolls = (element: Element, section: Element): boolean => {
    for (let e = element.parentElement; e && e !== section; e = e.parentElement) {
      if (getComputedStyle(e).overflow !== 'visible') return true;
    }
    return false;
  };
  const shown = (element: Element): boolean => element.checkVisibility({ visibilityProperty: true, opacityProperty: false });

  for (const page of document.querySelectorAll<HTMLElement>(options.pages)) {
    const slide = page.dataset.slide ?? '';
    const step = Number(page.dataset.step ?? 0);
    const section = page.querySelector<HTMLElement>('section[data-print-slide]');
    if (!section) continue;
    const add = (kind: PageFinding['kind'], detail: string, url?: string) => findings.push({ kind, slide, step, detail, ...(url ? { url } : {}) });
    const pages = Number(page.dataset.pages ?? 1);
    if (pages > 1) add('overflow', `the slide is taller than the deck's height: it takes ${pages} printed pages`);
    const box = section.getBoundingClientRect();
    const width = section.offsetWidth;
    const off = [...section.querySelectorAll('*')].find((element) => {
      if (!shown(element) || scrolls(element, section) || element.closest('.footnotes, aside.notes')) return false;
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.right > box.left + width + SLACK || rect.left < box.left - SLACK);
    });
    if (off) add('overflow', `${nameOf(off)} runs off the slide's side`);

    for (const code of section.querySelectorAll<HTMLElement>('pre.code-wrapper > code')) {
      if (!shown(code)) continue;
      const frame = code.getBoundingClientRect();
      const rows = [...code.querySelectorAll<HTMLElement>('tr.highlight-line')];
      const hidden = rows.find((row) => {
        const rect = row.getBoundingClientRect();
        return rect.top < frame.top - SLACK || rect.bottom > frame.bottom + SLACK || rect.bottom > page.getBoundingClientRect().top + options.height + SLACK;
      });
      if (hidden)
        add(
          'hidden-highlight',
          `highlighted line ${hidden.querySelector('[data-line-number]')?.getAttribute('data-line-number') ?? ''} is out of view`.replace(
            ' line  is',
            ' line is',
          ),
        );
    }

    for (const img of section.querySelectorAll<HTMLImageElement>('img')) {
      // Off the site, it is a `remote-url` warning already, and whether it loads depends on the network.
      if (!img.complete || img.naturalWidth > 0 || (img.currentSrc && new URL(img.currentSrc).origin !== location.origin)) continue;
      const src = img.getAttribute('data-src') ?? img.getAttribute('src') ?? '';
      add('broken-image', `${src || 'an image'} did not load: is it an image file?`, src);
    }

    const minFontPx = options.minFontShare * options.height;
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    const small = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Only text a reader sees: KaTeX lays out math with zero-width spaces in 1 px struts.
      if (!parent || !/[^\s\u200b-\u200d\u2060\ufeff]/u.test(node.textContent ?? '') || small.has(parent) || parent.closest('aside.notes') || !shown(parent))
        continue;
      const size = Number.parseFloat(getComputedStyle(parent).fontSize);
      if (size < minFontPx - 0.05) small.add(parent);
    }
    const [first] = small;
    if (first) {
      const size = Number.parseFloat(getComputedStyle(first).fontSize).toFixed(1);
      add(
        'small-text',
        `${nameOf(first)} is ${size} px at the deck's size (under ${minFontPx.toFixed(1)} px)${small.size > 1 ? `, and ${small.size - 1} more` : ''}`,
      );
    }
  }
  return findings;
}
