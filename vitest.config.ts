import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `virtual:deck` is made by the deck plugin inside a Vite build only; src/client/deck-hmr.ts
  // imports it, so its tests get a stand-in whose problems they set.
  resolve: { alias: [{ find: /^virtual:deck$/, replacement: fileURLToPath(new URL('tests/unit/client/virtual-deck.ts', import.meta.url)) }] },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/talk/**/*.test.ts'],
    // Worker threads start faster than forked processes: 54 s against 66 s for the suite here.
    pool: 'threads',
    // One module graph per worker, not per file: the loader, markdown-it, highlight.js and Vite are
    // imported twice, not 60 times (62 s → 29 s for the suite here). A test that stubs a global or
    // the environment undoes it after; one that mocks a module imports what uses it afresh.
    isolate: false,
  },
});
