// The rendered check opens the print view in Playwright and waits as the PDF export does
// (print-view-ready.ts): laid out, fonts and images loaded, or the deck's first script error.
import type { Page } from '@playwright/test';
import { openPrintView } from '../print-view-ready.ts';

/** Opens `url` (a print view) and waits until it is laid out, its fonts and images loaded. */
export function waitForPrintView(page: Page, url: string, timeoutMs: number, problems: string[]): Promise<void> {
  return openPrintView(
    {
      open: () => page.goto(url, { timeout: timeoutMs, waitUntil: 'domcontentloaded' }),
      evaluate: (expression) => page.evaluate(expression),
      onFirstError: (listener) => page.once('pageerror', (error) => listener(error.message)),
    },
    timeoutMs,
    problems,
  );
}
