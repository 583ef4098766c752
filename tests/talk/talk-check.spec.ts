// `npm run check` on the talk: its 30 slides pass every rule and the rendered pass with no error and
// no warning. (The tool itself is tested on fixture decks in tests/browser/check.spec.ts.)

import { type Diagnostic, formatDiagnostic } from '../../src/deck/index.ts';
import { check, root, scratchDeck } from '../browser/pdf-run.ts';
import { expect, freshPageTest as test } from '../browser/worker-page.ts';
import { NOT_THE_TALK, slidesAreTheTalk } from './is-talk.ts';

test.skip(!slidesAreTheTalk(), NOT_THE_TALK);

test('passes the talk with no error and no warning, rendered in Chromium', async () => {
  test.setTimeout(120_000);
  // A copy: the check builds its site in `<deck>/dist`, never under the other tests' feet.
  const run = await check(['--json', '--root', scratchDeck(root)]);
  const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[]; slides: number; timings: { rules: number; render?: number } };
  expect(report.diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(report.slides).toBe(30);
  expect(report.timings.render).toBeGreaterThan(0);
  expect(run.code).toBe(0);
});
