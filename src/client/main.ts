// The browser side: the slides are already in the page; start Reveal with the deck's options.
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
// The theme, then the engine's CSS (code, footnotes) and, for a deck with math, KaTeX's.
import 'virtual:deck-styles';
import deck from 'virtual:deck';
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import { CodeScroll } from './code-scroll.ts';
import { DeckHmr } from './deck-hmr.ts';
import { DEFAULTS } from './deck-size.ts';
import { PopupBlocked } from './popup-blocked.ts';
import { PrintView } from './print-view.ts';

const reveal = new Reveal({
  ...DEFAULTS,
  ...deck.config.reveal,
  hash: true,
  // Live edits under `npm run dev`; `import.meta.hot` is undefined in the build, which drops DeckHmr.
  plugins: [Notes, CodeScroll, PrintView, PopupBlocked, ...(import.meta.hot ? [DeckHmr(import.meta.hot)] : [])],
});
void reveal.initialize();
