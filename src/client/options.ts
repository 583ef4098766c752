// Reveal's options for a deck: how the talk was presented, the deck's own options, our plugins.
import type { RevealConfig, RevealPlugin } from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import type { DeckConfig } from '../deck/types.ts';
import { CodeScroll } from './code-scroll.ts';
import { DEFAULTS } from './deck-size.ts';
import { PopupBlocked } from './popup-blocked.ts';
import { PrintView } from './print-view.ts';

export { DEFAULTS };

/** One Reveal plugin per behaviour: speaker notes, code scrolling, print view, blocked pop-up help. */
export const PLUGINS = [Notes, CodeScroll, PrintView, PopupBlocked];

/** `extra`: plugins for this page only (live edits under the dev server). */
export function revealOptions(config: DeckConfig, extra: RevealPlugin[] = []): RevealConfig {
  return {
    ...DEFAULTS,
    ...config.reveal,
    // The URL keeps the reader's place (`#/3/2`), whatever the deck says: reload stays put.
    hash: true,
    plugins: [...PLUGINS, ...extra],
  };
}
