// `npm run pdf` on a small deck of links (tests/fixtures/decks/links), read back with pdf.js: links
// between slides, and each way it can fail said in one message. The talk's own PDF: tests/talk/.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';
import { links, openPdf, outline } from './pdf-file.ts';
import { flat, pdf, type Run, root, scratchDeck, toolArgs } from './pdf-run.ts';
import { expect, freshPageTest as test } from './worker-page.ts';

const LINKS_DECK = join(root, 'tests/fixtures/decks/links');

test('links between slides jump to the page of the slide, the named slide and the step they name', async () => {
  const deck = scratchDeck(LINKS_DECK);
  // Chromium's profile goes to the temporary folder: this run's own, to see it is cleaned up.
  const temp = mkdtempSync(join(tmpdir(), 'deck-pdf-temp-'));
  try {
    const run = await pdf(['--root', deck], { TMPDIR: temp });
    expect(run.code).toBe(0);
    // Nothing left behind: no profile folder, no Chromium still running on it.
    // (tsx keeps its compile cache there, by design.)
    expect(readdirSync(temp).filter((name) => name !== 'tsx-0')).toEqual([]);
    expect(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })).not.toContain(temp);
    const doc = await openPdf(join(deck, 'dist/links-in-print.pdf'));
    // title, stack (2 slides), named slide at its 2 steps
    expect(doc.numPages).toBe(5);
    expect(await links(doc)).toEqual([
      { page: 1, target: 3 },
      { page: 1, target: 4 },
      { page: 1, target: 5 },
      { page: 1, url: 'https://example.org/away' },
    ]);
    expect(flat(await outline(doc)).map((m) => [m.title, m.page])).toEqual([
      ['Links in print', 1],
      ['A stack', 2],
      ['Below', 3],
      ['Named slide', 4],
    ]);
  } finally {
    rmSync(deck, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  }
});

