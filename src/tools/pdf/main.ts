// `npm run pdf`: the deck as a PDF a speaker can hand out. Only this file prints or sets the exit
// code; the stages are small modules: options → site → print → outline → finish.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { formatDiagnostic, hasErrors, loadDeck } from '../../deck/index.ts';
import { slugify } from '../../deck/slug.ts';
import { launchBrowser, serveSite, UserError } from '../browser.ts';
import { buildSite, siteIsStale } from '../site.ts';
import { HELP, type PdfOptions, parsePdfArgs } from './options.ts';
import { bookmarks, pageCount } from './outline.ts';
import { printDeck } from './print.ts';

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;
const step = (message: string) => console.log(`pdf: ${message}`);
/** Paths inside the current folder relative to it, others in full. */
const shown = (path: string) => {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') ? near : path;
};

async function exportPdf(options: PdfOptions): Promise<number> {
  const root = resolve(options.root);
  const outDir = join(root, 'dist');
  // Chromium starts, and pdf-lib loads, while the deck is read and the site checked and served: on
  // two cores these overlap, and the browser is up by the time the page can be opened.
  const browserStarting = launchBrowser();
  browserStarting.catch(() => undefined); // awaited below, where its error is reported
  const finishing = import('./finish.ts');
  finishing.catch(() => undefined);
  try {
    let at = performance.now();
    const { deck, diagnostics } = await loadDeck(root);
    for (const d of diagnostics) console.error(formatDiagnostic(d));
    if (hasErrors(diagnostics)) throw new UserError('the deck has errors (above): fix them, then export again');
    const slides = deck.stacks.flat();
    step(`read ${slides.length} slides from ${shown(join(root, 'slides'))}/ (${seconds(at)})`);

    at = performance.now();
    if (options.rebuild || siteIsStale(root, outDir)) {
      step(`building the site in ${shown(outDir)}/ …`);
      await buildSite(root, outDir);
      step(`built (${seconds(at)})`);
    } else {
      step(`${shown(outDir)}/ is up to date with the slides and the engine`);
    }

    const output = resolve(options.output ?? join(outDir, `${slugify(deck.config.title ?? 'slides')}${options.notes ? '-notes' : ''}.pdf`));
    const site = await serveSite(outDir, options.port);
    try {
      step(`serving ${shown(outDir)}/ at ${site.url}`);
      at = performance.now();
      const browser = await browserStarting;
      step(
        `printing ${options.notes ? `a handout with notes on ${options.paper.toUpperCase()}` : options.steps ? 'a page per slide and per code step' : 'a page per slide'} …`,
      );
      const printed = await printDeck(browser, {
        url: site.url,
        steps: options.steps,
        timeoutMs: options.timeout * 1000,
        ...(options.notes ? { handout: options.paper } : {}),
      });
      for (const problem of printed.problems) console.error(`pdf: warning: ${problem}`);
      step(`printed ${pageCount(printed.pages)} pages in Chromium (${seconds(at)})`);

      at = performance.now();
      const marks = bookmarks(deck.outline, printed.pages);
      const { title, author, description, keywords } = deck.config;
      const { finishPdf } = await finishing;
      const pdf = await finishPdf(printed.pdf, { title, author, subject: description, keywords }, marks);
      await mkdir(dirname(output), { recursive: true });
      await writeFile(output, pdf);
      step(`added ${deck.outline.length} bookmarks and the metadata (${seconds(at)})`);
      step(`wrote ${shown(output)} (${(pdf.length / 1024).toFixed(0)} KB) in ${seconds(started)}`);
    } finally {
      await site.close();
    }
  } finally {
    await (await browserStarting.catch(() => undefined))?.close();
  }
  return 0;
}

async function main(args: string[]): Promise<number> {
  const parsed = parsePdfArgs(args);
  if ('help' in parsed) {
    console.log(HELP);
    return 0;
  }
  if ('error' in parsed) {
    console.error(`pdf: ${parsed.error}`);
    return 2;
  }
  return exportPdf(parsed.options);
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  // What the user can fix is one message; anything else is our bug and keeps its stack.
  if (error instanceof UserError) console.error(`pdf: ${error.message}`);
  else console.error(error);
  return 1;
});
