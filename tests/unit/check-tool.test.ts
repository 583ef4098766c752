// `npm run check` as the author runs it, on decks copied to a temp folder: its problems listed as
// `file:line:col severity code: message`, and an exit code that fails a script or CI on an error.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/repo-root.ts';

const root = REPO_ROOT;

async function deckDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-check-'));
  await mkdir(join(dir, 'slides'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'slides', name), text);
  return dir;
}

/** Runs the tool as a process; it resolves with the exit code whatever it is. */
function check(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'check', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

// Each test starts Node and tsx: run them side by side, with time to spare on a busy machine.
describe.concurrent('npm run check', { timeout: 60_000 }, () => {
  // The rules only: the rendered pass (Chromium) is tested in tests/browser/check.spec.ts.
  it('fails on a deck with an error, naming its place', async () => {
    const dir = await deckDir({ '01-intro.md': '# Intro\n\n---\n\n```yaml [4]\na: 1\n```\n' });
    const run = await check('--no-render', '--root', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("slides/01-intro.md:5:10 error invalid-step: `4` is outside the block's 1 line(s)");
    expect(run.stdout).toMatch(/^check: 2 slides, 0 code steps: 1 problem\(s\) from the rules/);
  });

  it('fails with --errors-only too, and then lists only the errors', async () => {
    const dir = await deckDir({ '01.md': '# A\n\n```nosuchlanguage\nx\n```\n\n---\n\n```\nnever closed\n---\n' });
    const run = await check('--errors-only', '--no-render', '--root', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error unclosed-fence');
    expect(run.stderr).not.toContain('unknown-language');
  });

  it('lists warnings; exits 0 only when clean, or with --errors-only when there are warnings alone', async () => {
    const dir = await deckDir({ '01.md': '# A\n\n```nosuchlanguage\nx\n```\n' });
    const run = await check('--no-render', '--root', dir);
    expect(run.stderr).toContain('slides/01.md:3:4 warning unknown-language: highlight.js has no language `nosuchlanguage`');
    expect(run.status).toBe(1);
    expect((await check('--errors-only', '--no-render', '--root', dir)).status).toBe(0);
  });

  it('passes a good deck', async () => {
    const dir = await deckDir({ '01.md': '# A\n\n```yaml [1|2]\na: 1\nb: 2\n```\n\n----\n\nB\n' });
    const run = await check('--no-render', '--root', dir);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^check: 2 slides, 1 code steps: 0 problem\(s\) from the rules/);
  });
});
