// `npm run pdf`: the deck as a PDF a speaker can hand out. Only this file prints or sets the exit
// code; the stages are small modules: options → site → print → outline → finish.
import { join, resolve } from 'node:path';
import { slugify } from '../../deck/slug.ts';
import { runTool } from '../cli.ts';
import { freshSite, seconds, shown, startChromium, writeOutput } from '../export-site.ts';
import { serveSite } from '../serve.ts';
import { PDF_TOOL, type PdfOptions } from './options.ts';
import { bookmarks, pageCount } from './outline.ts';
import { printDeck } from './print.ts';

const started = performance.now();
const step = (message: string) => console.log(`pdf: ${message}`);

async function exportPdf(options: PdfOptions): Promise<number> {
  const root = resolve(options.root);
  const browserStarting = startChromium();
  // Chromium takes a tenth of a second to quit: it does so while pdf-lib finishes the file.
  let closing: Promise<void> | undefined;
  const closeBrowser = async () => {
    closing ??= browserStarting.then((chromium) => chromium.close()).catch(() => undefined);
    await closing;
  };
  try {
    const { outDir, deck } = await freshSite(root, options.rebuild, step);
    const output = resolve(options.output ?? join(outDir, `${slugify(deck.title ?? 'slides')}${options.notes ? '-notes' : ''}.pdf`));
    const site = await serveSite(outDir, options.port);
    try {
      step(`serving ${shown(outDir)}/ at ${site.url}`);
      let at = performance.now();
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

await runTool(PDF_TOOL, exportPdf);
