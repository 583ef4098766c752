// The conformance decks (tests/fixtures/conformance/): two real decks, each presented by reveal.js's
// own markdown + highlight plugins with the options its author presented with, and by our loader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/repo-root.ts';
import { revealPage } from './reveal-page.ts';

export const CONFORMANCE_DECKS = ['an-intro-to-pocketbase', 'docker-as-a-dev-tool'];
export const CONFORMANCE_DIR = join(REPO_ROOT, 'tests/fixtures/conformance');

/** Both renderers get the options the author presented with. */
export const CONFORMANCE_OPTIONS = { width: 1000, height: 750, slideNumber: 'c', hash: true, transition: 'none', progress: true };

/** The deck as its author wrote it. */
export const conformanceText = (name: string): string => readFileSync(join(CONFORMANCE_DIR, `${name}.md`), 'utf8');

/** The page reveal.js presents a conformance deck in, beside its copy of reveal.js (prepare.ts). */
export function conformanceRevealPage(): string {
  return revealPage({
    reveal: 'reveal',
    markdown: 'deck.md',
    separators: { vertical: '^\\n----\\n', notes: '^notes?:' },
    options: CONFORMANCE_OPTIONS,
  });
}
