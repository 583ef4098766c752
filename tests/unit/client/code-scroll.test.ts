// @vitest-environment happy-dom
// Code scrolling: a step's highlighted lines come into view inside a long block, on every step
// change and in print. The fake DOM has no layout, so rows and boxes get sizes (layOutCode);
// talk.spec.ts checks the same in Chromium with the theme's real sizes.
import { beforeEach, describe, expect, it } from 'vitest';
import { CodeScroll, scrollToHighlight } from '../../../src/client/code-scroll.ts';
import { codeBlock, FakeReveal, layOutCode } from './fake-reveal.ts';

const ROW = 30;
const BOX = 100;

/** The middle of the highlighted rows, in the block's own coordinates. */
function highlightMiddle(code: HTMLElement): number {
  const rows = [...code.querySelectorAll<HTMLElement>('tr.highlight-line')];
  const first = rows[0];
  const last = rows[rows.length - 1];
  return (first.offsetTop + last.offsetTop + last.offsetHeight) / 2;
}

/** Every highlighted row lies inside the block's visible box. */
function inView(code: HTMLElement): boolean {
  return [...code.querySelectorAll<HTMLElement>('tr.highlight-line')].every(
    (row) => row.offsetTop >= code.scrollTop && row.offsetTop + row.offsetHeight <= code.scrollTop + code.clientHeight,
  );
}

function deck(slides: string[]): void {
  document.body.innerHTML = `<div class="reveal"><div class="slides">${slides.map((s, i) => `<section${i === 0 ? ' class="present"' : ''}>${s}</section>`).join('')}</div></div>`;
  layOutCode(document, { rowHeight: ROW, boxHeight: BOX });
}

const steps = (slide = 0) => [...document.querySelectorAll('.slides > section')[slide].querySelectorAll<HTMLElement>('pre > code')];

/** What Reveal does on Space: shows the next fragment, then tells the plugins. */
function showNextStep(reveal: FakeReveal): void {
  document.querySelector('section.present code.fragment:not(.visible)')?.classList.add('visible');
  reveal.emit('fragmentshown');
}

function hideLastStep(reveal: FakeReveal): void {
  [...document.querySelectorAll('section.present code.fragment.visible')].pop()?.classList.remove('visible');
  reveal.emit('fragmenthidden');
}

function goToSlide(reveal: FakeReveal, n: number): void {
  document.querySelectorAll('.slides > section').forEach((s, i) => {
    s.classList.toggle('present', i === n);
  });
  reveal.emit('slidechanged');
}

describe('scrollToHighlight', () => {
  beforeEach(() => deck([codeBlock(12, [[9]]), codeBlock(3, [[2]]), codeBlock(12, [[]]), codeBlock(12, [[1]]), codeBlock(12, [[12]])]));

  it('centres the highlighted lines of a block taller than its box', () => {
    const [code] = steps(0);
    scrollToHighlight(code);
    expect(code.scrollTop + BOX / 2).toBe(highlightMiddle(code));
    expect(inView(code)).toBe(true);
  });

  it('centres a range of lines on the middle of the range', () => {
    document.querySelector('.slides > section')!.innerHTML = codeBlock(20, [[10, 11, 12]]);
    layOutCode(document, { rowHeight: ROW, boxHeight: BOX });
    const [code] = steps(0);
    scrollToHighlight(code);
    expect(code.scrollTop).toBe((9 * ROW + 12 * ROW) / 2 - BOX / 2);
  });

  it('goes no further than the ends of the block', () => {
    const first = steps(3)[0];
    const last = steps(4)[0];
    first.scrollTop = 200;
    scrollToHighlight(first);
    scrollToHighlight(last);
    expect(first.scrollTop).toBe(0);
    expect(last.scrollTop).toBe(12 * ROW - BOX);
    expect(inView(first) && inView(last)).toBe(true);
  });

  it('leaves a block that fits, or highlights nothing, where it is', () => {
    const short = steps(1)[0];
    Object.defineProperty(short, 'scrollHeight', { value: BOX });
    short.scrollTop = 0;
    scrollToHighlight(short);
    expect(short.scrollTop).toBe(0);
    const plain = steps(2)[0];
    plain.scrollTop = 40;
    scrollToHighlight(plain);
    expect(plain.scrollTop).toBe(40);
  });
});

describe('CodeScroll plugin', () => {
  let reveal: FakeReveal;
  beforeEach(() => {
    // Slide 1: a 12-line block whose steps highlight line 2, then 9, then 12. Slide 2: line 11.
    deck([codeBlock(12, [[2], [9], [12]]), codeBlock(12, [[11]])]);
    reveal = new FakeReveal().start(CodeScroll());
  });

  it('is the plugin `code-scroll`', () => {
    expect(CodeScroll().id).toBe('code-scroll');
  });

  it('scrolls the first step into view when the deck is ready', () => {
    deck([codeBlock(12, [[10], [2]])]);
    reveal.emit('ready');
    expect(inView(steps()[0])).toBe(true);
    expect(steps()[0].scrollTop).toBeGreaterThan(0);
  });

  it('Space to the next step scrolls its highlighted line into view (fragmentshown)', () => {
    reveal.emit('ready');
    showNextStep(reveal);
    const second = steps()[1];
    expect(second.scrollTop + BOX / 2).toBe(highlightMiddle(second));
    expect(inView(second)).toBe(true);
    showNextStep(reveal);
    expect(inView(steps()[2])).toBe(true);
    expect(steps()[2].scrollTop).toBe(12 * ROW - BOX);
  });

  it('a step back scrolls the step shown again into view (fragmenthidden)', () => {
    showNextStep(reveal);
    showNextStep(reveal);
    const second = steps()[1];
    second.scrollTop = 0;
    hideLastStep(reveal);
    expect(inView(second)).toBe(true);
    expect(second.scrollTop).toBeGreaterThan(0);
  });

  it('scrolls only the step a reader sees, not the hidden ones above it', () => {
    showNextStep(reveal);
    expect(steps()[2].scrollTop).toBe(0);
  });

  it('scrolls the block of the slide moved to (slidechanged)', () => {
    goToSlide(reveal, 1);
    const code = steps(1)[0];
    expect(inView(code)).toBe(true);
    expect(code.scrollTop).toBeGreaterThan(0);
  });

  it('scrolls every step of every slide when printing (pdf-ready): each page shows its own lines', () => {
    reveal.emit('pdf-ready');
    const all = [...steps(0), ...steps(1)];
    expect(all.map(inView)).toEqual([true, true, true, true]);
    expect(all.map((code) => code.scrollTop)).toEqual([0, 8 * ROW + ROW / 2 - BOX / 2, 12 * ROW - BOX, 12 * ROW - BOX]);
  });

  it('does nothing on a slide without code', () => {
    document.querySelector('.slides > section')!.innerHTML = '<p>Words</p>';
    expect(() => reveal.emit('slidechanged')).not.toThrow();
  });

  it("does nothing before a slide is current, or without the deck's element", () => {
    document.querySelector('.slides > section')!.classList.remove('present');
    expect(() => reveal.emit('ready')).not.toThrow();
    document.body.innerHTML = '';
    expect(() => reveal.emit('pdf-ready')).not.toThrow();
  });
});
