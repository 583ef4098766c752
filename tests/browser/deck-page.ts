// What a person sees of a Reveal deck in the browser: its slide tree, and each state Space walks to.
import { expect, type Frame, type Page } from '@playwright/test';
import { position } from '../../src/tools/browser.ts';

export interface DeckState {
  /** `h/v/f`: the stack, the slide in it, and how many of its fragments are shown. */
  position: string;
  /** Text of the highlighted code lines of each code block on the current slide. */
  highlighted: string[][];
}

/** Leaf slides per horizontal stack. */
export function slideTree(page: Page): Promise<number[]> {
  return page.$$eval('.reveal .slides > section', (stacks) => stacks.map((s) => s.querySelectorAll(':scope > section').length || 1));
}

/** The highlighted lines a reader sees now: in each block, the last step not hidden (of a page, or a preview frame). */
export function highlightedLines(page: Page | Frame): Promise<string[][]> {
  return page.$$eval('.reveal .slides section.present:not(.stack) pre', (blocks) =>
    blocks.map((pre) => {
      const steps = [...pre.querySelectorAll(':scope > code')];
      const shown = steps.filter((c) => !c.classList.contains('fragment') || c.classList.contains('visible')).pop();
      return [...(shown?.querySelectorAll('tr.highlight-line .hljs-ln-code') ?? [])].map((td) => (td.textContent ?? '').trim());
    }),
  );
}

/** Waits until Reveal has laid out the deck; fails at once, with the error, if the page throws first. */
export async function openDeck(page: Page, url: string): Promise<void> {
  let onError: (error: Error) => void = () => {};
  const threw = new Promise<never>((_, reject) => {
    onError = (error) => reject(new Error(`the deck threw while opening ${url}: ${error.stack ?? error.message}`));
  });
  // Handled here too, so an error while `goto` runs is not an unhandled rejection; the race below still sees it.
  threw.catch(() => {});
  page.on('pageerror', onError);
  try {
    await page.goto(url);
    await Promise.race([page.waitForSelector('.reveal.ready'), threw]);
  } finally {
    page.off('pageerror', onError);
  }
}

/**
 * Moves an open deck to `hash` (`#/2`, `#/1/1`) as a link in it would, without loading the page
 * again: resolves once Reveal has handled the hashchange and every transition it started has ended.
 */
export async function goToHash(page: Page, hash: string): Promise<void> {
  await page.evaluate(async (hash) => {
    if (location.hash !== hash) {
      // Reveal's own hashchange listener was added first: it has moved when this one runs.
      const moved = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      location.hash = hash;
      await moved;
    }
    // A frame for the transitions to start, then their end. Transitions only: reveal's controls
    // bounce (a CSS animation of 100 s) to hint at the next slide until the presenter first moves.
    await new Promise(requestAnimationFrame);
    const ending = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
    await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
  }, hash);
}

/** True on the deck's last slide with every fragment shown: Space has nowhere to go. */
function atEnd(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const leaves = [...document.querySelectorAll('.reveal .slides section')].filter((s) => !s.querySelector(':scope > section'));
    const last = leaves[leaves.length - 1];
    return last?.classList.contains('present') === true && !last.querySelector('.fragment:not(.visible)');
  });
}

/** Presses Space from the current state to the deck's end, waiting for each move; returns every state passed. */
export async function walkWithSpace(page: Page, limit = 500): Promise<DeckState[]> {
  const states: DeckState[] = [];
  for (let i = 0; i < limit; i++) {
    const before = await position(page);
    states.push({ position: before, highlighted: await highlightedLines(page) });
    if (await atEnd(page)) return states;
    await page.keyboard.press('Space');
    await expect.poll(() => position(page), { message: `Space did not move the deck from ${before}` }).not.toBe(before);
  }
  throw new Error(`more than ${limit} states`);
}

/**
 * The same walk as {@link walkWithSpace}, inside the page: Space as a key event reveal handles at
 * once, each state read in the same turn. For large decks (the corpus): no round trip per step.
 */
export function walkInPage(page: Page, limit = 2000): Promise<DeckState[]> {
  return page.evaluate((limit) => {
    const position = () => {
      const stacks = [...document.querySelectorAll('.reveal .slides > section')];
      const h = stacks.findIndex((s) => s.classList.contains('present'));
      const slides = h >= 0 ? [...stacks[h].querySelectorAll(':scope > section')] : [];
      const v = Math.max(
        slides.findIndex((s) => s.classList.contains('present')),
        0,
      );
      const slide = slides[v] ?? stacks[h];
      return `${h}/${v}/${slide?.querySelectorAll('.fragment.visible').length ?? 0}`;
    };
    const highlighted = () =>
      [...document.querySelectorAll('.reveal .slides section.present:not(.stack) pre')].map((pre) => {
        const steps = [...pre.querySelectorAll(':scope > code')];
        const shown = steps.filter((c) => !c.classList.contains('fragment') || c.classList.contains('visible')).pop();
        return [...(shown?.querySelectorAll('tr.highlight-line .hljs-ln-code') ?? [])].map((td) => (td.textContent ?? '').trim());
      });
    const states: { position: string; highlighted: string[][] }[] = [];
    for (let i = 0; i < limit; i++) {
      const before = position();
      states.push({ position: before, highlighted: highlighted() });
      document.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', keyCode: 32, which: 32, bubbles: true } as KeyboardEventInit));
      if (position() === before) return states;
    }
    throw new Error(`more than ${limit} states`);
  }, limit);
}

/** Each leaf slide's speaker notes as text, whitespace collapsed, in the deck's order. */
export function notesBySlide(page: Page): Promise<string[]> {
  return page.$$eval('.reveal .slides section', (sections) =>
    sections
      .filter((s) => !s.querySelector(':scope > section'))
      .map((s) => [...s.querySelectorAll(':scope > aside.notes')].map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' ')),
  );
}

/**
 * Opens a deck and reads what the differential tests compare: its slide tree, its notes, and every
 * state Space walks to (in the page). Two decks read at once each cost their own renderer's time.
 */
export async function readDeck(page: Page, url: string): Promise<{ tree: number[]; notes: string[]; states: DeckState[] }> {
  await openDeck(page, url);
  return { tree: await slideTree(page), notes: await notesBySlide(page), states: await walkInPage(page) };
}
