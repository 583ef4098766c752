// Vite plugin `deck:slides`: serves the deck's config as `virtual:deck` and its theme as
// `virtual:deck-theme`, pre-renders the slides into index.html, copies the files they reference and
// fails the build on loader errors. In dev, `deck:live` (deck-live.ts) keeps open pages up to date.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic, type LoadResult, renderSections } from '../deck/index.ts';
import { deckLive } from './deck-live.ts';
import { DeckStore, stopsDeck } from './deck-store.ts';
import { themeNames } from './theme-names.ts';

const DECK_ID = 'virtual:deck';
const SLIDES_MARK = '<!--deck:slides-->';
const DEFAULT_THEME = 'white';

export interface DeckPluginOptions {
  /** Folder holding `slides/` and `images/`. @default Vite's root */
  root?: string;
  /** @default 'slides' */
  slidesDir?: string;
  /** Folders (in Vite's root) searched for `<theme>.css` before reveal.js's own themes. @default ['src/themes'] */
  themeDirs?: string[];
  /** The deck already loaded (a second build in the same process reuses it instead of reading it again). */
  loaded?: Promise<LoadResult>;
  /**
   * The build runs in Vite's CLI (`npm run build`): a deck's errors print as diagnostics with their
   * code frame and end the process with exit code 1, without the bundler's stack around them.
   * Builds through the API (tools, tests) get the error thrown instead. @default false
   */
  exitOnErrors?: boolean;
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
  let viteRoot = '';
  let serve = false;
  const themeDirs = options.themeDirs ?? ['src/themes'];
  const require = createRequire(import.meta.url);

  function themePath(name: string): string | undefined {
    const own = themeDirs.map((dir) => resolve(viteRoot, dir, `${name}.css`)).find((file) => existsSync(file));
    if (own) return own;
    try {
      return require.resolve(`reveal.js/theme/${name}.css`);
    } catch {
      return undefined;
    }
  }

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
      viteRoot = config.root;
      store.root = resolve(options.root ?? config.root);
      store.themes = themeNames(viteRoot, themeDirs);
      serve = config.command === 'serve';
    },
    resolveId: {
      filter: { id: /^virtual:deck(-theme)?$/ },
      async handler(id) {
        if (id === DECK_ID) return `\0${DECK_ID}`;
        const { deck, diagnostics } = await store.current();
        const name = deck.config.theme ?? DEFAULT_THEME;
        const path = themePath(name);
        // The loader has said so with the front matter's line (`unknown-theme`): fail with that.
        const unknown = diagnostics.filter((d) => d.code === 'unknown-theme');
        if (!path && unknown.length > 0) this.error(exitOnCli(store.errorDetails(unknown)));
        if (!path) this.error(`unknown theme \`${name}\`: no ${name}.css in ${themeDirs.join(', ')} or reveal.js's themes`);
        return path;
      },
    },
    load: {
      filter: { id: /^\0virtual:deck$/ },
      async handler() {
        const { deck, diagnostics } = await store.current();
        // The dev server reports the deck's problems itself (deck:live): the page logs those that
        // do not stop the deck, the error overlay shows the others.
        if (serve)
          return `export default ${JSON.stringify({ config: deck.config, problems: diagnostics.filter((d) => !stopsDeck(d)).map(formatDiagnostic) })};`;
        // Only files that exist: a missing one fails the build below.
        for (const file of new Set([...deck.stacks.flat().map((s) => s.file), ...deck.assets.map((a) => a.path)])) {
          if (existsSync(join(store.root, file))) this.addWatchFile(join(store.root, file));
        }
        for (const d of diagnostics.filter((d) => d.severity === 'warning')) this.warn(formatDiagnostic(d));
        const errors = diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0) this.error(exitOnCli(store.errorDetails(errors)));
        // Only the config travels in JS: the slides are already in the page's HTML.
        return `export default ${JSON.stringify({ config: deck.config })};`;
      },
    },
    async transformIndexHtml(html) {
      const { deck } = await store.current();
      return html.replace(SLIDES_MARK, () => renderSections(deck, { slideIds: serve }));
    },
    async generateBundle() {
      const { deck } = await store.current();
      for (const path of new Set(deck.assets.map((a) => a.path))) {
        const file = join(store.root, path);
        // The slides name files relative to the page; keep their paths so any sub-path works.
        if (existsSync(file)) this.emitFile({ type: 'asset', fileName: path, source: readFileSync(file) });
      }
    },
  };
}
