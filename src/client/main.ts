// The browser side: the slides are already in the page; start Reveal with the deck's options.
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
// The theme, then the engine's CSS (code, footnotes) and, for a deck with math, KaTeX's.
import 'virtual:deck-styles';
import deck from 'virtual:deck';
import Reveal from 'reveal.js';
import { DeckHmr } from './deck-hmr.ts';
import { revealOptions } from './options.ts';

// Live edits under `npm run dev`; `import.meta.hot` is undefined in the build, which drops DeckHmr.
const reveal = new Reveal(revealOptions(deck.config, import.meta.hot ? [DeckHmr(import.meta.hot)] : []));
void reveal.initialize();
