// Reveal's options for a deck: how the talk was presented, the deck's own options, our plugins.
import type { RevealConfig, RevealPlugin } from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import type { DeckConfig } from '../deck/types.ts';
import { CodeScroll } from './code-scroll.ts';
import { DEFAULTS } from './deck-size.ts';
import { PopupBlocked } from './popup-blocked.ts';
import { PrintView } from './print-view.ts';
import { pageMode, Remote } from './remote.ts';

export { DEFAULTS };

/** One Reveal plugin per behaviour: speaker notes, code scrolling, print view, blocked pop-up help, the remote of `npm run present`. */
export const PLUGINS = [Notes, CodeScroll, PrintView, PopupBlocked, Remote];

/**
 * A preview on the speaker's phone (`npm run present`): the slide alone, moved by the phone. Reveal
 * turns a page narrower than 435 px into its scroll view, and scales no smaller than 0.2 (a slide
 * cut at its sides in a 130 px preview): neither in a preview.
 */
const PREVIEW: RevealConfig = { controls: false, progress: false, keyboard: false, touch: false, scrollActivationWidth: 0, minScale: 0.05 };
/** A reader following on a phone sees the slide the room sees, scaled, not reveal's scroll view. */
const FOLLOWER: RevealConfig = { scrollActivationWidth: 0 };

/** `extra`: plugins for this page only (live edits under the dev server). */
export function revealOptions(config: DeckConfig, extra: RevealPlugin[] = []): RevealConfig {
  const mode = pageMode();
  return {
    ...DEFAULTS,
    ...config.reveal,
    // The URL keeps the reader's place (`#/3/2`), whatever the deck says: reload stays put.
    hash: true,
    ...(mode === 'preview' ? PREVIEW : mode === 'follower' ? FOLLOWER : {}),
    plugins: [...PLUGINS, ...extra],
  };
}
