// The dev server's custom HMR event, typed for both ends: `deck:live` sends it, `DeckHmr` applies it.
import type { DeckUpdate } from '../deck/types.ts';

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
