// The site's Vite config, for any deck folder: `vite.config.ts` uses it for the talk, and the
// tools and tests build other decks (fixtures, a scratch talk) with it, so every build is the same.
import { join, resolve } from 'node:path';
import type { InlineConfig, UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import type { LoadResult } from '../deck/types.ts';
import { PHONE_PAGE } from '../remote/protocol.ts';
import { REPO_ROOT } from '../repo-root.ts';
import { deckFilesPlugin } from './deck-files-plugin.ts';
import { deckLive } from './deck-live.ts';
import { deckModulesPlugin } from './deck-modules-plugin.ts';
import { DeckStore } from './deck-store.ts';
import { iconsPlugin } from './icons-plugin.ts';
import { inlineDeckFiles } from './inline-deck-files.ts';
import { needsServerPlugin } from './needs-server-plugin.ts';
import { notesPlugin } from './notes-plugin.ts';
import { pageHeadPlugin } from './page-head-plugin.ts';
import { pageHtmlPlugin } from './page-html-plugin.ts';
import { remotePlugin } from './remote-plugin.ts';
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
  /** Print the deck's warnings (the tests' fixture decks have theirs on purpose). @default true */
  warn?: boolean;
}

/**
 * The site's plugins, in order, one concern each: the deck's modules, the slides in the page, the
 * files beside it, live edits (dev), the speaker view's fixes, the file:// notice, the page's head
 * and policy, the icon and card. All share one loaded deck.
 */
export function siteConfig(options: SiteOptions = {}): UserConfig {
  const site = resolved(options);
  const store = new DeckStore('slides', options.loaded);
  const icons = iconsPlugin(store, { card: site.socialCard });
  return {
    ...common(site),
    plugins: [
      deckModulesPlugin(store, { root: options.deckRoot, warn: options.warn }),
      pageHtmlPlugin(store),
      deckFilesPlugin(store),
      deckLive(store),
      remotePlugin(),
      notesPlugin(),
      needsServerPlugin(store, { singleFile: site.singleFile }),
      pageHeadPlugin(store, icons.api, { siteUrl: site.siteUrl }),
      icons,
      ...(site.singleFile ? [singleFilePlugin(store, { config: (loaded) => singleFileConfig(site, loaded) })] : []),
    ],
  };
}

/** The single file's build: the same site, every file inlined, nothing written (the plugin writes it). */
function singleFileConfig(site: Resolved, loaded: Promise<LoadResult>): InlineConfig {
  const config = common(site);
  const store = new DeckStore('slides', loaded);
  const icons = iconsPlugin(store, { card: site.socialCard, inline: true });
  return {
    ...config,
    // Never vite.config.ts: it would add the single-file plugin again.
    configFile: false,
    logLevel: 'warn',
    plugins: [
      // The site's build has printed the deck's warnings already.
      deckModulesPlugin(store, { root: site.deckRoot, warn: false }),
      pageHtmlPlugin(store),
      notesPlugin(),
      needsServerPlugin(store, { inline: true }),
      pageHeadPlugin(store, icons.api, { siteUrl: site.siteUrl, inline: true }),
      icons,
      inlineDeckFiles(store),
      viteSingleFile(),
    ],
    // The deck's page alone: the phone's page is the site's, not the single file's.
    build: { ...config.build, write: false, emptyOutDir: false, rollupOptions: { input: join(REPO_ROOT, 'index.html'), checks: QUIET_CHECKS } },
  };
}

/**
 * On a busy machine Rolldown warns that plugins took most of a build ("[PLUGIN_TIMINGS] JavaScript
 * callbacks ran for 2.1s…"): advice for plugin authors, printed into `npm run pdf`'s output.
 */
const QUIET_CHECKS = { bundlerTimings: false };

function common(site: Resolved): UserConfig {
  return {
    root: REPO_ROOT,
    // Relative URLs: the built site works from any sub-path (GitLab Pages, a folder on a USB stick).
    base: './',
    // The slides' images are copied by the deck plugin; nothing else is public.
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: site.outDir,
      emptyOutDir: true,
      // The deck, and the speaker's phone page of `npm run present` (dist/src/phone/index.html).
      rollupOptions: { input: { deck: join(REPO_ROOT, 'index.html'), phone: join(REPO_ROOT, PHONE_PAGE) }, checks: QUIET_CHECKS },
    },
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
    siteUrl: options.siteUrl ?? process.env.DECK_SITE_URL ?? process.env.CI_PAGES_URL ?? '',
  };
}
