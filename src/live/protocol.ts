// The live-edit protocol, typed for both ends: what the dev server (`deck:live`) computes from an
// edit (live/diff.ts) and sends as its custom HMR event, and what the page (`DeckHmr`) applies.

/** One slide of the deck after an edit, as the dev server sends it to an open page. */
export interface SlideUpdate {
  /** The slide's id now. */
  id: string;
  /** Its id before the edit; absent for a slide the edit added. */
  from?: string;
  /** Its whole `<section>` (notes included) when it is new or its body or attributes changed. */
  section?: string;
  /** Its notes' HTML when only the notes changed (`null`: the notes were removed). */
  notes?: string | null;
}

/** What an open page needs to show the edited deck in place: the `deck:update` event's data. */
export interface DeckUpdate {
  /** The new deck, stack by stack; unchanged slides carry only their ids. */
  stacks: SlideUpdate[][];
  /** Each slide the edit deleted, with the slide now in its place. */
  removed: Record<string, string>;
  /** The page title, when it changed. */
  title?: string;
}

export interface DeckDiff extends DeckUpdate {
  /** The front matter changed (Reveal options, theme): the page must load again. */
  reload: boolean;
}

export interface DeckUpdateEvent extends DeckUpdate {
  /** Problems of the edited deck that do not stop it (a missing image, a warning), formatted: the new ones, for the console. */
  problems: string[];
  /** All of them, new or not: the dev panel lists these. */
  warnings: string[];
}

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    'deck:update': DeckUpdateEvent;
  }
}
