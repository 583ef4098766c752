// Weights, the same every load: what each tool's page loads, and what our built JS must not hold.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { log, type PeerSite } from './context.ts';
import { weighPage } from './measure.ts';
import type { Result } from './metrics.ts';

/** Sizes are the same every load: one weighing per tool. */
export async function weights(browser: Browser, sites: PeerSite[], results: Result[]): Promise<void> {
  for (const site of sites) {
    try {
      const w = await weighPage(browser, new URL(site.path, site.server.url).href, site.ready);
      results.push(
        { metric: 'js-raw', tool: site.tool, runs: [w.js.raw] },
        { metric: 'js-gzip', tool: site.tool, runs: [w.js.gzip] },
        { metric: 'css-raw', tool: site.tool, runs: [w.css.raw] },
        { metric: 'css-gzip', tool: site.tool, runs: [w.css.gzip] },
        { metric: 'fonts', tool: site.tool, runs: [w.fonts] },
      );
    } catch (error) {
      log(`${site.tool}: could not weigh the page: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    }
  }
}

/** highlight.js or a Markdown parser in our built JS (the budget forbids both). */
export async function bundleHasParser(dist: string): Promise<boolean> {
  const assets = join(dist, 'assets');
  const names = (await readdir(assets)).filter((n) => n.endsWith('.js'));
  const texts = await Promise.all(names.map((n) => readFile(join(assets, n), 'utf8')));
  // Library code, not names: reveal.js core names `.hljs` in its auto-animate selectors, and reveal's
  // speaker view page (a string) still calls `marked.parse` for `data-markdown` notes, which we never send.
  return texts.some((t) => /highlightAuto|registerLanguage|Could not find the language|markdown-it|MarkdownIt|linkify-it|markedjs|new Remarkable/.test(t));
}

/** The built CSS of the talk under every theme, gzip: the heaviest and its name (one build each). */
export async function themeWeights(themes: string[], dirFor: (theme: string) => Promise<string>): Promise<{ theme: string; gzip: number }[]> {
  const [{ build }, { siteConfig }] = await Promise.all([import('vite'), import('../../src/vite/site-config.ts')]);
  const sizes: { theme: string; gzip: number }[] = [];
  for (const theme of themes) {
    const deckRoot = await dirFor(theme);
    const outDir = join(deckRoot, 'dist');
    await build({ ...siteConfig({ deckRoot, outDir, singleFile: false, socialCard: false }), configFile: false, logLevel: 'silent' });
    const css = (await readdir(join(outDir, 'assets'))).filter((n) => n.endsWith('.css'));
    const texts = await Promise.all(css.map((n) => readFile(join(outDir, 'assets', n))));
    sizes.push({ theme, gzip: texts.reduce((sum, t) => sum + gzipSync(t).length, 0) });
  }
  return sizes;
}
