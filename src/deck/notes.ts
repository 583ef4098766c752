// Notes stage: a line `notes:` or `note:` (any case) starts the slide's speaker notes. The split
// stage has found such lines outside code and comments as it scanned the fences (`notesAt`).
import { RE_NOTES } from './separators.ts';
import type { Diagnostic, SlideParts, SlideSource } from './types.ts';

/** Separates the speaker notes at the slide's first notes line; a second one is reported. */
export function extractNotes(source: SlideSource, notesLine: RegExp = RE_NOTES): SlideParts & { diagnostics: Diagnostic[] } {
  const lines = source.text.split('\n');
  // A slide cut mid-line (a deck's separator regex) starts with the rest of its first line: test the slide's own text.
  const [first, ...later] = source.notesAt.map((line) => line - source.startLine).filter((i) => notesLine.test(lines[i]));
  const match = first === undefined ? null : notesLine.exec(lines[first]);
  if (first === undefined || !match) return { source, body: source.text, diagnostics: [] };
  // Text after the colon on the same line belongs to the notes, as in reveal.
  const rest = [lines[first].slice(match[0].length), ...lines.slice(first + 1)];
  const text = rest.findIndex((line) => line.trim() !== '');
  return {
    source,
    body: lines.slice(0, first).join('\n'),
    notes: rest.join('\n').trim(),
    notesLine: source.startLine + first + Math.max(text, 0),
    diagnostics: later.length > 0 ? [secondNotes(source, later[0], lines[later[0]])] : [],
  };
}

/** A later `notes:` line outside code: it stays in the notes as text, which is rarely meant. */
function secondNotes(source: SlideSource, i: number, line: string): Diagnostic {
  return {
    severity: 'warning',
    code: 'duplicate-notes',
    file: source.file,
    line: source.startLine + i,
    column: line.length - line.trimStart().length,
    message: 'a second `notes:` line in this slide; it is shown as text in the notes',
    hint: 'remove it, or start a new slide with `---` before it',
  };
}
