// `npm run check` as a speaker runs it, rendered pass included: the talk is clean; each bad deck
// of a rendered code (copied to a scratch folder) gives exactly the diagnostics in its expected.json.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES, type Diagnostic, formatDiagnostic, RENDERED_CODES } from '../../src/deck/index.ts';
import { check, type Run, root, scratchDeck } from './pdf-run.ts';
import { expect, freshPageTest as test } from './worker-page.ts';

const bad = join(root, 'tests/fixtures/bad');

test.describe('npm run check', () => {
  test.describe.configure({ mode: 'parallel' });

  test('passes a clean fixture deck with no error and no warning, rendered in Chromium', async () => {
    test.setTimeout(120_000);
    // The talk's own clean check is tests/talk/talk-check.spec.ts: this one holds for any slides/.
    const run = await check(['--json', '--root', scratchDeck(join(root, 'tests/fixtures/decks/pacing'))]);
    const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[]; slides: number; timings: { rules: number; render?: number } };
    expect(report.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(report.slides).toBeGreaterThan(1);
    expect(report.timings.render).toBeGreaterThan(0);
    expect(run.code).toBe(0);
  });

  for (const code of RENDERED_CODES) {
    test(`finds ${code} in the rendered deck, at its slide's file and line`, async () => {
      test.setTimeout(120_000);
      const run = await check(['--root', scratchDeck(join(bad, code))]);
      const expected: string[] = JSON.parse(readFileSync(join(bad, code, 'expected.json'), 'utf8'));
      // Human output: the diagnostics on stderr, progress lines (`check: …`) on stdout.
      expect(run.stderr.trimEnd()).toBe(expected.join('\n'));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/check: rendered \d+ pages in Chromium: 1 problem\(s\) \(\d+\.\d\d s\)/);
    });
  }

  test('--no-render skips Chromium; --list prints every code; a deck mistake never prints a stack', async () => {
    const rules = await check(['--no-render', '--root', join(bad, 'unknown-theme')]);
    expect(rules.code).toBe(1);
    expect(rules.stdout).not.toContain('rendered');
    expect(rules.stderr).toContain('slides/01-title.md:4:1 error unknown-theme: unknown theme `zoey`');
    expect(rules.stderr).not.toMatch(/\n\s+at /);
    const list = await check(['--list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^overflow +error +content that runs off the slide$/m);
    expect(list.stdout.trim().split('\n')).toHaveLength(DIAGNOSTIC_CODES.length);
    // As the issue writes it, without `--`: npm passes the flag on in its environment.
    const viaNpm = await new Promise<Run>((resolve) =>
      execFile('npm', ['run', '--silent', 'check', '--list'], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr })),
    );
    expect(viaNpm.stdout.trim()).toBe(list.stdout.trim());
    const wrong = await check(['--nope']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('unknown option --nope');
  });
});
