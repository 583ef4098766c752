// Notes stage: a line `notes:` or `note:` (any case) starts the slide's speaker notes.
import { FenceTracker } from './fences.ts';
import type { SlideParts, SlideSource } from './types.ts';

/** reveal's notes separator `^\s*notes?:` (its own regex misses the backslash: `^s*notes?:`). */
const RE_NOTES = /^\s*notes?:/i;

/** Separates the speaker notes; a `notes:` line inside a code fence is code. */
export function extractNotes(source: SlideSource): SlideParts {
  const lines = source.text.split('\n');
  const fences = new FenceTracker();
  for (let i = 0; i < lines.length; i++) {
    if (fences.feed(lines[i], i)) continue;
    const match = RE_NOTES.exec(lines[i]);
    if (!match) continue;
    // Text after the colon on the same line belongs to the notes, as in reveal.
    const rest = [lines[i].slice(match[0].length), ...lines.slice(i + 1)];
    const first = rest.findIndex((line) => line.trim() !== '');
    return {
      source,
      body: lines.slice(0, i).join('\n'),
      notes: rest.join('\n').trim(),
      notesLine: source.startLine + i + Math.max(first, 0),
    };
  }
  return { source, body: source.text };
}
