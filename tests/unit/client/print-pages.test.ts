// @vitest-environment happy-dom
// Print view bookkeeping: each printed page says which slide and step it shows and how many sheets
// of paper it takes, and links to other slides jump to their page. Page heights are stubbed (no
// layout in a fake DOM); pdf.spec.ts checks the printed PDF's outline and links in Chromium.
import { beforeEach, describe, expect, it } from 'vitest';
import { linkPages, markSlides, numberPages } from '../../../src/client/print-pages.ts';

const PAGE = 750;

/** The deck before print layout: stack 0 one slide, stack 1 two vertical slides, stack 2 one slide. */
function deck(): HTMLElement {
  document.body.innerHTML = `<div class="reveal"><div class="slides">
<section id="intro"><h1>Intro</h1><a href="#/1/1">down</a></section>
<section><section><p>A</p></section><section id="named-slide"><p>B</p></section></section>
<section><p>C</p><span class="fragment">x</span></section>
</div></div>`;
  return document.querySelector<HTMLElement>('.slides')!;
}

/** What Reveal's print layout does: a `.pdf-page` per slide and one more per fragment step. */
function layOutPages(
  slides: HTMLElement,
  stepsOf: (slide: HTMLElement) => number = () => 1,
  heightOf: (slide: HTMLElement) => number = () => PAGE,
): HTMLElement[] {
  const leaves = [...slides.querySelectorAll<HTMLElement>('section')].filter((s) => !s.querySelector('section'));
  const pages = leaves.flatMap((slide) =>
    Array.from({ length: stepsOf(slide) }, () => {
      const page = document.createElement('div');
      page.className = 'pdf-page';
      page.append(slide.cloneNode(true));
      Object.defineProperty(page, 'offsetHeight', { value: heightOf(slide) });
      return page;
    }),
  );
  slides.replaceChildren(...pages);
  return pages;
}

const marks = (pages: HTMLElement[]) => pages.map(({ id, dataset }) => ({ id, slide: dataset.slide, step: dataset.step, pages: dataset.pages }));

describe('markSlides', () => {
  it("marks each slide with its place h/v: a stack's slides by their place in it", () => {
    const slides = deck();
    markSlides(slides);
    const leaves = [...slides.querySelectorAll<HTMLElement>('section')].filter((s) => !s.querySelector('section'));
    expect(leaves.map((s) => s.dataset.printSlide)).toEqual(['0/0', '1/0', '1/1', '2/0']);
    // The stack itself is no slide.
    expect(slides.querySelector<HTMLElement>(':scope > section:nth-child(2)')?.dataset.printSlide).toBeUndefined();
  });
});

describe('numberPages', () => {
  let slides: HTMLElement;
  beforeEach(() => {
    slides = deck();
    markSlides(slides);
  });

  it('numbers each page by slide and step, one sheet each', () => {
    const pages = layOutPages(slides, (s) => (s.querySelector('.fragment') ? 2 : 1));
    numberPages(slides);
    expect(marks(pages)).toEqual([
      { id: 'print-0-0-0', slide: '0/0', step: '0', pages: '1' },
      { id: 'print-1-0-0', slide: '1/0', step: '0', pages: '1' },
      { id: 'print-1-1-0', slide: '1/1', step: '0', pages: '1' },
      { id: 'print-2-0-0', slide: '2/0', step: '0', pages: '1' },
      { id: 'print-2-0-1', slide: '2/0', step: '1', pages: '1' },
    ]);
  });

  it("counts the sheets of a slide taller than one page, by the shortest page's height", () => {
    const pages = layOutPages(slides, undefined, (s) => (s.id === 'named-slide' ? 3 * PAGE : PAGE));
    numberPages(slides);
    expect(pages.map((p) => p.dataset.pages)).toEqual(['1', '1', '3', '1']);
  });

  it('rounds a page a little taller or shorter to the nearest number of sheets', () => {
    const pages = layOutPages(slides, undefined, (s) => (s.id === 'named-slide' ? 2.4 * PAGE : s.id === 'intro' ? 1.6 * PAGE : PAGE));
    numberPages(slides);
    expect(pages.map((p) => p.dataset.pages)).toEqual(['2', '1', '2', '1']);
  });

  it('keeps a sheet count the handout already set', () => {
    const pages = layOutPages(slides);
    pages[0].dataset.pages = '2';
    numberPages(slides);
    expect(pages.map((p) => p.dataset.pages)).toEqual(['2', '1', '1', '1']);
  });

  it('leaves a page that shows no marked slide alone', () => {
    const pages = layOutPages(slides);
    const stray = document.createElement('div');
    stray.className = 'pdf-page';
    Object.defineProperty(stray, 'offsetHeight', { value: PAGE });
    slides.append(stray);
    numberPages(slides);
    expect(stray.id).toBe('');
    expect(stray.dataset.slide).toBeUndefined();
    expect(marks(pages).map((m) => m.id)).toEqual(['print-0-0-0', 'print-1-0-0', 'print-1-1-0', 'print-2-0-0']);
  });
});

