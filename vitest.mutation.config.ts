// Vitest as `npm run mutation` runs it: the unit tests minus those that reach nothing Stryker mutates
// (src/deck, src/client) in this process. Static mutants run every test, so these would only add time.
// The test files of one run share a module graph, as in `npm run test:unit`: each mutant's run is a
// run of its own, in a fresh worker with a fresh graph (checked with a module-level and a global
// counter across three runs of one Vitest), and a static mutant is switched on by Stryker's setup
// file before the first test file imports anything.
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // `virtual:deck` is made by the deck plugin inside a Vite build only; src/client/deck-hmr.ts
  // imports it, so its tests get a stand-in whose problems they set.
  resolve: { alias: [{ find: /^virtual:deck$/, replacement: fileURLToPath(new URL('tests/unit/client/virtual-deck.ts', import.meta.url)) }] },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/talk/**/*.test.ts'],
    pool: 'threads',
    isolate: false,
    // The fixtures' symbolic links, which Stryker's sandbox copy leaves out.
    globalSetup: ['tests/unit/restore-fixture-links.ts'],
    // Every mutant lives in the same source (Stryker switches them at run time), so the loader's
    // cache, keyed by that source, would hand one mutant another's deck. Property tests try a
    // twentieth of their cases: they run once for every mutant they reach (property-runs.ts).
    env: { DECK_CACHE: '0', DECK_PROPERTY_RUNS: '0.05' },
    exclude: [
      ...configDefaults.exclude,
      // Runs `npm run check` as a child process: seconds a test, and its loader is not this process's.
      'tests/unit/check-tool.test.ts',
      // The share images, the CI file and the PDF tool: none of them mutated.
      'tests/unit/share.test.ts',
      'tests/unit/gitlab-ci.test.ts',
      'tests/unit/pdf-options.test.ts',
      'tests/unit/pdf-outline.test.ts',
    ],
  },
});
