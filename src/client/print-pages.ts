// Print view bookkeeping: which slide and step each printed page shows, how many paper pages it
// takes, and links to other slides (`#/3/1`, `#/3/1/2`, `#/some-id`) turned into links to their page.
// Tools read the `data-*` marks (the PDF outline); Chromium turns the links into in-document jumps.

const SLIDE_MARK = 'printSlide';

/** Before Reveal lays out pages (and clones a slide per step), marks each slide with its `h/v`. */
export function markSlides(slides: Element): void {
  [...slides.querySelectorAll(':scope > section')].forEach((stack, h) => {
    const vertical = [...stack.querySelectorAll<HTMLElement>(':scope > section')];
    const leaves = vertical.length > 0 ? vertical : [stack as HTMLElement];
    leaves.forEach((slide, v) => {
      slide.dataset[SLIDE_MARK] = `${h}/${v}`;
    });
  });
}

/** After layout: each printed page gets `id`, `data-slide`, `data-step` and `data-pages`. */
export function numberPages(slides: Element): void {
  const pages = [...slides.querySelectorAll<HTMLElement>('.pdf-page')];
  // Reveal makes a page as tall as the number of paper pages its slide needs.
  const single = Math.min(...pages.map((page) => page.offsetHeight));
  const steps = new Map<string, number>();
  for (const page of pages) {
    const slide = page.querySelector<HTMLElement>('section[data-print-slide]')?.dataset[SLIDE_MARK];
    if (!slide) continue;
    const step = steps.get(slide) ?? 0;
    steps.set(slide, step + 1);
    page.id = `print-${slide.replace('/', '-')}-${step}`;
    page.dataset.slide = slide;
    page.dataset.step = String(step);
    page.dataset.pages ??= String(Math.max(1, Math.round(page.offsetHeight / single)));
  }
}

const RE_SLIDE_HASH = /^#\/(\d+)(?:\/(\d+))?(?:\/(\d+))?$/;

/** Points in-deck links at the printed page they name; links out of the deck stay as they are. */
export function linkPages(slides: Element): void {
  for (const link of slides.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]')) {
    const target = pageFor(slides, link.getAttribute('href') ?? '');
    if (target) link.setAttribute('href', `#${target.id}`);
  }
}

function pageFor(slides: Element, hash: string): HTMLElement | undefined {
  const numbers = RE_SLIDE_HASH.exec(hash);
  if (numbers) {
    const [, h, v = '0', f] = numbers;
    // `#/3/1/0` shows the first fragment: the page after the slide's first.
    const step = f === undefined ? 0 : Number(f) + 1;
    return slides.querySelector<HTMLElement>(`#print-${h}-${v}-${step}`) ?? slides.querySelector<HTMLElement>(`#print-${h}-${v}-0`) ?? undefined;
  }
  const named = document.getElementById(decodeURIComponent(hash.slice(2)));
  return named?.closest<HTMLElement>('.pdf-page') ?? undefined;
}
