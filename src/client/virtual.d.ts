// The deck plugin's virtual modules, as the client sees them.
declare module 'virtual:deck' {
  import type { DeckConfig } from '../deck/types.ts';

  /** `problems`: in dev only, the deck's problems that do not stop it, formatted (the page logs them). */
  const deck: { config: DeckConfig; problems?: string[] };
  export default deck;
}

declare module 'virtual:deck-theme';

declare module 'virtual:deck-styles';