test.describe('says what went wrong in one message, never a stack trace', () => {
  const noStack = (run: Run) => expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  let deck = '';
  /** The links deck with its site built once: each test starts from a copy, as a speaker's folder with a fresh dist/. */
  let built = '';
  test.beforeAll(async () => {
    built = scratchDeck(LINKS_DECK);
    expect((await pdf(['--root', built])).code).toBe(0);
  });
  test.afterAll(() => rmSync(built, { recursive: true, force: true }));
  test.beforeEach(() => {
    deck = scratchDeck(LINKS_DECK);
    // Copied after the slides, so newer than them: up to date, no build in the way of what is tested.
    cpSync(join(built, 'dist'), join(deck, 'dist'), { recursive: true });
  });
  test.afterEach(() => rmSync(deck, { recursive: true, force: true }));

  test('--help explains every option', async () => {
    const run = await pdf(['--help']);
    expect(run.code).toBe(0);
    for (const option of ['--output', '--no-steps', '--notes', '--paper', '--root', '--port', '--timeout', '--rebuild']) expect(run.stdout).toContain(option);
  });

  test('an unknown option or paper', async () => {
    const bad = await pdf(['--paper', 'a3']);
    expect(bad).toMatchObject({ code: 2, stderr: 'pdf: --paper must be a4 or letter, not `a3`\n' });
    const unknown = await pdf(['--pages']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('pdf: unknown option --pages (see --help)\n');
  });

  test('a deck with errors, at their file and line', async () => {
    // A step past the end of its two-line block.
    const slides = join(deck, 'slides/01-intro.md');
    writeFileSync(slides, readFileSync(slides, 'utf8').replace('```js [1|2]', '```js [1|3]'));
    // Saved a second after the site was built, as a speaker's edit is: written in the same tick of
    // the file system's clock as the copy of dist/, it would look as old as the site, and no build
    // would read it.
    const saved = new Date(statSync(join(deck, 'dist/index.html')).mtimeMs + 1000);
    utimesSync(slides, saved, saved);
    const run = await pdf(['--root', deck]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^slides\/01-intro\.md:\d+:\d+ error invalid-step: /m);
    expect(run.stderr).toMatch(/pdf: the deck has errors \(above\): fix them, then export again\n$/);
    noStack(run);
  });

  test('a busy port', async () => {
    const port = await freePort();
    const server = createServer().listen(port, '127.0.0.1');
    try {
      const run = await pdf(['--root', deck, '--port', String(port)]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`pdf: port ${port} is busy: pick another with --port, or leave --port out to use a free one`);
      noStack(run);
    } finally {
      server.close();
    }
  });

  test('no Chromium to drive', async () => {
    const run = await pdf(['--root', deck], { CHROMIUM_PATH: '/nowhere/chromium' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^pdf: CHROMIUM_PATH names \/nowhere\/chromium, which does not exist: install Debian's \(apt-get install chromium\), set CHROMIUM_PATH .*, or run npx playwright install chromium\n$/m,
    );
    noStack(run);
  });

  test('a Chromium that does not start', async () => {
    const run = await pdf(['--root', deck], { CHROMIUM_PATH: '/bin/false' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pdf: Chromium at \/bin\/false did not start \(it exited with code 1\)\n$/m);
    noStack(run);
  });

  test('-o into a path whose folder is a file: one line, no stack', async () => {
    writeFileSync(join(deck, 'a-file'), 'not a folder');
    const run = await pdf(['--root', deck, '-o', join(deck, 'a-file/talk.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`pdf: cannot write ${join(deck, 'a-file/talk.pdf')}: a file stands where its folder should be\n`);
  });

  test('slides that never finish loading', async () => {
    const run = await pdf(['--root', deck, '--timeout', '0.001']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pdf: the slides did not finish loading within 0\.001 s/);
    noStack(run);
  });
});

/** Processes whose command line names `text` (Chromium names its profile folder in every process's). */
const processesNaming = (text: string): string[] =>
  execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text) && !line.includes('ps -eo'));

/** The TMPDIR a process was started with, or undefined once it has ended. */
function temporaryFolderOf(pid: number): string | undefined {
  try {
    const environment = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    return environment.find((entry) => entry.startsWith('TMPDIR='))?.slice('TMPDIR='.length);
  } catch {
    return undefined;
  }
}

async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test.describe('stopped half way, leaves nothing behind', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    test(`${signal} (${signal === 'SIGINT' ? 'Ctrl-C' : 'kill'}) while Chromium runs: no Chromium, no profile left`, async () => {
      const deck = scratchDeck(LINKS_DECK);
      const temp = mkdtempSync(join(tmpdir(), 'deck-pdf-temp-'));
      try {
        // A stale site: Chromium starts at once and waits while the site is built.
        const child = spawn(process.execPath, toolArgs('src/tools/pdf/main.ts', ['--root', deck]), {
          cwd: root,
          env: { ...process.env, TMPDIR: temp },
          stdio: 'ignore',
        });
        const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, by) => resolve(by)));
        await until(() => processesNaming(temp).length > 0, 'Chromium runs on its profile');
        const home = readdirSync(temp).find((name) => name.startsWith('deck-pdf-chromium-'));
        expect(home).toBeDefined();
        // Chromium's own temporary files go inside that folder, so a Chromium killed before it can
        // remove them leaves nothing in the shared one (it once left `org.chromium.Chromium.*`).
        const temps = processesNaming(temp).map((line) => temporaryFolderOf(Number.parseInt(line, 10)));
        expect(new Set(temps.filter((folder) => folder !== undefined))).toEqual(new Set([join(temp, home ?? '', 'tmp')]));
        child.kill(signal);
        expect(await ended).toBe(signal);
        await until(() => processesNaming(temp).length === 0, 'every Chromium process has ended', 5_000);
        expect(readdirSync(temp).filter((name) => name !== 'tsx-0')).toEqual([]);
      } finally {
        rmSync(deck, { recursive: true, force: true });
        rmSync(temp, { recursive: true, force: true });
      }
    });
  }
});
