// Reading a deck folder: which files are slides and in what order, their text as written on any
// system, a folder with no slides, and the files the slides name but the folder lacks.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, loadDeck } from '../../src/deck/index.ts';
import { readDeckSource } from '../../src/deck/read.ts';

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
