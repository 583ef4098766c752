// Opening a Reveal deck and reading what a person sees of it: its slide tree, its notes, and each
// state Space walks to with the lines lit there. The differential tests compare these readings of
// our page and of reveal.js's own; reveal's are recorded (tests/reveal-readings.ts), and this file
// is part of each recording's key: change it and the recordings are made again. Moving around an
// open deck (goToHash, a walk by the keyboard) is deck-page.ts's.
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';

export interface DeckState {
  /** `h/v/f`: the stack, the slide in it, and how many of its fragments are shown. */
  position: string;
  /** Text of the highlighted code lines of each code block on the current slide. */
  highlighted: string[][];
}

/** A state of an audited walk: what axe found on the elements it was asked to audit there. */
export interface AuditedState extends DeckState {
  violations: Result[];
}

/** Leaf slides per horizontal stack. */
export function slideTree(page: Page): Promise<number[]> {
  return page.$$eval('.reveal .slides > section', (stacks) => stacks.map((s) => s.querySelectorAll(':scope > section').length || 1));
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

interface WalkOptions {
  limit?: number;
  /** Audit each state with axe-core (already in the page) on the elements this selector picks, once fonts have loaded. */
  audit?: string;
}

/**
 * Presses Space from the deck's current state to its end inside the page, a key event reveal
 * handles at once, and reads each state in the same turn: one round trip for the whole walk (the
 * corpus's large decks; an axe audit of every state). deck-page.ts's walkWithSpace presses the
 * real key and waits for each move. With `audit`, axe runs at each state as it stands, so the deck
 * should be at rest (reduced motion: no transition left to wait for).
 */
export function walkInPage(page: Page, options: WalkOptions & { audit: string }): Promise<AuditedState[]>;
export function walkInPage(page: Page, options?: WalkOptions): Promise<DeckState[]>;
export function walkInPage(page: Page, { limit = 2000, audit }: WalkOptions = {}): Promise<DeckState[]> {
  return page.evaluate(
    async ({ limit, audit }) => {
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
      const { axe } = window as { axe?: { run(context: { include: string[] }, options: { resultTypes: string[] }): Promise<{ violations: Result[] }> } };
      if (audit && !axe) throw new Error('axe-core is not in the page');
      const states: (DeckState & { violations?: Result[] })[] = [];
      for (let i = 0; i < limit; i++) {
        const before = position();
        const state: DeckState & { violations?: Result[] } = { position: before, highlighted: highlighted() };
        // Without an audit nothing is awaited: the whole walk runs in one turn of the page.
        if (audit && axe) {
          await document.fonts.ready;
          state.violations = (await axe.run({ include: [audit] }, { resultTypes: ['violations'] })).violations;
        }
        states.push(state);
        document.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', keyCode: 32, which: 32, bubbles: true } as KeyboardEventInit));
        if (position() === before) return states;
      }
      throw new Error(`more than ${limit} states`);
    },
    { limit, audit },
  );
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
