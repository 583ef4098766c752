// The browser side: the slides are already in the page; start Reveal with the deck's options.
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './code.css';
import 'virtual:deck-theme';
import Reveal from 'reveal.js';
import deck from 'virtual:deck';
import { revealOptions } from './options.ts';

const reveal = new Reveal(revealOptions(deck.config));
void reveal.initialize();
