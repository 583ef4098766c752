// The deck plugin's API as its sibling plugins find it: they share its one loaded deck.
import type { ResolvedConfig } from 'vite';
import type { DeckApi } from './deck-plugin.ts';

export function deckApi(config: ResolvedConfig): DeckApi {
  const api: unknown = config.plugins.find((plugin) => plugin.name === 'deck:slides')?.api;
  if (!isDeckApi(api)) throw new Error('the deck:slides plugin is missing: add deckPlugin() to the config');
  return api;
}

function isDeckApi(api: unknown): api is DeckApi {
  return typeof api === 'object' && api !== null && typeof (api as { load?: unknown }).load === 'function';
}
