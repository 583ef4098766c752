// axe-core, run inside the page: injected once per document, then each audit is one evaluate, and
// a walk through a deck at rest is one evaluate for all its states (deck-reading.ts's walkInPage).
// @axe-core/playwright's analyze() injects it again and finishes every run in a new blank page:
// about a second an audit here, against under a tenth of that for the same rules this way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { type AuditedState, walkInPage } from './deck-reading.ts';

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

/**
 * Walks the deck with Space from its current state to its end inside the page (deck-reading.ts's
 * walkInPage) and audits each state with axe as it stands: one round trip for the whole walk, where
 * a key press and an audit from here cost several a state. For a deck at rest (reduced motion).
 */
export async function axeWalk(page: Page, include: string): Promise<AuditedState[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return walkInPage(page, { audit: include, limit: 100 });
}

/** The violations that keep a reader out: serious or critical. */
export function seriousViolations(violations: Result[]): Result[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
