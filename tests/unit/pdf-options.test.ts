import { describe, expect, it } from 'vitest';
import { parsePdfArgs } from '../../src/tools/pdf/options.ts';
import { buildMessage } from '../../src/tools/site.ts';

describe('npm run pdf options', () => {
  it('default to every step, no notes, A4, a free port and 30 s', () => {
    expect(parsePdfArgs([])).toEqual({ options: { root: '.', steps: true, notes: false, paper: 'a4', port: 0, timeout: 30, rebuild: false } });
  });

  it('read every option', () => {
    expect(
      parsePdfArgs(['-o', 'x.pdf', '--no-steps', '--notes', '--paper', 'Letter', '--root', 'talk', '--port', '4000', '--timeout', '5', '--rebuild']),
    ).toEqual({ options: { root: 'talk', output: 'x.pdf', steps: false, notes: true, paper: 'letter', port: 4000, timeout: 5, rebuild: true } });
    expect(parsePdfArgs(['--help'])).toEqual({ help: true });
  });

  it('say what is wrong with a bad one', () => {
    expect(parsePdfArgs(['--paper', 'a3'])).toEqual({ error: '--paper must be a4 or letter, not `a3`' });
    expect(parsePdfArgs(['--port', '70000'])).toEqual({ error: '--port must be a port number, not `70000`' });
    expect(parsePdfArgs(['--timeout', '0'])).toEqual({ error: '--timeout must be a number of seconds, not `0`' });
    expect(parsePdfArgs(['--pages'])).toEqual({ error: 'unknown option --pages (see --help)' });
    expect(parsePdfArgs(['talk.pdf'])).toMatchObject({ error: expect.stringMatching(/positional argument/) });
  });
});

describe("a failed build's message", () => {
  it("keeps the deck's diagnostics and drops the bundler's wrapping and stack", () => {
    const error = new Error(
      'Build failed with 1 error:\n\n[plugin deck:modules]\nRolldownError: slides/01.md:3:9 error invalid-step: line 3 is past the end\n    at error (file:///x/logs.mjs:164:24)\n    at async plugin (file:///x/y.mjs:1:1)',
    );
    expect(buildMessage(error)).toBe('slides/01.md:3:9 error invalid-step: line 3 is past the end');
  });
});
