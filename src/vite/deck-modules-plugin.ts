// Vite plugin `deck:modules`: the deck's virtual modules. `virtual:deck` is its config (in dev, with
// the problems the page lists), `virtual:deck-theme` its theme's stylesheet, `virtual:deck-styles`
// all its styles (theme, engine CSS with both code palettes, KaTeX if the deck has math). Loading
// `virtual:deck` in a build reports the deck's warnings, and fails on its errors with their place;
// the command that runs the build decides what a failure does (tools/build.ts ends the process).
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic } from '../deck/diagnostics.ts';
import type { Deck } from '../deck/index.ts';
import { locateFile } from '../deck/read.ts';
import { DEFAULT_THEME, themeFile, themeNames } from '../themes/index.ts';
import { type DeckStore, pageProblems } from './deck-store.ts';
import { DECK_ID, STYLES_ID, THEME_ID } from './virtual-ids.ts';

const THEMES_DIR = resolve(import.meta.dirname, '../themes');
const ENGINE_DIR = resolve(import.meta.dirname, '../client/engine');

export interface DeckModulesOptions {
  /** Folder holding `slides/` and `images/`. @default Vite's root */
  root?: string;
  /** Print the deck's warnings. A second build of the same deck (the single file) leaves it to the first. @default true */
  warn?: boolean;
}

export function deckModulesPlugin(store: DeckStore, options: DeckModulesOptions = {}): Plugin {
  let serve = false;
  return {
    name: 'deck:modules',
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
        if (!file && unknown.length > 0) this.error(store.errorDetails(unknown));
        if (!file) this.error(`unknown theme \`${name}\`: the themes are ${themeNames().join(', ')}`);
        return join(THEMES_DIR, file);
      },
    },
    load: {
      filter: { id: /^\0virtual:deck(-styles)?$/ },
      async handler(id) {
        if (id === `\0${STYLES_ID}`) return stylesModule((await store.current()).deck);
        if (id !== `\0${DECK_ID}`) return undefined;
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
        if (errors.length > 0) this.error(store.errorDetails(errors));
        // Only the config travels in JS: the slides are already in the page's HTML.
        return `export default ${JSON.stringify({ config: deck.config })};`;
      },
    },
  };
}

/** The deck's styles in cascade order: the theme, then the engine's rules and palettes and (with math) KaTeX's. */
function stylesModule(deck: Deck): string {
  const files = [THEME_ID, join(ENGINE_DIR, 'engine.css')];
  if (deck.stacks.flat().some((slide) => slide.math)) files.push(join(ENGINE_DIR, 'katex.css'));
  return files.map((file) => `import ${JSON.stringify(file)};`).join('\n');
}
