// One page load and one print: open the deck's print view in Chromium, wait for what it needs
// (Reveal's layout, fonts, images), read how its pages map to slides, and print it.
import type { Browser, Page } from '@playwright/test';
import { UserError } from '../user-error.ts';
import type { Paper } from './options.ts';
import type { PrintedPage } from './outline.ts';

export interface PrintRequest {
  /** The served site's address. */
  url: string;
  steps: boolean;
  /** A handout on this paper, or the slides alone. */
  handout?: Paper;
  timeoutMs: number;
}

export interface Printed {
  pdf: Uint8Array;
  pages: PrintedPage[];
  /** Problems the page showed (script errors, images that did not load). */
  problems: string[];
}

/** The print view's query: Reveal copies `?key=value` into its config; `handout` is read by our client. */
export function printQuery(request: Pick<PrintRequest, 'steps' | 'handout'>): string {
  const query = new URLSearchParams({ 'print-pdf': '' });
  if (!request.steps || request.handout) query.set('pdfSeparateFragments', 'false');
  if (request.handout) query.set('handout', request.handout);
  return `?${query.toString().replace('print-pdf=', 'print-pdf')}`;
}

export async function printDeck(browser: Browser, request: PrintRequest): Promise<Printed> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  try {
    await waitForPrintView(page, new URL(printQuery(request), request.url).href, request.timeoutMs, problems);
    problems.push(...(await brokenImages(page)));
    const pages = await page.$$eval('.reveal .slides .pdf-page[data-slide]', (units) =>
      units.map((unit) => {
        const data = (unit as HTMLElement).dataset;
        return { slide: data.slide ?? '', step: Number(data.step), pages: Number(data.pages) };
      }),
    );
    // Page size from the print view's CSS (the slide's size plus its margin, or the handout's paper).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
    return { pdf, pages, problems };
  } finally {
    await page.close();
  }
}

/** Opens `url` (a print view) and waits until it is laid out, its fonts and images loaded. */
export async function waitForPrintView(page: Page, url: string, timeoutMs: number, problems: string[]): Promise<void> {
  // A script error stops the deck for good: say so at once rather than after the timeout.
  const crashed = new Promise<never>((_, reject) => page.once('pageerror', (error) => reject(new UserError(`the deck did not start: ${error.message}`))));
  crashed.catch(() => undefined); // a later error, once printed, is only reported
  try {
    await Promise.race([crashed, page.goto(url, { timeout: timeoutMs, waitUntil: 'domcontentloaded' })]);
    await Promise.race([crashed, page.waitForFunction(() => document.documentElement.dataset.printReady === 'true', null, { timeout: timeoutMs })]);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Images load lazily (`data-src`); each one either shows or fails before we print.
    await page.waitForFunction(() => [...document.images].every((img) => img.complete), null, { timeout: timeoutMs });
  } catch (error) {
    if (error instanceof UserError) throw error;
    const seen = problems.length > 0 ? `; the page said: ${problems.join('; ')}` : '';
    throw new UserError(`the slides did not finish loading within ${timeoutMs / 1000} s${seen}`);
  }
}

async function brokenImages(page: Page): Promise<string[]> {
  const broken = await page.$$eval('.reveal .slides img', (images) => [
    ...new Set(
      images
        .filter((img) => (img as HTMLImageElement).naturalWidth === 0)
        .map(
          (img) =>
            `${img.getAttribute('src') ?? img.getAttribute('data-src') ?? '(no src)'} on slide ${img.closest('.pdf-page')?.getAttribute('data-slide') ?? '?'}`,
        ),
    ),
  ]);
  return broken.map((what) => `image did not load: ${what}`);
}
