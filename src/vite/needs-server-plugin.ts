// Vite plugin `deck:notice`: a page opened from file:// (a double-clicked dist/index.html) shows how
// to open it instead of broken slides, pointing to the single file when one is written beside it.
// Not in the single file itself, which needs no server.
import type { Plugin } from 'vite';
import { NEEDS_SERVER_FILE, NEEDS_SERVER_SCRIPT, renderNeedsServer } from '../site/needs-server.ts';
import type { DeckStore } from './deck-store.ts';
import { singleFileName } from './single-file-plugin.ts';

const HEAD_MARK = '<!--deck:head-->';
const NOTICE_MARK = '<!--deck:notice-->';

export interface NeedsServerOptions {
  /** A single file is written beside the site, so the notice points to it. @default false */
  singleFile?: boolean;
  /** The page is the single file: no notice, nothing emitted. @default false */
  inline?: boolean;
}

export function needsServerPlugin(store: DeckStore, options: NeedsServerOptions = {}): Plugin {
  return {
    name: 'deck:notice',
    transformIndexHtml: {
      // After Vite's own pass over the HTML, which would bundle the notice's <style> (blocked from file://).
      async handler(html) {
        if (options.inline) return html.replace(NOTICE_MARK, '');
        const { deck } = await store.current();
        const notice = renderNeedsServer(options.singleFile ? singleFileName(deck.config) : undefined);
        // Its head goes after the page's: deck:head, next in the list, fills the mark.
        return html.replace(HEAD_MARK, () => `${HEAD_MARK}\n${notice.head}`).replace(NOTICE_MARK, () => notice.body);
      },
    },
    generateBundle() {
      if (options.inline) return;
      this.emitFile({ type: 'asset', fileName: NEEDS_SERVER_FILE, source: NEEDS_SERVER_SCRIPT });
    },
    configureServer(server) {
      // The page names the script in dev too; it does nothing over http.
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${NEEDS_SERVER_FILE}`) return next();
        res.setHeader('content-type', 'text/javascript');
        res.end(NEEDS_SERVER_SCRIPT);
      });
    },
  };
}
