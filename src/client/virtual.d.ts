// The deck plugin's virtual modules, as the client sees them.
declare module 'virtual:deck' {
  import type { DeckConfig } from '../deck/types.ts';
  const deck: { config: DeckConfig };
  export default deck;
}

declare module 'virtual:deck-theme';
