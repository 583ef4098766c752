import { describe, expect, it } from 'vitest';
import { extractNotes } from '../../src/deck/notes.ts';
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
});
