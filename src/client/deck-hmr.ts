// Reveal plugin `deck-hmr` (dev server only): applies the dev server's `deck:update` in place and
// keeps the presenter on their slide and step. Protocol: after each save of a slide file the server
// sends `deck:update` (DeckUpdateEvent: the new deck's slide ids, the sections that changed, the
// notes that changed, where deleted slides went); a mistake arrives as Vite's error overlay, and the
// next good update closes it. Before a full reload (front matter, theme, an image) the plugin keeps
// the slide's id and step in sessionStorage and returns there once the deck is up again.

import deck from 'virtual:deck';
import type { RevealApi, RevealPlugin, RevealState } from 'reveal.js';
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

/** What the speaker view last asked of a preview: a state, then `next` for the upcoming one. */
interface Asked {
  state: RevealState;
  next: boolean;
}

export function DeckHmr(hot: ViteHotContext): RevealPlugin {
  return {
    id: 'deck-hmr',
    init(reveal: RevealApi) {
      for (const problem of deck.problems ?? []) console.warn(problem);
      showWarnings(deck.problems ?? []);
      hot.on('vite:beforeFullReload', () => remember(reveal));
      reveal.on('ready', () => restore(reveal));
      const asked = isSpeakerPreview() ? listenToSpeakerView() : undefined;
      hot.on('deck:update', (update) => apply(reveal, update, asked?.()));
    },
  };
}

function apply(reveal: RevealApi, update: DeckUpdateEvent, asked?: Asked): void {
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
  // But the speaker view's message may have come before this page's own update, and found the old
  // slides there: the place it asked for is taken again, on the new ones.
  if (isSpeakerPreview()) {
    if (asked) {
      reveal.setState(asked.state);
      if (asked.next) reveal.next();
    }
    return;
  }
  if (!place) return;

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

/**
 * Keeps what the speaker view asks of this preview through reveal's postMessage API (`setState`,
 * then `next` for the upcoming preview), as reveal reads those messages.
 */
function listenToSpeakerView(): () => Asked | undefined {
  let asked: Asked | undefined;
  window.addEventListener('message', ({ data }) => {
    // reveal reads only strings of JSON, and so do we.
    if (typeof data !== 'string') return;
    let message: { method?: unknown; args?: unknown[] } | null;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    const state = message?.method === 'setState' ? message.args?.[0] : undefined;
    if (isState(state)) asked = { state, next: false };
    else if (message?.method === 'next' && asked) asked.next = true;
  });
  return () => asked;
}

const isState = (value: unknown): value is RevealState => typeof (value as { indexh?: unknown } | null | undefined)?.indexh === 'number';

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
