// Vite plugin `deck:slides`: serves the loaded deck as `virtual:deck`, its theme as
// `virtual:deck-theme`, pre-renders the slides into index.html, copies the files they reference,
// fails the build on loader errors, and reloads the page when slides or images change.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic, renderSections, type LoadResult } from '../deck/index.ts';
import { loadDeck } from '../deck/read.ts';

const DECK_ID = 'virtual:deck';
const SLIDES_MARK = '<!--deck:slides-->';
const DEFAULT_THEME = 'white';

export interface DeckPluginOptions {
  /** Folder holding `slides/` and `images/`. @default Vite's root */
  root?: string;
  /** @default 'slides' */
  slidesDir?: string;
  /** Folders searched for `<theme>.css` before reveal.js's own themes. @default ['src/themes'] */
  themeDirs?: string[];
  /** The deck already loaded (a second build in the same process reuses it instead of reading it again). */
  loaded?: Promise<LoadResult>;
}

/** What sibling plugins (`deck:share`, `deck:single-file`) use: the one loaded deck. */
export interface DeckApi {
  load(): Promise<LoadResult>;
}

export function deckPlugin(options: DeckPluginOptions = {}): Plugin<DeckApi> {
  let root = '';
  /** Vite's root, the repository: the engine's own themes live under it, whatever the deck's folder. */
  let engineRoot = '';
  let loaded: Promise<LoadResult> | undefined = options.loaded;
  const slidesDir = options.slidesDir ?? 'slides';
  const load = () => (loaded ??= loadDeck(root, slidesDir));
  const require = createRequire(import.meta.url);

  function themePath(name: string): string | undefined {
    const dirs = (options.themeDirs ?? ['src/themes']).flatMap((dir) => [resolve(root, dir), resolve(engineRoot, dir)]);
    const candidates = dirs.map((dir) => join(dir, `${name}.css`));
    const own = candidates.find((file) => existsSync(file));
    if (own) return own;
    try {
      return require.resolve(`reveal.js/theme/${name}.css`);
    } catch {
      return undefined;
    }
  }

  return {
    name: 'deck:slides',
    api: { load },
    configResolved(config) {
      root = resolve(options.root ?? config.root);
      engineRoot = config.root;
    },
    resolveId: {
      filter: { id: /^virtual:deck(-theme)?$/ },
      async handler(id) {
        if (id === DECK_ID) return `\0${DECK_ID}`;
        const { deck } = await load();
        const name = deck.config.theme ?? DEFAULT_THEME;
        const path = themePath(name);
        if (!path) this.error(`unknown theme \`${name}\`: no ${name}.css in ${(options.themeDirs ?? ['src/themes']).join(', ')} or reveal.js's themes`);
        return path;
      },
    },
    load: {
      filter: { id: /^\0virtual:deck$/ },
      async handler() {
        const { deck, diagnostics } = await load();
        for (const file of new Set([...deck.stacks.flat().map((s) => s.file), ...deck.assets.map((a) => a.path)])) {
          this.addWatchFile(join(root, file));
        }
        for (const d of diagnostics.filter((d) => d.severity === 'warning')) this.warn(formatDiagnostic(d));
        const errors = diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0) {
          const [first] = errors;
          this.error({ message: errors.map(formatDiagnostic).join('\n'), id: join(root, first.file),
            loc: { file: join(root, first.file), line: first.line + 1, column: first.column ?? 0 } });
        }
        // Only the config travels in JS: the slides are already in the page's HTML.
        return `export default ${JSON.stringify({ config: deck.config })};`;
      },
    },
    async transformIndexHtml(html) {
      const { deck } = await load();
      return html.replace(SLIDES_MARK, () => renderSections(deck));
    },
    async generateBundle() {
      const { deck } = await load();
      for (const path of new Set(deck.assets.map((a) => a.path))) {
        const file = join(root, path);
        // The slides name files relative to the page; keep their paths so any sub-path works.
        if (existsSync(file)) this.emitFile({ type: 'asset', fileName: path, source: readFileSync(file) });
      }
    },
    configureServer(server: ViteDevServer) {
      const watched = [join(root, slidesDir), join(root, 'images')];
      server.watcher.add(watched);
      const onChange = (file: string) => {
        if (!watched.some((dir) => file.startsWith(dir))) return;
        loaded = undefined;
        const module = server.moduleGraph.getModuleById(`\0${DECK_ID}`);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
    },
  };
}
