// Opening the deck's print view (`?print-pdf`) and waiting until it can be measured or printed, for
// the PDF export (Chromium over the DevTools protocol) and the rendered check (Playwright) alike.
import { PRINT_VIEW_READY } from '../site/print-view.ts';
import { UserError } from './user-error.ts';

/** What each browser library does for {@link openPrintView}. */
export interface PrintViewPage {
  /** Navigates to the print view; resolves once its document is parsed. */
  open(): Promise<unknown>;
  /** Evaluates page-side code, awaiting the promise it returns. */
  evaluate(expression: string): Promise<unknown>;
  /** Calls `listener` with the page's first uncaught script error. */
  onFirstError(listener: (message: string) => void): void;
}

/**
 * Opens the print view and waits until it is ready. The deck's first script error ends the wait at
 * once (it stops the deck for good); after `timeoutMs` it ends saying what the page said meanwhile.
 */
export async function openPrintView(page: PrintViewPage, timeoutMs: number, problems: string[]): Promise<void> {
  const crashed = new Promise<never>((_, reject) => page.onFirstError((message) => reject(new UserError(`the deck did not start: ${message}`))));
  crashed.catch(() => undefined); // a later error, once printed, is only reported
  const timedOut = () =>
    new UserError(`the slides did not finish loading within ${timeoutMs / 1000} s${problems.length > 0 ? `; the page said: ${problems.join('; ')}` : ''}`);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), timeoutMs);
  });
  try {
    await Promise.race([page.open(), crashed, late]);
    await Promise.race([page.evaluate(PRINT_VIEW_READY), crashed, late]);
  } catch (error) {
    // The browser's own failures on the way (a navigation that times out or breaks) read as the slides not loading.
    throw error instanceof UserError ? error : timedOut();
  } finally {
    clearTimeout(timer);
  }
}
