// Vite plugin `deck:live` (dev server only): when a slide file is saved, sends open pages the slides
// that changed as a `deck:update` event (the client's DeckHmr swaps them in place); a mistake shows
// in Vite's error overlay and the page keeps the last good deck; a front matter change or a changed
// image reloads the page. Also serves the files the slides reference from the deck's folder.
import sirv from 'sirv';
import type { Connect, ErrorPayload, Logger, Plugin } from 'vite';
import { formatDiagnostic } from '../deck/diagnostics.ts';
import type { Diagnostic, LoadResult } from '../deck/index.ts';
import { diagnosticFrame, locateFile } from '../deck/read.ts';
import { diffDecks } from '../live/diff.ts';
import { type DeckStore, pageProblems, stopsDeck } from './deck-store.ts';

export function deckLive(store: DeckStore): Plugin {
  let logger: Logger | undefined;
  /** Mistakes in the deck on disk now; while there are any, pages keep the last good deck. */
  let errors: Diagnostic[] = [];
  let reported = new Set<string>();
  /** One save at a time, in the order they came: each update is a diff from what the pages show. */
  let queue: Promise<unknown> = Promise.resolve();

  /** Prints the problems not printed for the previous load; returns those the page should log. */
  function report(result: LoadResult): string[] {
    errors = result.diagnostics.filter(stopsDeck);
    const lines = result.diagnostics.map(formatDiagnostic);
    const fresh = result.diagnostics.filter((_, i) => !reported.has(lines[i]));
    reported = new Set(lines);
    for (const d of fresh) {
      if (stopsDeck(d)) logger?.error([formatDiagnostic(d), diagnosticFrame(store.root, d)].filter(Boolean).join('\n'), { timestamp: true });
      else logger?.warn(formatDiagnostic(d), { timestamp: true });
    }
    return pageProblems(fresh);
  }

  function overlay(): ErrorPayload {
    return { type: 'error', err: { ...store.errorDetails(errors), plugin: 'deck:live', stack: '' } };
  }

  return {
    name: 'deck:live',
    apply: 'serve',
    configureServer(server) {
      logger = server.config.logger;
      // The talk's folder is Vite's root, watched already; a deck elsewhere is not.
      server.watcher.add(store.root);
      server.middlewares.use(serveAssets(store));
      void store.current().then(report);
      // A page opened while the deck has a mistake shows it too, as Vite replays its own errors.
      server.environments.client.hot.on('vite:client:connect', (_data, client) => {
        if (errors.length > 0) client.send(overlay());
      });
    },
    async hotUpdate({ file, type, read }) {
      if (this.environment.name !== 'client') return;
      const kind = await store.kind(file);
      if (!kind) return;
      const { hot, moduleGraph } = this.environment;
      const work = queue.then(async () => {
        // An editor that saves in place truncates first, and the watcher may report the empty file:
        // Vite's read() waits until the file has been written.
        // A link to nothing or a file without permission cannot be read: the load below says so.
        if (kind === 'slides' && type !== 'delete') await (async () => read())().catch(() => undefined);
        const next = await store.load();
        const problems = report(next);
        if (errors.length > 0) {
          hot.send(overlay());
          return;
        }
        const diff = diffDecks((await store.current()).deck, next.deck);
        store.set(next);
        const module = moduleGraph.getModuleById('\0virtual:deck');
        if (module) moduleGraph.invalidateModule(module);
        if (kind === 'asset' || diff.reload) {
          // The theme is resolved in main.ts's imports: everything is served again.
          if (diff.reload) moduleGraph.invalidateAll();
          hot.send({ type: 'full-reload' });
          return;
        }
        const { reload: _reload, ...update } = diff;
        hot.send('deck:update', { ...update, problems, warnings: pageProblems(next.diagnostics) });
      });
      queue = work.catch((error: unknown) => logger?.error(`deck:live: ${String(error)}`));
      await queue;
      return [];
    },
  };
}

/** Serves the files the slides reference from the deck's folder (which need not be Vite's root). */
function serveAssets(store: DeckStore): Connect.NextHandleFunction {
  const serve = sirv(store.root, { dev: true, dotfiles: false });
  return (req, res, next) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).slice(1);
    void store.current().then(({ deck }) => {
      const asset = deck.assets.find((a) => a.path === path);
      if (!asset) return next();
      const location = locateFile(store.root, path);
      if (location === 'file') return serve(req, res, next);
      // Plainly missing or refused, not Vite's index.html fallback: the slide shows a broken image.
      res.statusCode = location === 'outside' ? 403 : 404;
      res.end(`${path} ${location === 'outside' ? 'leads outside the project' : 'does not exist'} (${asset.file}:${asset.line + 1})`);
    }, next);
  };
}
