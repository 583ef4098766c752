// The site's Vite config, for any deck folder: `vite.config.ts` uses it for the talk, and the
// tools and tests build other decks (fixtures, a scratch talk) with it, so every build is the same.
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';
import { deckPlugin } from './deck-plugin.ts';

export interface SiteOptions {
  /** Folder holding `slides/` and `images/`. @default the repository (Vite's root) */
  deckRoot?: string;
  /** Where the site is written. @default `dist` */
  outDir?: string;
}

/** The repository: index.html and src/ live here whatever deck is built. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export function siteConfig(options: SiteOptions = {}): UserConfig {
  return {
    root: REPO_ROOT,
    // Relative URLs: the built site works from any sub-path (GitLab Pages, a folder on a USB stick).
    base: './',
    // The slides' images are copied by the deck plugin; nothing else is public.
    publicDir: false,
    plugins: [deckPlugin({ root: options.deckRoot })],
    build: { target: 'es2022', outDir: resolve(REPO_ROOT, options.outDir ?? 'dist'), emptyOutDir: true },
  };
}
