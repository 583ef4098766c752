// The rendered pass of `npm run check`: the built site's print view in Chromium, every slide and
// code step at the deck's size, measured (measure.ts); each finding placed at its slide's file and
// line. Images and media that fail to load are caught from the network too (backgrounds included).
import type { Browser } from '@playwright/test';
import { slideSize } from '../../client/deck-size.ts';
import { CATALOGUE } from '../../deck/codes.ts';
import type { Deck, Diagnostic } from '../../deck/index.ts';
import { localPath } from '../../deck/markdown/html-check.ts';
import { PRINTED_PAGE_SELECTOR, printViewQuery } from '../../site/print-view.ts';
import { measurePages, type PageFinding } from './measure.ts';
import { waitForPrintView } from './wait-print-view.ts';

export interface RenderOptions {
  /** The served site's address. */
  url: string;
  timeoutMs: number;
  /**
   * The smallest readable text, as a share of the slide's height.
   * @default 16 / 750: 16 px on the talk's 1000×750 slides, about 23 px on a 1080p projector
   */
  minFontShare?: number;
  /** A slide file's lines, to point past the blank lines after a separator at the slide's first words. */
  lines?: (file: string) => string[];
}

const RE_HTML = /^text\/html\b/;

export async function renderChecks(browser: Browser, deck: Deck, options: RenderOptions): Promise<Diagnostic[]> {
  const page = await browser.newPage();
  // tsx compiles with esbuild's keepNames: functions sent to the page call its `__name` helper.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const failed = new Set<string>();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // `vite preview` (and many hosts) answer a missing file with index.html: that is a failure too.
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if ((type === 'image' || type === 'media') && (response.status() >= 400 || RE_HTML.test(response.headers()['content-type'] ?? '')))
      failed.add(response.url());
  });
  page.on('requestfailed', (request) => {
    if (['image', 'media'].includes(request.resourceType())) failed.add(request.url());
  });
  try {
    await waitForPrintView(page, new URL(printViewQuery({ steps: true }), options.url).href, options.timeoutMs, problems);
    const findings = await page.evaluate(measurePages, {
      pages: PRINTED_PAGE_SELECTOR,
      minFontShare: options.minFontShare ?? 16 / 750,
      height: slideSize(deck.config.reveal).height,
    });
    const base = new URL(options.url);
    // Only the site's own files: off-origin ones are `remote-url` warnings, and depend on the network.
    const own = [...failed].map((url) => new URL(url)).filter((url) => url.origin === base.origin);
    const fromNetwork = own.map((url) => networkFailure(deck, url, base));
    // The network says which file, with its own line: the page's broken-image finding would repeat it.
    const pages = findings.filter((f) => f.kind !== 'broken-image' || fromNetwork.length === 0).map((f) => placed(deck, f, options.lines));
    return dedupe([...pages, ...fromNetwork]);
  } finally {
    await page.close();
  }
}

/** The finding at its slide's place in the source: the first line of the slide's text. */
function placed(deck: Deck, finding: PageFinding, lines: RenderOptions['lines']): Diagnostic {
  const [h, v] = finding.slide.split('/').map(Number);
  const slide = deck.stacks[h]?.[v];
  // An image is placed at the line that names it, on its slide.
  const asset = finding.url === undefined ? undefined : deck.assets.find((a) => a.path === localPath(finding.url) && a.file === slide?.file);
  const where = finding.step > 0 ? ` (code step ${finding.step + 1})` : '';
  return {
    severity: CATALOGUE[finding.kind].severity,
    code: finding.kind,
    file: slide?.file ?? 'slides/',
    line: asset?.line ?? (slide ? firstWords(slide.line, slide.file, lines) : 0),
    message: `slide ${h + 1}${v > 0 ? `.${v + 1}` : ''}${where}: ${finding.detail}`,
    ...(hints[finding.kind] ? { hint: hints[finding.kind] } : {}),
  };
}

/** The first line from `line` on that is not blank (the slide's own `line` may be one). */
function firstWords(line: number, file: string, lines: RenderOptions['lines']): number {
  const text = lines?.(file) ?? [];
  let at = line;
  while (at < text.length - 1 && text[at].trim() === '') at++;
  return at < text.length ? at : line;
}

const hints: Partial<Record<PageFinding['kind'], string>> = {
  overflow: 'shorten the slide, split it with `---`, or make an image smaller',
  'hidden-highlight': 'shorten the code block, or highlight lines that fit on the slide',
  'small-text': 'put less on the slide, or split it',
  'broken-image': 'open the file in a browser: it may be damaged or not an image at all',
};

/** A file the page asked for and did not get, at the line that names it. */
function networkFailure(deck: Deck, url: URL, base: URL): Diagnostic {
  const path = decodeURIComponent(url.pathname.startsWith(base.pathname) ? url.pathname.slice(base.pathname.length) : url.pathname);
  const asset = deck.assets.find((a) => a.path === path);
  return {
    severity: 'error',
    code: 'broken-image',
    file: asset?.file ?? 'slides/',
    line: asset?.line ?? 0,
    message: `\`${path}\` did not load in the built site`,
    hint: 'is the file in the build (dist/)? npm run build copies the files the slides name',
  };
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
