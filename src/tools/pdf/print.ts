// One page load and one print: open the deck's print view in Chromium, wait for what it needs
// (Reveal's layout, fonts, images), read how its pages map to slides, and print it.
import type CDP from 'chrome-remote-interface';
import { type PrintedPage, type PrintViewRequest, printViewQuery, READ_PRINTED_PAGES } from '../../site/print-view.ts';
import { openPrintView } from '../print-view-ready.ts';
import { UserError } from '../user-error.ts';

export interface PrintRequest extends PrintViewRequest {
  /** The served site's address. */
  url: string;
  timeoutMs: number;
}

export interface Printed {
  pdf: Uint8Array;
  pages: PrintedPage[];
  /** Problems the page showed (script errors, images that did not load). */
  problems: string[];
}

// Page-side code is sent as text: functions would carry tsx's `__name` helper, which the page lacks.
const BROKEN_IMAGES = `[...new Set([...document.querySelectorAll('.reveal .slides img')]
  .filter((img) => img.naturalWidth === 0)
  .map((img) => (img.getAttribute('src') ?? img.getAttribute('data-src') ?? '(no src)') + ' on slide ' + (img.closest('.pdf-page')?.getAttribute('data-slide') ?? '?')))]`;

/** Chromium's print options: the page size from the print view's CSS (the slide and its margin, or the handout's paper). */
const PRINT = {
  preferCSSPageSize: true,
  printBackground: true,
  // Newer than the protocol types in @types/chrome-remote-interface; Chromium 123+ knows them.
  generateTaggedPDF: true,
  generateDocumentOutline: false,
};

export async function printDeck(client: CDP.Client, request: PrintRequest): Promise<Printed> {
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
  const pages = await evaluate<PrintedPage[]>(READ_PRINTED_PAGES);
  const { data } = await Page.printToPDF(PRINT);
  return { pdf: Buffer.from(data, 'base64'), pages, problems };
}
