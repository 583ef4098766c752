// Reading a deck folder: which files are slides and in what order, their text as written on any
// system, a folder with no slides, and the files the slides name but the folder lacks.
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, loadDeck } from '../../src/deck/index.ts';
import { locateFile, readDeckSource } from '../../src/deck/read.ts';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-read-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('readDeckSource', () => {
  it('reads the Markdown files of slides/ in name order, and nothing else', async () => {
    const dir = await folder({
      'slides/10-end.md': 'end',
      'slides/02-middle.MD': 'middle',
      'slides/01-start.md': 'start',
      'slides/notes.md.bak': 'old',
      'slides/readme.txt': 'text',
      'slides/images/x.md.png': 'png',
      'other/03.md': 'elsewhere',
    });
    const { files } = await readDeckSource(dir);
    expect(files).toEqual([
      { path: 'slides/01-start.md', text: 'start' },
      { path: 'slides/02-middle.MD', text: 'middle' },
      { path: 'slides/10-end.md', text: 'end' },
    ]);
  });

  it('reads line ends of every system as `\\n`, and drops a leading byte order mark only', async () => {
    const dir = await folder({ 'slides/01.md': '\uFEFFa\r\nb\rc\nd\uFEFFe', 'slides/02.md': 'f\uFEFFg' });
    const { files } = await readDeckSource(dir);
    expect(files.map((f) => f.text)).toEqual(['a\nb\nc\nd\uFEFFe', 'f\uFEFFg']);
  });
});

describe('readDeckSource on a presenter’s disk', () => {
  it('skips dot-files (an editor’s lock, a Mac’s `._` copy) and names what it cannot read; never throws', async () => {
    const dir = await folder({ 'slides/01.md': '# One', 'slides/._01.md': '\u0000\u0005Mac OS X', 'slides/folder.md/inside.txt': 'x' });
    // Emacs's lock file: a symbolic link to a name that is no file.
    await symlink('presenter@laptop.4242:1733400000', join(dir, 'slides/.#01.md'));
    await symlink('renamed.md', join(dir, 'slides/02-gone.md'));
    await symlink('03-loop.md', join(dir, 'slides/03-loop.md'));
    const { files, diagnostics } = await readDeckSource(dir);
    expect(files.map((f) => f.path)).toEqual(['slides/01.md']);
    expect((diagnostics ?? []).map(formatDiagnostic)).toEqual([
      'slides/02-gone.md:1 error unreadable-file: cannot read this: it is a symbolic link to a file that does not exist\n  hint: fix its permissions or link, or move it out of slides/',
      'slides/03-loop.md:1 error unreadable-file: cannot read this: its symbolic links form a loop\n  hint: fix its permissions or link, or move it out of slides/',
      'slides/folder.md:1 warning not-a-slide-file: this is a folder, not a slide file; it is skipped\n  hint: rename it, or move its slides into a file of slides/',
    ]);
  });

  it('reports a slides/ that is a file, not a folder', async () => {
    const dir = await folder({ slides: 'not a folder' });
    const { diagnostics } = await loadDeck(dir);
    expect(diagnostics.map((d) => `${d.file} ${d.code}: ${d.message}`)).toEqual([
      'slides/ unreadable-file: cannot read this: it is not a folder',
      'slides/ no-slides: no Markdown files found',
    ]);
  });
});

describe('locateFile', () => {
  it('follows links: only a file inside the project is a file; out of it by path or link is outside', async () => {
    const outside = await folder({ 'secret.txt': 'token', 'dir/key': 'k' });
    const dir = await folder({ 'images/a.png': 'png', 'logo.png': 'png' });
    await symlink(join(outside, 'secret.txt'), join(dir, 'images/leak.png'));
    await symlink(join(outside, 'dir'), join(dir, 'images/out'));
    await symlink(join(outside, 'nothing-yet.png'), join(dir, 'images/dangling-out.png'));
    await symlink('../logo.png', join(dir, 'images/in.png'));
    await symlink('gone.png', join(dir, 'images/dangling-in.png'));
    const at = (path: string) => locateFile(dir, path);
    expect(at('images/a.png')).toBe('file');
    expect(at('images/../logo.png')).toBe('file');
    expect(at('images/in.png')).toBe('file');
    expect(at('images')).toBe('missing');
    expect(at('images/none.png')).toBe('missing');
    expect(at('images/dangling-in.png')).toBe('missing');
    expect(at('../secret.txt')).toBe('outside');
    expect(at('/etc/hostname')).toBe('missing'); // the page names /etc/hostname under its own root
    expect(at('images/leak.png')).toBe('outside');
    expect(at('images/out/key')).toBe('outside');
    expect(at('images/dangling-out.png')).toBe('outside');
  });

  it('puts a link out into the diagnostics at the line that names it, and never publishes it', async () => {
    const outside = await folder({ 'secret.txt': 'token' });
    const dir = await folder({ 'slides/01.md': '# A\n\n![leak](images/leak.png)\n\n![up](../x.png)\n' });
    await mkdir(join(dir, 'images'));
    await symlink(join(outside, 'secret.txt'), join(dir, 'images/leak.png'));
    const { diagnostics } = await loadDeck(dir);
    expect(diagnostics.map((d) => `${d.file}:${d.line + 1} ${d.code}`)).toEqual(['slides/01.md:3 outside-project', 'slides/01.md:5 outside-project']);
  });
});

describe('loadDeck', () => {
  it('reports a folder without slides, and still gives a deck', async () => {
    const dir = await folder({ 'README.md': '# not a slide' });
    const { deck, diagnostics } = await loadDeck(dir);
    expect(diagnostics.map(formatDiagnostic)).toEqual(['slides/:1 error no-slides: no Markdown files found']);
    expect(deck.config).toEqual({ reveal: {} });
    expect(deck.stacks).toEqual([]);
  });

  it("reports a file a slide names that the folder lacks as an error, at the slide's line", async () => {
    const dir = await folder({ 'slides/01.md': '# A\n\n![here](images/here.png)\n\n<img src="images/missing.png" alt="gone">\n', 'images/here.png': 'png' });
    const { diagnostics } = await loadDeck(dir);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:5 error missing-file: `images/missing.png` does not exist\n  hint: put the file under images/ or fix the path',
    ]);
  });
});
