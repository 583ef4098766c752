// `npm run build`: Vite's build of the site, with a deck's mistakes printed as
// `file:line:col error code: message` and no stack (`vite build` prints every plugin error's stack).
import { build } from 'vite';
import { buildMessage } from './site.ts';

/** Raised by one of our deck plugins (`deck:slides`…): the deck's mistake, already explained. */
function fromDeck(error: unknown): boolean {
  const errors = (error as { errors?: { plugin?: string }[] }).errors ?? [];
  return errors.length > 0 && errors.every((e) => e.plugin?.startsWith('deck:'));
}

try {
  // The repository's vite.config.ts, as `vite build` reads it.
  await build();
} catch (error) {
  // Anything else is our bug, or Vite's: it keeps its stack.
  console.error(fromDeck(error) ? `the site did not build:\n${buildMessage(error)}` : error);
  process.exitCode = 1;
}
