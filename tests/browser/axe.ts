// axe-core, run inside the page: injected once per document, then each audit is one evaluate.
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

/** The violations that keep a reader out: serious or critical. */
export function seriousViolations(violations: Result[]): Result[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
