// `npm run check` on the talk: its 30 slides pass every rule and the rendered pass with no error and
// no warning. (The tool itself is tested on fixture decks in tests/browser/check.spec.ts.)
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type Diagnostic, formatDiagnostic } from '../../src/deck/index.ts';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { toolArgs } from '../browser/pdf-run.ts';
import { NOT_THE_TALK, slidesAreTheTalk } from './is-talk.ts';

test.skip(!slidesAreTheTalk(), NOT_THE_TALK);

const root = REPO_ROOT;

test('passes the talk with no error and no warning, rendered in Chromium', async () => {
  test.setTimeout(120_000);
  // A copy: the check builds its site in `<deck>/dist`, never under the other tests' feet.
  const deck = mkdtempSync(join(tmpdir(), 'deck-check-'));
  cpSync(join(root, 'slides'), join(deck, 'slides'), { recursive: true });
  cpSync(join(root, 'images'), join(deck, 'images'), { recursive: true });
  const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, toolArgs('src/tools/check.ts', ['--json', '--root', deck]), { cwd: root }, (error, stdout) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
    );
  });
  const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[]; slides: number; timings: { rules: number; render?: number } };
  expect(report.diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(report.slides).toBe(30);
  expect(report.timings.render).toBeGreaterThan(0);
  expect(run.code).toBe(0);
});
