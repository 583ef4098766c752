// `virtual:deck` in the unit tests. The deck plugin makes that module inside a Vite build only, so
// vitest.config.ts (and vitest.mutation.config.ts) point the id here: a deck whose `problems` a test
// sets before it starts the plugin that reads them (deck-hmr.test.ts).
import type { DeckConfig } from '../../../src/deck/types.ts';

const deck: { config: DeckConfig; problems?: string[] } = { config: { reveal: {} } };
export default deck;
