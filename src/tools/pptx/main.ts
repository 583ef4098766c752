// `npm run pptx`: the deck as a PowerPoint file to hand over, text editable. Only this file prints
// or sets the exit code; the stages: options → site → capture (the print view read) → write.
import { join, resolve } from 'node:path';
import { slugify } from '../../deck/slug.ts';
import { runTool } from '../cli.ts';
import { freshSite, seconds, shown, startChromium, writeOutput } from '../export-site.ts';
import { serveSite } from '../serve.ts';
import { captureDeck } from './capture.ts';
import { PPTX_TOOL, type PptxOptions } from './options.ts';

const started = performance.now();
const step = (message: string) => console.log(`pptx: ${message}`);

async function exportPptx(options: PptxOptions): Promise<number> {
  const root = resolve(options.root);
  const browserStarting = startChromium();
  try {
    const { outDir, deck } = await freshSite(root, options.rebuild, step);
    const output = resolve(options.output ?? join(outDir, `${slugify(deck.title ?? 'slides')}.pptx`));
    const site = await serveSite(outDir, options.port);
    try {
      step(`serving ${shown(outDir)}/ at ${site.url}`);
      let at = performance.now();
      const chromium = await browserStarting;
      // pptxgenjs loads while Chromium lays the slides out.
      const writing = import('./write-pptx.ts');
      writing.catch(() => undefined); // awaited below, where its error is reported
      const { reading, problems } = await captureDeck(chromium.client, { url: site.url, steps: options.steps, timeoutMs: options.timeout * 1000 });
      for (const problem of problems) console.error(`pptx: warning: ${problem}`);
      const pictures = reading.slides.flatMap((s) => s.shapes).filter((s) => s.kind === 'picture').length;
      step(`read ${reading.slides.length} slides and took ${pictures} pictures in Chromium (${seconds(at)})`);

      at = performance.now();
      const { writePptx } = await writing;
      const { title, author, description, keywords } = deck;
      const file = await writePptx({ ...reading, properties: { title, author, subject: description, keywords } });
      await writeOutput(output, file);
      step(`wrote ${shown(output)} (${(file.length / 1024).toFixed(0)} KB) in ${seconds(started)}`);
    } finally {
      await site.close();
    }
  } finally {
    await browserStarting.then((chromium) => chromium.close()).catch(() => undefined);
  }
  return 0;
}

await runTool(PPTX_TOOL, exportPptx);
