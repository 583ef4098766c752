// Mutation testing (`npm run mutation`): StrykerJS changes the loader and the client one small
// edit at a time and runs the vitest tests that cover each edit; a mutant no test notices survives.
import { readFileSync } from 'node:fs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/deck/**/*.ts',
    'src/live/**/*.ts',
    'src/site/**/*.ts',
    'src/client/**/*.ts',
    'src/remote/**/*.ts',
    // The phone's arithmetic; its page (phone.ts) is DOM wiring that present.spec.ts drives.
    'src/phone/pacing.ts',
    // Declarations and type-only modules: nothing runs, nothing to mutate.
    '!src/**/*.d.ts',
    '!src/deck/types.ts',
    '!src/live/protocol.ts',
    // Wiring only: imports the virtual modules and CSS that exist only inside a Vite build, and
    // hands `revealOptions()` (options.ts, tested) to Reveal. The browser tests cover it.
    '!src/client/main.ts',
    // Sockets and HTTP: tests/browser/present.spec.ts drives it through the pages.
    '!src/remote/server.ts',
  ],
  // Each mutant runs only the tests that reached it; the unchanged mutants of the last run are
  // reused from the incremental file. A mutant in module-level code (a regex, a constant) keeps its
  // old result even when a new test would kill it: `--force` for a full run before quoting a score.
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // Below 85% the run fails: the tests have stopped noticing mistakes they used to.
  thresholds: { high: 90, low: 85, break: 85 },
  // Stryker reads tsconfig.json with TypeScript's JS API only to rewrite paths that leave the
  // sandbox; ours has none, and TypeScript 7 has no JS API (`parseConfigFileTextToJson is not a
  // function`). Naming a file that does not exist skips that step; the sandbox's tsconfig.json is
  // copied unchanged.
  tsconfigFile: 'tsconfig.stryker-none.json',
  // The sandbox cannot hold the fixtures' symbolic links (a link to nothing fails the copy, one out
  // of the project arrives as a plain file): they are left out here and made again by the tests'
  // global setup, tests/unit/restore-fixture-links.ts.
  ignorePatterns: Object.keys(JSON.parse(readFileSync('tests/fixtures/links.json', 'utf8'))),
  // Vitest does not type-check, so nothing needs `// @ts-nocheck`; left on, Stryker also edits the
  // fixtures' .html files (their scripts), which the tests compare byte for byte.
  disableTypeChecks: false,
  // Not under node_modules: vitest skips test files there.
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
