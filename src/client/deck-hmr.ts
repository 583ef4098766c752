// Reveal plugin `deck-hmr` (dev server only): applies the dev server's `deck:update` in place and
// keeps the presenter on their slide and step. Protocol: after each save of a slide file the server
// sends `deck:update` (DeckUpdateEvent: the new deck's slide ids, the sections that changed, the
// notes that changed, where deleted slides went); a mistake arrives as Vite's error overlay, and the
// next good update closes it. Before a full reload (front matter, theme, an image) the plugin keeps
// the slide's id and step in sessionStorage and returns there once the deck is up again.

import deck from 'virtual:deck';
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { ViteHotContext } from 'vite/types/hot.d.ts';
import { SLIDE_ID_ATTRIBUTE } from '../deck/slide-id.ts';
import type { DeckUpdateEvent } from '../live/protocol.ts';
import { showWarnings } from './dev-warnings.ts';
import { swapSlides } from './swap-slides.ts';

/** Where the presenter is: the slide by its id (its place in the source), and the step shown. */
interface Place {
  id: string;
  f?: number;
}

export function DeckHmr(hot: ViteHotContext): RevealPlugin {
  return {
    id: 'deck-hmr',
    init(reveal: RevealApi) {
      for (const problem of deck.problems ?? []) console.warn(problem);
      showWarnings(deck.problems ?? []);
      hot.on('vite:beforeFullReload', () => remember(reveal));
      reveal.on('ready', () => restore(reveal));
      hot.on('deck:update', (update) => apply(reveal, update));
    },
  };
}

function apply(reveal: RevealApi, update: DeckUpdateEvent): void {
  const slides = reveal.getSlidesElement();
  const place = placeOf(reveal);
  const before = reveal.getIndices();
  const shown = reveal.getCurrentSlide();
  const swapped = slides && reveal.isReady() ? swapSlides(slides, update) : undefined;
  if (!slides || !swapped) {
    // The page does not hold the deck the server diffed from: start again from the source.
    remember(reveal);
    location.reload();
    return;
  }
  reveal.sync();
  for (const overlay of document.querySelectorAll<HTMLElement & { close?: () => void }>('vite-error-overlay')) overlay.close?.();
  if (update.title !== undefined) document.title = update.title;
  for (const problem of update.problems) console.warn(problem);
  showWarnings(update.warnings);
  // A speaker view's preview shows a place, not a slide: the main window moves to its slide's new
  // place and the speaker view moves the previews there. Moving a preview itself to its old slide
  // raced that, and the preview's position, sent back to the main window, could move the presenter.
  if (!place || isSpeakerPreview()) return;

  const kept = update.stacks.flat().find((s) => s.from === place.id);
  const target = swapped.slides.get(kept?.id ?? update.removed[place.id] ?? '');
  if (!target) return;
  const { h, v = 0 } = reveal.getIndices(target);
  // The same slide in a new place is not a move: no transition.
  slides.classList.add('disable-slide-transitions');
  reveal.slide(h, v, kept ? place.f : -1);
  requestAnimationFrame(() => requestAnimationFrame(() => slides.classList.remove('disable-slide-transitions')));
  // Reveal announces `slidechanged` only when the indices change. The speaker view (notes plugin)
  // re-reads the notes on it, so announce a slide that was replaced, or whose notes changed, in
  // place, and the slide that took the place of a deleted one at the same indices.
  if (h === before.h && v === (before.v ?? 0) && (target !== shown || swapped.changed.has(target))) {
    reveal.dispatchEvent({ type: 'slidechanged', data: { indexh: h, indexv: v, previousSlide: shown, currentSlide: target } });
  }
}

/** The notes plugin's own test for its previews' pages (`?receiver&…`). */
const isSpeakerPreview = (): boolean => /receiver/i.test(location.search);

function placeOf(reveal: RevealApi): Place | undefined {
  const id = reveal.getCurrentSlide()?.getAttribute(SLIDE_ID_ATTRIBUTE);
  return id ? { id, f: reveal.getIndices().f } : undefined;
}

/** One key per page: the speaker view's two previews are pages of their own (`?receiver…`). */
const placeKey = (): string => `deck:place:${location.pathname}${location.search}`;

function remember(reveal: RevealApi): void {
  const place = placeOf(reveal);
  if (place) sessionStorage.setItem(placeKey(), JSON.stringify(place));
}

function restore(reveal: RevealApi): void {
  const saved = sessionStorage.getItem(placeKey());
  if (!saved) return;
  sessionStorage.removeItem(placeKey());
  const place = JSON.parse(saved) as Place;
  const slide = reveal.getSlidesElement()?.querySelector<HTMLElement>(`section[${SLIDE_ID_ATTRIBUTE}="${CSS.escape(place.id)}"]`);
  if (!slide) return;
  const { h, v = 0 } = reveal.getIndices(slide);
  reveal.slide(h, v, place.f);
}
