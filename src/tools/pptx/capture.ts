// The deck read from its print view over the DevTools protocol: the page-side reader (read-slides.ts)
// run in the page, then what only the browser can draw (images, diagrams, display math) taken as
// pictures of their boxes, and a drawn background (an image, a gradient) as a picture of the page
// with its content hidden.
import type CDP from 'chrome-remote-interface';
import { PRINTED_PAGE_SELECTOR } from '../../site/print-view.ts';
import { type CdpPrintViewRequest, openCdpPrintView } from '../print-view-cdp.ts';
import type { Box, PageReading } from './model.ts';
import { textReader } from './page-text.ts';
import { type ReadOptions, readSlides } from './read-slides.ts';

/** Pictures are taken at twice the CSS pixel density: sharp on a projector at the slide's full size. */
const PICTURE_SCALE = 2;

// tsx compiles with esbuild's keepNames: the function's text calls a `__name` helper the page lacks.
const NAME_HELPER = 'globalThis.__name ??= (fn) => fn;';

/** Page-side: hides (or shows again) everything of a printed page but its background. */
const backgroundOnly = (slide: string, step: number, hide: boolean) => `(() => {
  const page = document.querySelector(${JSON.stringify(`${PRINTED_PAGE_SELECTOR}[data-slide="${slide}"][data-step="${step}"]`)});
  // Important: Reveal's print CSS shows every section with !important rules.
  for (const element of page?.querySelectorAll(':scope > :not(.slide-background)') ?? [])
    ${hide ? "element.style.setProperty('opacity', '0', 'important')" : "element.style.removeProperty('opacity')"};
})()`;

export interface Captured {
  reading: PageReading;
  problems: string[];
}

export async function captureDeck(client: CDP.Client, request: CdpPrintViewRequest): Promise<Captured> {
  const { evaluate, problems } = await openCdpPrintView(client, request);
  const options: ReadOptions = { pages: PRINTED_PAGE_SELECTOR };
  const reading = await evaluate<PageReading>(`${NAME_HELPER}(${readSlides.toString()})(${JSON.stringify(options)}, (${textReader.toString()})())`);
  await fitViewport(client, reading);
  for (const slide of reading.slides) {
    for (const shape of slide.shapes) {
      if (shape.kind !== 'picture') continue;
      shape.png = await screenshot(client, evaluate, { ...shape.box, x: shape.box.x + slide.origin.x, y: shape.box.y + slide.origin.y }, PICTURE_SCALE);
    }
    if (slide.drawnBackground) {
      await evaluate(backgroundOnly(slide.slide, slide.step, true));
      slide.backgroundPng = await screenshot(client, evaluate, { ...slide.origin, w: reading.width, h: reading.height }, 1);
      await evaluate(backgroundOnly(slide.slide, slide.step, false));
    }
  }
  return { reading, problems };
}

/**
 * The window made the printed page's size, so that one page is in view at a time (Reveal lays the
 * print view out once: a resize moves nothing).
 */
export async function fitViewport(client: CDP.Client, size: { width: number; height: number }): Promise<void> {
  await client.Emulation.setDeviceMetricsOverride({ width: Math.ceil(size.width), height: Math.ceil(size.height), deviceScaleFactor: 1, mobile: false });
}

/**
 * A PNG of a box of the print view's document (CSS px from its top-left), drawn at `scale`. The
 * page is scrolled to the box first: a capture beyond the view (`captureBeyondViewport`) took half
 * as long again per picture here.
 */
export async function screenshot(client: CDP.Client, evaluate: (expression: string) => Promise<unknown>, box: Box, scale: number): Promise<Uint8Array> {
  await evaluate(`window.scrollTo(${Math.floor(box.x)}, ${Math.floor(box.y)})`);
  const { data } = await client.Page.captureScreenshot({ format: 'png', clip: { x: box.x, y: box.y, width: box.w, height: box.h, scale } });
  return Buffer.from(data, 'base64');
}
