// The print view opened over the DevTools protocol (chrome-remote-interface), for the exports that
// drive Chromium themselves (pdf, pptx, images): navigate, wait as print-view-ready.ts says, collect
// what the page complained of, and evaluate page-side code.
import type CDP from 'chrome-remote-interface';
import { type PrintViewRequest, printViewQuery } from '../site/print-view.ts';
import { openPrintView } from './print-view-ready.ts';
import { UserError } from './user-error.ts';

export interface CdpPrintViewRequest extends PrintViewRequest {
  /** The served site's address. */
  url: string;
  timeoutMs: number;
}

export interface CdpPrintView {
  /** Evaluates page-side code (text), awaiting its promise; returns its value as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** Problems the page showed (script errors, console errors, images that did not load). */
  problems: string[];
}

// Page-side code is sent as text: functions would carry tsx's `__name` helper, which the page lacks.
const BROKEN_IMAGES = `[...new Set([...document.querySelectorAll('.reveal .slides img')]
  .filter((img) => img.naturalWidth === 0)
  .map((img) => (img.getAttribute('src') ?? img.getAttribute('data-src') ?? '(no src)') + ' on slide ' + (img.closest('.pdf-page')?.getAttribute('data-slide') ?? '?')))]`;

/** Opens the print view in the tab `client` drives and waits until it is laid out, its fonts and images loaded. */
export async function openCdpPrintView(client: CDP.Client, request: CdpPrintViewRequest): Promise<CdpPrintView> {
  const { Page, Runtime } = client;
  const problems: string[] = [];
  let firstError: ((message: string) => void) | undefined;
  Runtime.exceptionThrown(({ exceptionDetails }) => {
    const message = exceptionDetails.exception?.description?.split('\n')[0] ?? exceptionDetails.text;
    problems.push(`script error: ${message}`);
    firstError?.(message);
    firstError = undefined;
  });
  Runtime.consoleAPICalled(({ type, args }) => {
    if (type === 'error') problems.push(`console: ${args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
  });
  await Promise.all([Page.enable(), Runtime.enable()]);

  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await Runtime.evaluate({ expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  const open = async () => {
    // The print view's own readiness is awaited next: the new document is enough to go on.
    const loaded = Page.domContentEventFired();
    const { errorText } = await Page.navigate({ url: new URL(printViewQuery(request), request.url).href });
    if (errorText) throw new UserError(`the slides did not load (${errorText})`);
    await loaded;
  };
  await openPrintView(
    {
      open,
      evaluate,
      onFirstError: (listener) => {
        firstError = listener;
      },
    },
    request.timeoutMs,
    problems,
  );
  problems.push(...(await evaluate<string[]>(BROKEN_IMAGES)).map((what) => `image did not load: ${what}`));
  return { evaluate, problems };
}
