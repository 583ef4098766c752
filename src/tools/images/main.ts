// `npm run images`: a PNG of every printed page of the deck (each slide, each code step) for
// handing over or for a look through, taken from the print view as the PDF is printed from it.
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type PrintedPage, READ_PRINTED_PAGES } from '../../site/print-view.ts';
import { runTool } from '../cli.ts';
import { freshSite, seconds, shown, startChromium, writeOutput } from '../export-site.ts';
import { screenshot } from '../pptx/capture.ts';
import { openCdpPrintView } from '../print-view-cdp.ts';
import { serveSite } from '../serve.ts';
import { UserError } from '../user-error.ts';
import { imageNames } from './names.ts';
import { IMAGES_TOOL, type ImagesOptions } from './options.ts';

const started = performance.now();
const step = (message: string) => console.log(`images: ${message}`);
/** What this tool wrote before: a deck that lost slides must not leave their pictures behind. */
const RE_OURS = /^\d+-.*\.png$|^\d+\.png$/;

// Page-side code as text (no tsx helpers in the page). Reveal prints each page a pixel short of
// its paper (`pdfPageHeightOffset`, against a blank page in print); a picture is the whole page,
// so each is made its full height. Only later pages move: what is on a page stays where it is.
const FULL_PAGES = `(() => {
  const height = Number.parseFloat(document.body.style.height);
  const pages = [...document.querySelectorAll('.reveal .slides .pdf-page[data-slide]')];
  for (const page of pages) page.style.height = height * Number(page.dataset.pages ?? 1) + 'px';
  return { width: Number.parseFloat(document.body.style.width), height, tops: pages.map((page) => page.getBoundingClientRect().top + window.scrollY) };
})()`;

async function drawImages(options: ImagesOptions): Promise<number> {
  const root = resolve(options.root);
  const browserStarting = startChromium();
  try {
    const { outDir, deck } = await freshSite(root, options.rebuild, step);
    const out = resolve(options.out ?? join(outDir, 'slide-images'));
    const site = await serveSite(outDir, options.port);
    try {
      const at = performance.now();
      const { client } = await browserStarting;
      const view = await openCdpPrintView(client, { url: site.url, steps: options.steps, timeoutMs: options.timeout * 1000 });
      for (const problem of view.problems) console.error(`images: warning: ${problem}`);
      const pages = await view.evaluate<PrintedPage[]>(READ_PRINTED_PAGES);
      const names = imageNames(pages, deck.outline);
      const page = await view.evaluate<{ width: number; height: number; tops: number[] }>(FULL_PAGES);
      const slides = [...new Set(pages.map((p) => p.slide))];
      const wanted = options.slide === undefined ? undefined : slides[options.slide - 1];
      if (options.slide !== undefined && !wanted) throw new UserError(`there is no slide ${options.slide}: the deck has ${slides.length}`);
      // One page in view at a time, drawn at the scale asked for (Reveal does not lay the print view out again).
      await client.Emulation.setDeviceMetricsOverride({
        width: Math.ceil(page.width),
        height: Math.ceil(page.height),
        deviceScaleFactor: options.scale,
        mobile: false,
      });
      if (!wanted) await removeOld(out);
      let written = 0;
      for (const [i, printed] of pages.entries()) {
        if (wanted && printed.slide !== wanted) continue;
        const png = await screenshot(client, view.evaluate, { x: 0, y: page.tops[i], w: page.width, h: page.height }, 1);
        await writeOutput(join(out, names[i]), png);
        written++;
      }
      const size = `${Math.round(page.width * options.scale)}×${Math.round(page.height * options.scale)}`;
      step(`drew ${written} picture${written === 1 ? '' : 's'} of ${size} px in Chromium (${seconds(at)})`);
      step(`wrote them to ${shown(out)}/ in ${seconds(started)}`);
    } finally {
      await site.close();
    }
  } finally {
    await browserStarting.then((chromium) => chromium.close()).catch(() => undefined);
  }
  return 0;
}

/** The pictures of an earlier run, and nothing else of the folder. */
async function removeOld(out: string): Promise<void> {
  const names = await readdir(out).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => RE_OURS.test(name)).map((name) => rm(join(out, name), { force: true })));
}

await runTool(IMAGES_TOOL, drawImages);
