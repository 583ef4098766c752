// The site's Vite config, for any deck folder: `vite.config.ts` uses it for the talk, and the
// tools and tests build other decks (fixtures, a scratch talk) with it, so every build is the same.
import { resolve } from 'node:path';
import type { InlineConfig, UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import type { LoadResult } from '../deck/types.ts';
import { deckPlugin } from './deck-plugin.ts';
import { inlineDeckFiles } from './inline-deck-files.ts';
import { notesPlugin } from './notes-plugin.ts';
import { sharePlugin } from './share-plugin.ts';
import { singleFilePlugin } from './single-file-plugin.ts';

export interface SiteOptions {
  /** Folder holding `slides/` and `images/`. @default the repository (Vite's root) */
  deckRoot?: string;
  /** Where the site is written. @default `dist` */
  outDir?: string;
  /** Also write the whole deck as one self-contained file, `<outDir>/<title slug>.html`. @default true, or `DECK_SINGLE_FILE=0` */
  singleFile?: boolean;
  /** Draw the 1200×630 social card from the title slide. @default true, or `DECK_SOCIAL_CARD=0` */
  socialCard?: boolean;
  /**
   * Absolute URL the site is published at, for link previews (og:url, an absolute og:image).
   * @default `DECK_SITE_URL`, else GitLab's `CI_PAGES_URL`, else none: the image URL stays relative
   */
  siteUrl?: string;
  /** The deck already loaded by the caller (a tool that checked it first): the build does not read it again. */
  loaded?: Promise<LoadResult>;
  /** Built by Vite's CLI (`npm run build`): a deck's errors end the process as diagnostics, no stack. @default false */
  exitOnDeckErrors?: boolean;
  /** Print the deck's warnings (the tests' fixture decks have theirs on purpose). @default true */
  warn?: boolean;
}

/** The repository: index.html and src/ live here whatever deck is built. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export function siteConfig(options: SiteOptions = {}): UserConfig {
  const site = resolved(options);
  return {
    ...common(site),
    plugins: [
      deckPlugin({ root: options.deckRoot, exitOnErrors: site.exitOnDeckErrors, loaded: options.loaded, warn: options.warn }),
      notesPlugin(),
      sharePlugin({ siteUrl: site.siteUrl, card: site.socialCard, singleFile: site.singleFile }),
      ...(site.singleFile ? [singleFilePlugin({ config: (loaded) => singleFileConfig(site, loaded) })] : []),
    ],
  };
}

/** The single file's build: the same site, every file inlined, nothing written (the plugin writes it). */
function singleFileConfig(site: Resolved, loaded: Promise<LoadResult>): InlineConfig {
  const config = common(site);
  return {
    ...config,
    // Never vite.config.ts: it would add the single-file plugin again.
    configFile: false,
    logLevel: 'warn',
    plugins: [
      // The site's build has printed the deck's warnings already.
      deckPlugin({ root: site.deckRoot, loaded, warn: false }),
      notesPlugin(),
      sharePlugin({ siteUrl: site.siteUrl, card: site.socialCard, inline: true }),
      inlineDeckFiles(site.deckRoot),
      viteSingleFile(),
    ],
    build: { ...config.build, write: false, emptyOutDir: false },
  };
}

function common(site: Resolved): UserConfig {
  return {
    root: REPO_ROOT,
    // Relative URLs: the built site works from any sub-path (GitLab Pages, a folder on a USB stick).
    base: './',
    // The slides' images are copied by the deck plugin; nothing else is public.
    publicDir: false,
    build: { target: 'es2022', outDir: site.outDir, emptyOutDir: true },
  };
}

type Resolved = Required<Omit<SiteOptions, 'loaded' | 'warn'>>;

function resolved(options: SiteOptions): Resolved {
  return {
    deckRoot: resolve(options.deckRoot ?? REPO_ROOT),
    outDir: resolve(REPO_ROOT, options.outDir ?? 'dist'),
    // The environment turns the extras off for a quicker build (the benchmark times the site alone).
    singleFile: options.singleFile ?? process.env.DECK_SINGLE_FILE !== '0',
    socialCard: options.socialCard ?? process.env.DECK_SOCIAL_CARD !== '0',
    exitOnDeckErrors: options.exitOnDeckErrors ?? false,
    siteUrl: options.siteUrl ?? process.env.DECK_SITE_URL ?? process.env.CI_PAGES_URL ?? '',
  };
}
