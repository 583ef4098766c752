// The rendered pass's setting up: the site built when stale, served on a free port, Chromium
// launched; then render.ts measures. Imported by `npm run check` only when it renders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, LoadResult } from '../../deck/index.ts';
import { normalise } from '../../deck/read.ts';
import { launchBrowser } from '../browser.ts';
import { serveSite } from '../serve.ts';
import { buildSite, siteIsStale } from '../site.ts';
import { renderChecks } from './render.ts';

/** `loaded`: the deck as the rules read it; a stale site is built from that same reading. */
export async function renderDeck(root: string, loaded: LoadResult, options: { timeoutMs: number; say: (line: string) => void }): Promise<Diagnostic[]> {
  const { deck } = loaded;
  const outDir = join(root, 'dist');
  if (siteIsStale(root, outDir)) {
    options.say('building the site …');
    await buildSite(root, outDir, loaded);
  }
  const site = await serveSite(outDir, 0);
  try {
    const browser = await launchBrowser();
    try {
      const lines = (file: string) => normalise(readFileSync(join(root, file), 'utf8')).split('\n');
      return await renderChecks(browser, deck, { url: site.url, timeoutMs: options.timeoutMs, lines });
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}
