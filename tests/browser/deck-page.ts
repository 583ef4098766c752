// Moving around an open Reveal deck as a person does (a link's hash, the Space key) and the lines
// lit where it stands. Opening a deck and reading it whole are deck-reading.ts's.
import { expect, type Frame, type Page } from '@playwright/test';
import { position } from '../../src/tools/browser.ts';
import type { DeckState } from './deck-reading.ts';

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
