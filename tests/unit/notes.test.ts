import { describe, expect, it } from 'vitest';
import { extractNotes } from '../../src/deck/notes.ts';
import { isRemoteUrl } from '../../src/deck/remote-url.ts';
import { splitSlides } from '../../src/deck/split.ts';

/** The slide as the split stage gives it (which finds its notes lines), starting at `startLine`. */
const notes = (text: string, startLine = 10) => {
  const [slide] = splitSlides({ path: 'slides/01.md', text: `${'\n'.repeat(startLine)}${text}` }, startLine).stacks.flat();
  return extractNotes(slide);
};

describe('extractNotes', () => {
  it.each(['notes:', 'Notes:', 'NOTE:', 'note:'])('starts notes at a `%s` line', (marker) => {
    expect(notes(`# A\n\n${marker}\n\n- one\n- two\n`)).toMatchObject({ body: '# A\n', notes: '- one\n- two', notesLine: 14 });
  });

  it('keeps text after the colon as notes', () => {
    expect(notes('# A\nnotes: say hi\nmore')).toMatchObject({ body: '# A', notes: 'say hi\nmore', notesLine: 11 });
  });

  it('gives empty notes for a bare `notes:` at the end', () => {
    expect(notes('# A\n\nnotes:\n')).toMatchObject({ body: '# A\n', notes: '' });
  });

  it('leaves slides without notes alone', () => {
    const r = notes('# A\nmy notes: are words');
    expect(r.notes).toBeUndefined();
    expect(r.body).toBe('# A\nmy notes: are words');
  });

  it('ignores `notes:` inside a code fence', () => {
    const text = '```yaml\nnotes:\n  - x\n```\nnotes:\nreal';
    expect(notes(text)).toMatchObject({ body: '```yaml\nnotes:\n  - x\n```', notes: 'real' });
  });

  it('warns at a second `notes:` line outside code, at its place (indent included), and keeps it as text', () => {
    const r = notes('# A\nnotes:\none\n  notes: two\n', 10);
    expect(r).toMatchObject({ notes: 'one\n  notes: two' });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'duplicate-notes', line: 13, column: 2 })]);
  });

  it('takes no `notes:` from an HTML comment, as the split stage reads it', () => {
    const r = notes('# A\n<!--\nnotes: hidden\n-->\ntext');
    expect(r.body).toBe('# A\n<!--\nnotes: hidden\n-->\ntext');
    expect(r.notes).toBeUndefined();
  });
});

describe('isRemoteUrl', () => {
  it.each([
    ['https://example.org/a.png', true],
    ['//cdn.example/a.png', true],
    ['ftp://example.org/a.png', true],
    ['  https://example.org/a.png', true],
    ['images/a.png', false],
    ['/images/a.png', false],
    ['data:image/png;base64,xx', false],
    ['mailto:a@example.org', false],
  ])('%s → %s', (url, remote) => {
    expect(isRemoteUrl(url)).toBe(remote);
  });
});
