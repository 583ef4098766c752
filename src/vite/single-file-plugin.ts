// Vite plugin `deck:single-file`: after the site is written, a second Vite build in the same process
// (reusing the loaded deck) makes the whole deck one self-contained HTML file, `<slug>.html`, beside
// it. vite-plugin-singlefile inlines the script and styles (fonts inside); `deck:inline-files` the images.
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build, type InlineConfig, type Logger, type Plugin } from 'vite';
import { slugify } from '../deck/slug.ts';
import type { DeckConfig, LoadResult } from '../deck/types.ts';
import type { DeckStore } from './deck-store.ts';

export interface SingleFileOptions {
  /** The config of the single file's build, given the deck the site's build loaded. */
  config: (loaded: Promise<LoadResult>) => InlineConfig;
}

/** The single file's name: the deck's title as a slug, e.g. `gitlab-runners-docker-in-docker-explained.html`. */
export function singleFileName(config: DeckConfig): string {
  return `${slugify(config.title ?? '')}.html`;
}

export function singleFilePlugin(store: DeckStore, options: SingleFileOptions): Plugin {
  let outDir = '';
  let logger: Logger;
  return {
    name: 'deck:single-file',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      logger = config.logger;
    },
    // After the site is on disk: a failed site build writes no single file.
    async writeBundle() {
      const start = performance.now();
      const loaded = store.current();
      const { deck } = await loaded;
      const result = await build(options.config(loaded));
      const outputs = Array.isArray(result) ? result : [result];
      const page = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((file) => file.fileName === 'index.html');
      if (page?.type !== 'asset') this.error("the single file's build wrote no index.html");
      const file = join(outDir, singleFileName(deck.config));
      await writeFile(file, page.source);
      const kB = (Buffer.byteLength(page.source) / 1000).toFixed(2);
      logger.info(`${relative(process.cwd(), file)}  ${kB} kB │ the deck in one file, built in ${Math.round(performance.now() - start)} ms`);
    },
  };
}
