// Vite plugin `deck:page`: the slides, rendered at build (or on each request in dev), go into
// index.html's `.reveal .slides`, and `.reveal` names the deck's code palette.
import type { Plugin } from 'vite';
import { renderSections } from '../deck/sections.ts';
import { codeScheme, DEFAULT_THEME } from '../themes/index.ts';
import type { DeckStore } from './deck-store.ts';

const SLIDES_MARK = '<!--deck:slides-->';
/** index.html's `.reveal` names the deck's code palette here; engine/palettes.css keys on it. */
const PALETTE_MARK = '%deck:code-palette%';

export function pageHtmlPlugin(store: DeckStore): Plugin {
  let serve = false;
  return {
    name: 'deck:page',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    async transformIndexHtml(html) {
      const { deck } = await store.current();
      return html
        .replace(PALETTE_MARK, codeScheme(deck.config.theme ?? DEFAULT_THEME, deck.config.codeTheme))
        .replace(SLIDES_MARK, () => renderSections(deck, { slideIds: serve }));
    },
  };
}
