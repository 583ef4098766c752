// Vite plugin `deck:slides`: serves the deck's config as `virtual:deck`, its theme as
// `virtual:deck-theme` and all its styles (theme, engine CSS with both code palettes, KaTeX if the deck has
// math) as `virtual:deck-styles`; pre-renders the slides into index.html, copies the files they reference and
// writes `deck.json` (deck/manifest.ts) and fails the build on loader errors. In dev, `deck:live` (deck-live.ts) keeps open pages up to date.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { type Deck, formatDiagnostic, type LoadResult, renderSections } from '../deck/index.ts';
import { MANIFEST_FILE, siteManifest } from '../deck/manifest.ts';
import { locateFile } from '../deck/read.ts';
import { codeScheme, DEFAULT_THEME, themeFile, themeNames } from '../themes/index.ts';
import { deckLive } from './deck-live.ts';
import { DeckStore, pageProblems } from './deck-store.ts';

const THEME_ID = 'virtual:deck-theme';
const STYLES_ID = 'virtual:deck-styles';
const SLIDES_MARK = '<!--deck:slides-->';
/** index.html's `.reveal` names the deck's code palette here; engine/palettes.css keys on it. */
const PALETTE_MARK = '%deck:code-palette%';
const THEMES_DIR = resolve(import.meta.dirname, '../themes');
const ENGINE_DIR = resolve(import.meta.dirname, '../client/engine');

export interface DeckPluginOptions {
  /** Folder holding `slides/` and `images/`. @default Vite's root */
  root?: string;
  /** @default 'slides' */
  slidesDir?: string;
  /** The deck already loaded (a second build in the same process reuses it instead of reading it again). */
  loaded?: Promise<LoadResult>;
  /**
   * The build runs in Vite's CLI (`npm run build`): a deck's errors print as diagnostics with their
   * code frame and end the process with exit code 1, without the bundler's stack around them.
   * Builds through the API (tools, tests) get the error thrown instead. @default false
   */
  exitOnErrors?: boolean;
  /** Print the deck's warnings. A second build of the same deck (the single file) leaves it to the first. @default true */
  warn?: boolean;
}

/** What sibling plugins (`deck:share`, `deck:single-file`) use: the one loaded deck. */
export interface DeckApi {
  load(): Promise<LoadResult>;
}

/** The deck's plugins: `deck:slides` for dev and build, `deck:live` for the dev server's live edits. */
export function deckPlugin(options: DeckPluginOptions = {}): Plugin[] {
  const store = new DeckStore(options.slidesDir ?? 'slides', options.loaded);
  return [deckSlides(store, options), deckLive(store)];
}

function deckSlides(store: DeckStore, options: DeckPluginOptions): Plugin<DeckApi> {
  let serve = false;

  /** From `vite build` on the command line, the deck's errors end the process; callers in code get them thrown. */
  function exitOnCli<T extends { message: string; frame: string }>(details: T): T {
    if (!options.exitOnErrors) return details;
    // Vite's CLI prints a thrown error with two stacks; the deck's errors need none.
    console.error(`${details.message}\n${details.frame}\nbuild failed: fix the error(s) above`.replace(/\n\n+/g, '\n'));
    process.exit(1);
  }

  return {
    name: 'deck:slides',
    api: { load: () => store.current() },
    configResolved(config) {
      store.root = resolve(options.root ?? config.root);
      store.themes = themeNames();
      serve = config.command === 'serve';
    },
    resolveId: {
      filter: { id: /^virtual:deck(-theme|-styles)?$/ },
      async handler(id) {
        if (id !== THEME_ID) return `\0${id}`;
        const { deck, diagnostics } = await store.current();
        // The deck's own stylesheet, when it names no theme of ours (the loader checks it: missing-file).
        const own = deck.config.themeFile;
        if (own && locateFile(store.root, own) === 'file') return join(store.root, own);
        const name = deck.config.theme ?? DEFAULT_THEME;
        const file = themeFile(name);
        // The loader has said so with the front matter's line (`unknown-theme`): fail with that.
        const unknown = diagnostics.filter((d) => d.code === 'unknown-theme');
        if (!file && unknown.length > 0) this.error(exitOnCli(store.errorDetails(unknown)));
        if (!file) this.error(`unknown theme \`${name}\`: the themes are ${themeNames().join(', ')}`);
        return join(THEMES_DIR, file);
      },
    },
    load: {
      filter: { id: /^\0virtual:deck(-styles)?$/ },
      async handler(id) {
        if (id === `\0${STYLES_ID}`) return stylesModule((await store.current()).deck);
        const { deck, diagnostics } = await store.current();
        // The dev server reports the deck's problems itself (deck:live): the page logs those that
        // do not stop the deck, the error overlay shows the others.
        if (serve) return `export default ${JSON.stringify({ config: deck.config, problems: pageProblems(diagnostics) })};`;
        // Only files that exist: a missing one fails the build below.
        for (const file of new Set([...deck.stacks.flat().map((s) => s.file), ...deck.assets.map((a) => a.path)])) {
          if (locateFile(store.root, file) === 'file') this.addWatchFile(join(store.root, file));
        }
        if (options.warn !== false) for (const d of diagnostics.filter((d) => d.severity === 'warning')) this.warn(formatDiagnostic(d));
        const errors = diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0) this.error(exitOnCli(store.errorDetails(errors)));
        // Only the config travels in JS: the slides are already in the page's HTML.
        return `export default ${JSON.stringify({ config: deck.config })};`;
      },
    },
    async transformIndexHtml(html) {
      const { deck } = await store.current();
      return html
        .replace(PALETTE_MARK, codeScheme(deck.config.theme ?? DEFAULT_THEME, deck.config.codeTheme))
        .replace(SLIDES_MARK, () => renderSections(deck, { slideIds: serve }));
    },
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

/** The deck's styles in cascade order: the theme, then the engine's rules and palettes and (with math) KaTeX's. */
function stylesModule(deck: Deck): string {
  const files = [THEME_ID, join(ENGINE_DIR, 'engine.css')];
  if (deck.stacks.flat().some((slide) => slide.math)) files.push(join(ENGINE_DIR, 'katex.css'));
  return files.map((file) => `import ${JSON.stringify(file)};`).join('\n');
}
