// Vite plugin `deck:files`: what the build writes beside the page for the deck. Every file a slide
// names, at the path it names it by, and `deck.json` (site/manifest.ts), which the tools read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { locateFile } from '../deck/read.ts';
import { MANIFEST_FILE, siteManifest } from '../site/manifest.ts';
import type { DeckStore } from './deck-store.ts';

export function deckFilesPlugin(store: DeckStore): Plugin {
  return {
    name: 'deck:files',
    apply: 'build',
    async generateBundle() {
      const { deck } = await store.current();
      // The PDF export reads the outline and title from here instead of loading the deck again.
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: `${JSON.stringify(siteManifest(deck), null, 2)}\n` });
      for (const path of new Set(deck.assets.map((a) => a.path))) {
        // The slides name files relative to the page; keep their paths so any sub-path works. Never
        // a file out of the project (the loader has failed the build on it already).
        if (locateFile(store.root, path) === 'file') this.emitFile({ type: 'asset', fileName: path, source: readFileSync(join(store.root, path)) });
      }
    },
  };
}
