// Reveal's options for a deck: how the talk was presented, the deck's own options, our plugins.
import type { RevealConfig } from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import type { DeckConfig } from '../deck/types.ts';
import { CodeScroll } from './code-scroll.ts';
import { PopupBlocked } from './popup-blocked.ts';
import { PrintView } from './print-view.ts';

/** How the talk was presented; the deck's front matter overrides any of them. */
export const DEFAULTS = { width: 1000, height: 750, progress: true };

/** One Reveal plugin per behaviour: speaker notes, code scrolling, print view, blocked pop-up help. */
export const PLUGINS = [Notes, CodeScroll, PrintView, PopupBlocked];

export function revealOptions(config: DeckConfig): RevealConfig {
  return {
    ...DEFAULTS,
    ...config.reveal,
    // The URL keeps the reader's place (`#/3/2`), whatever the deck says: reload stays put.
    hash: true,
    plugins: PLUGINS,
  };
}
