// axe-core, run inside the page: injected once per document, then each audit is one evaluate, and
// a walk through a deck at rest is one evaluate for all its states.
// @axe-core/playwright's analyze() injects it again and finishes every run in a new blank page:
// about a second an audit here, against under a tenth of that for the same rules this way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface WithAxe {
  axe?: { run(context: { include: string[] }, options: { resultTypes: string[] }): Promise<AxeResults> };
}

/**
 * axe's default rules on the elements `include` selects, once the page's fonts have loaded: the
 * violations, as AxeBuilder reports them. One round trip an audit once axe is in the page.
 */
export async function axeViolations(page: Page, include: string): Promise<Result[]> {
  const audit = () =>
    page.evaluate(async (include) => {
      const { axe } = window as WithAxe;
      if (!axe) return undefined;
      await document.fonts.ready;
      return (await axe.run({ include: [include] }, { resultTypes: ['violations'] })).violations;
    }, include);
  const found = await audit();
  if (found) return found;
  await page.evaluate(AXE_SOURCE);
  const after = await audit();
  if (!after) throw new Error('axe-core did not load into the page');
  return after;
}

/** A state Space reached (`h/v/f`, as walkInPage reads it), and what axe found there. */
export interface AuditedState {
  position: string;
  violations: Result[];
}

/**
 * Presses Space from the deck's current state to its end inside the page, a key event reveal
 * handles at once (as deck-page.ts's walkInPage does), and audits each state with axe as it
 * stands: one round trip for the whole walk, where a key press and an audit from here cost
 * several a state. For a deck at rest (reduced motion): no transition is left to wait for.
 */
export async function axeWalk(page: Page, include: string, limit = 100): Promise<AuditedState[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ include, limit }) => {
      const { axe } = window as WithAxe;
      if (!axe) throw new Error('axe-core did not load into the page');
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
      const states: { position: string; violations: Result[] }[] = [];
      for (let i = 0; i < limit; i++) {
        const here = position();
        await document.fonts.ready;
        states.push({ position: here, violations: (await axe.run({ include: [include] }, { resultTypes: ['violations'] })).violations });
        document.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', keyCode: 32, which: 32, bubbles: true } as KeyboardEventInit));
        if (position() === here) return states;
      }
      throw new Error(`more than ${limit} states`);
    },
    { include, limit },
  );
}

/** The violations that keep a reader out: serious or critical. */
export function seriousViolations(violations: Result[]): Result[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
