// @vitest-environment happy-dom
// The print view plugin (`?print-pdf`): every printed slide shown to assistive technology, code
// steps merged onto one page when steps are not printed one page each, the handout laid out, pages
// numbered and linked, and a mark that the print is ready. pdf.spec.ts prints the talk in Chromium.
import { beforeEach, describe, expect, it } from 'vitest';
import { PrintView } from '../../../src/client/print-view.ts';
import { codeBlock, FakeReveal } from './fake-reveal.ts';

/** The print view after Reveal's layout: a `.pdf-page` per slide, slides not current still hidden. */
function printedDeck(): void {
  document.documentElement.className = '';
  delete document.documentElement.dataset.printReady;
  document.body.innerHTML = `<div class="reveal"><div class="slides">
<section><h1>Title</h1><a href="#/1">next</a></section>
<section hidden aria-hidden="true">${codeBlock(4, [[1], [2, 3], [], [4]])}</section>
<section hidden aria-hidden="true">${codeBlock(3, [[], [2]])}${codeBlock(2, [[2]])}</section>
</div></div>`;
}

/** Reveal's print layout, run between the plugin's init and `pdf-ready`: one page per slide. */
function layOutPages(): void {
  const slides = document.querySelector('.slides');
  slides?.replaceChildren(
    ...[...(slides?.querySelectorAll(':scope > section') ?? [])].map((section) => {
      const page = document.createElement('div');
      page.className = 'pdf-page';
      page.append(section);
      return page;
    }),
  );
}

const highlighted = (code: Element) => [...code.querySelectorAll('tr')].flatMap((row, i) => (row.classList.contains('highlight-line') ? [i + 1] : []));
const lastSteps = () => [...document.querySelectorAll('pre.code-wrapper')].map((pre) => [...pre.querySelectorAll(':scope > code')].pop()!);

function print(config: Record<string, unknown>): FakeReveal {
  const reveal = new FakeReveal({ config: { view: 'print', ...config } }).start(PrintView());
  layOutPages();
  reveal.emit('pdf-ready');
  return reveal;
}

describe('PrintView plugin', () => {
  beforeEach(printedDeck);

  it('is the plugin `print-view`', () => {
    expect(PrintView().id).toBe('print-view');
  });

  it('does nothing outside the print view', () => {
    const reveal = new FakeReveal({ config: {} }).start(PrintView());
    expect(reveal.listens('pdf-ready')).toBe(false);
    expect(document.querySelector('[data-print-slide]')).toBeNull();
  });

  it('shows every printed slide to assistive technology and says when the print is ready', () => {
    print({});
    expect(document.querySelectorAll('.slides section[hidden], .slides section[aria-hidden]')).toHaveLength(0);
    expect(document.documentElement.dataset.printReady).toBe('true');
  });

  it('numbers the pages and points links to slides at their page', () => {
    print({});
    expect([...document.querySelectorAll<HTMLElement>('.pdf-page')].map((p) => p.id)).toEqual(['print-0-0-0', 'print-1-0-0', 'print-2-0-0']);
    expect(document.querySelector('a')?.getAttribute('href')).toBe('#print-1-0-0');
  });

  it('with steps one page each (the default), prints each step as it is', () => {
    print({ pdfSeparateFragments: true });
    expect(lastSteps().map(highlighted)).toEqual([[4], [2], [2]]);
  });

  it('with pdfSeparateFragments=false, the one page of a block lights every line any step lights', () => {
    print({ pdfSeparateFragments: false });
    expect(lastSteps().map(highlighted)).toEqual([[1, 2, 3, 4], [2], [2]]);
    expect(lastSteps().map((code) => code.classList.contains('has-highlights'))).toEqual([true, true, true]);
  });

  it('with pdfSeparateFragments=false, merges a block of two steps, and dims a last step that lit nothing', () => {
    document.querySelectorAll('.slides > section')[2].innerHTML = codeBlock(3, [[1], [3]]) + codeBlock(3, [[2], []]);
    print({ pdfSeparateFragments: false });
    expect(lastSteps().slice(1).map(highlighted)).toEqual([[1, 3], [2]]);
    expect(
      lastSteps()
        .slice(1)
        .map((code) => code.classList.contains('has-highlights')),
    ).toEqual([true, true]);
  });

  it('with pdfSeparateFragments=false, a block whose steps light nothing stays undimmed', () => {
    document.querySelectorAll('.slides > section')[2].innerHTML = codeBlock(3, [[], []]);
    print({ pdfSeparateFragments: false });
    expect(highlighted(lastSteps()[1])).toEqual([]);
    expect(lastSteps()[1].classList.contains('has-highlights')).toBe(false);
  });

  it('prints without breaking when Reveal gives no deck element', () => {
    document.body.innerHTML = '';
    expect(() => print({ pdfSeparateFragments: false })).not.toThrow();
  });

  it('lays out the handout when the URL asks for one (`handout=a4`), and not otherwise', () => {
    print({ handout: 'a4' });
    expect(document.querySelectorAll('.slides > article.handout-sheet')).toHaveLength(3);
    printedDeck();
    print({ handout: 'tabloid' });
    expect(document.querySelectorAll('.handout-sheet')).toHaveLength(0);
  });
});
