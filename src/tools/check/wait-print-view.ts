// The rendered check opens the print view in Playwright and waits as the PDF export does
// (print-view-ready.ts): laid out, fonts and images loaded, or the deck's first script error.
import type { Page } from '@playwright/test';
import { PRINT_VIEW_READY } from '../print-view-ready.ts';
import { UserError } from '../user-error.ts';

/** Opens `url` (a print view) and waits until it is laid out, its fonts and images loaded. */
export async function waitForPrintView(page: Page, url: string, timeoutMs: number, problems: string[]): Promise<void> {
  // A script error stops the deck for good: say so at once rather than after the timeout.
  const crashed = new Promise<never>((_, reject) => page.once('pageerror', (error) => reject(new UserError(`the deck did not start: ${error.message}`))));
  crashed.catch(() => undefined); // a later error, once printed, is only reported
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  try {
    await Promise.race([crashed, late, page.goto(url, { timeout: timeoutMs, waitUntil: 'domcontentloaded' })]);
    await Promise.race([crashed, late, page.evaluate(PRINT_VIEW_READY)]);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const seen = problems.length > 0 ? `; the page said: ${problems.join('; ')}` : '';
    throw new UserError(`the slides did not finish loading within ${timeoutMs / 1000} s${seen}`);
  } finally {
    clearTimeout(timer);
  }
}
