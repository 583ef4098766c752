// `npm run pdf`: the deck as a PDF a speaker can hand out. Only this file prints or sets the exit
// code; the stages are small modules: options → site → print → outline → finish.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { slugify } from '../../deck/slug.ts';
import { requireChromium } from '../chromium.ts';
import { runTool } from '../cli.ts';
import { serveSite } from '../serve.ts';
import { buildSite, readDeckToBuild, readManifest, siteIsStale } from '../site.ts';
import { UserError } from '../user-error.ts';
import { startHeadless } from './headless.ts';
import { PDF_TOOL, type PdfOptions } from './options.ts';
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
  // Chromium starts while the site is checked (or built) and served.
  // --timeout is the slides' time to load; a Chromium that has not started in 30 s never will.
  const browserStarting = requireChromium().then((path) => startHeadless(path, 30_000));
  browserStarting.catch(() => undefined); // awaited below, where its error is reported
  // Chromium takes a tenth of a second to quit: it does so while pdf-lib finishes the file.
  let closing: Promise<void> | undefined;
  const closeBrowser = async () => {
    closing ??= browserStarting.then((chromium) => chromium.close()).catch(() => undefined);
    await closing;
  };
  try {
    let at = performance.now();
    if (options.rebuild || siteIsStale(root, outDir)) {
      await rebuild(root, outDir);
      step(`built the site in ${shown(outDir)}/ (${seconds(at)})`);
    } else {
      // A fresh site was built from these slides without errors: its deck.json has all the PDF needs.
      step(`${shown(outDir)}/ is up to date with the slides and the engine`);
    }
    const deck = readManifest(outDir);

    const output = resolve(options.output ?? join(outDir, `${slugify(deck.title ?? 'slides')}${options.notes ? '-notes' : ''}.pdf`));
    const site = await serveSite(outDir, options.port);
    try {
      step(`serving ${shown(outDir)}/ at ${site.url}`);
      at = performance.now();
      const chromium = await browserStarting;
      // pdf-lib loads while Chromium lays the slides out: Node is idle then, and busy while Chromium starts.
      const finishing = import('./finish.ts');
      finishing.catch(() => undefined); // awaited below, where its error is reported
      step(
        `printing ${options.notes ? `a handout with notes on ${options.paper.toUpperCase()}` : options.steps ? 'a page per slide and per code step' : 'a page per slide'} …`,
      );
      const printed = await printDeck(chromium.client, {
        url: site.url,
        steps: options.steps,
        timeoutMs: options.timeout * 1000,
        ...(options.notes ? { handout: options.paper } : {}),
      });
      for (const problem of printed.problems) console.error(`pdf: warning: ${problem}`);
      step(`printed ${pageCount(printed.pages)} pages in Chromium (${seconds(at)})`);
      void closeBrowser();

      at = performance.now();
      const marks = bookmarks(deck.outline, printed.pages);
      const { title, author, description, keywords } = deck;
      const { finishPdf } = await finishing;
      const pdf = await finishPdf(printed.pdf, { title, author, subject: description, keywords }, marks);
      await writeOutput(output, pdf);
      step(`added ${deck.outline.length} bookmarks and the metadata (${seconds(at)})`);
      step(`wrote ${shown(output)} (${(pdf.length / 1024).toFixed(0)} KB) in ${seconds(started)}`);
    } finally {
      await site.close();
    }
  } finally {
    await closeBrowser();
  }
  return 0;
}

/** Writes the PDF, its folder made if need be; a path that cannot hold it is the user's to fix, in one line. */
async function writeOutput(output: string, pdf: Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, pdf);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    const why =
      code === 'ENOTDIR' || code === 'EEXIST'
        ? 'a file stands where its folder should be'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new UserError(`cannot write ${shown(output)}: ${why}`);
  }
}

/** The slides read and checked (their mistakes printed), then built into `outDir` from that one reading. */
async function rebuild(root: string, outDir: string): Promise<void> {
  const at = performance.now();
  const loaded = await readDeckToBuild(root, 'export again');
  step(`read ${loaded.deck.stacks.flat().length} slides from ${shown(join(root, 'slides'))}/ (${seconds(at)}); building the site …`);
  await buildSite(root, outDir, loaded);
}

await runTool(PDF_TOOL, exportPdf);