describe('linkPages', () => {
  let slides: HTMLElement;
  const link = (href: string) => {
    const a = document.createElement('a');
    a.setAttribute('href', href);
    slides.querySelector('.pdf-page')!.append(a);
    return a;
  };
  beforeEach(() => {
    slides = deck();
    markSlides(slides);
    layOutPages(slides, (s) => (s.querySelector('.fragment') ? 3 : 1));
    numberPages(slides);
  });

  it("points a link to a slide at that slide's first page", () => {
    linkPages(slides);
    expect(slides.querySelector('.pdf-page a')?.getAttribute('href')).toBe('#print-1-1-0');
    expect(link('#/2').getAttribute('href')).toBe('#/2');
    linkPages(slides);
    expect(slides.querySelector('a[href="#/2"]')).toBeNull();
    expect(slides.querySelectorAll('a')[1].getAttribute('href')).toBe('#print-2-0-0');
  });

  it("points `#/h/v/f` at the page after fragment f is shown, or the slide's first page past its last", () => {
    const [shown, past, top] = [link('#/2/0/0'), link('#/2/0/7'), link('#/1')];
    linkPages(slides);
    expect([shown, past, top].map((a) => a.getAttribute('href'))).toEqual(['#print-2-0-1', '#print-2-0-0', '#print-1-0-0']);
  });

  it("points a link to a slide's id at its page, its name URL-decoded", () => {
    const named = link('#/named-slide');
    slides.querySelectorAll<HTMLElement>('section')[1].id = 'ça va';
    const encoded = link('#/%C3%A7a%20va');
    linkPages(slides);
    expect(named.getAttribute('href')).toBe('#print-1-1-0');
    expect(encoded.getAttribute('href')).toBe('#print-1-0-0');
  });

  it('leaves links out of the deck, to no slide, or to a slide that does not exist as they are', () => {
    const links = ['https://example.com/#/1', '#footnote-1', '#/nowhere', '#/9/9', '#/1/x'].map(link);
    linkPages(slides);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/#/1', '#footnote-1', '#/nowhere', '#/9/9', '#/1/x']);
  });
});

describe('linkPages in a long deck', () => {
  it('reads slide, vertical slide and step numbers of more than one digit', () => {
    // 12 stacks; the last has 11 slides below it; its 11th slide prints 12 steps.
    const stacks =
      Array.from({ length: 11 }, (_, h) => `<section><p>${h}</p></section>`).join('') +
      `<section>${Array.from({ length: 11 }, (_, v) => `<section><p>11/${v}</p></section>`).join('')}</section>`;
    document.body.innerHTML = `<div class="reveal"><div class="slides">${stacks}</div></div>`;
    const slides = document.querySelector<HTMLElement>('.slides')!;
    markSlides(slides);
    layOutPages(slides, (s) => (s.dataset.printSlide === '11/10' ? 12 : 1));
    numberPages(slides);
    const links = ['#/10', '#/11/10', '#/11/10/10'].map((href) => {
      const a = document.createElement('a');
      a.setAttribute('href', href);
      slides.append(a);
      return a;
    });
    linkPages(slides);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#print-10-0-0', '#print-11-10-0', '#print-11-10-11']);
  });
});
