// Notes stage: a line `notes:` or `note:` (any case) starts the slide's speaker notes.
import { FenceTracker } from './fences.ts';
import { RE_NOTES } from './separators.ts';
import type { Diagnostic, SlideParts, SlideSource } from './types.ts';

/** Separates the speaker notes; a `notes:` line inside a code fence is code. A second one is reported. */
export function extractNotes(source: SlideSource, notesLine: RegExp = RE_NOTES): SlideParts & { diagnostics: Diagnostic[] } {
  const lines = source.text.split('\n');
  const fences = new FenceTracker();
  for (let i = 0; i < lines.length; i++) {
    if (fences.feed(lines[i], i)) continue;
    const match = notesLine.exec(lines[i]);
    if (!match) continue;
    // Text after the colon on the same line belongs to the notes, as in reveal.
    const rest = [lines[i].slice(match[0].length), ...lines.slice(i + 1)];
    const first = rest.findIndex((line) => line.trim() !== '');
    return {
      source,
      body: lines.slice(0, i).join('\n'),
      notes: rest.join('\n').trim(),
      notesLine: source.startLine + i + Math.max(first, 0),
      diagnostics: secondNotes(source, lines, i + 1, fences, notesLine),
    };
  }
  return { source, body: source.text, diagnostics: [] };
}

/** A later `notes:` line outside code: it stays in the notes as text, which is rarely meant. */
function secondNotes(source: SlideSource, lines: string[], from: number, fences: FenceTracker, notesLine: RegExp): Diagnostic[] {
  for (let i = from; i < lines.length; i++) {
    if (fences.feed(lines[i], i) || !notesLine.test(lines[i])) continue;
    return [
      {
        severity: 'warning',
        code: 'duplicate-notes',
        file: source.file,
        line: source.startLine + i,
        column: lines[i].length - lines[i].trimStart().length,
        message: 'a second `notes:` line in this slide; it is shown as text in the notes',
        hint: 'remove it, or start a new slide with `---` before it',
      },
    ];
  }
  return [];
}
