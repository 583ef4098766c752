// The deck's page without its speaker notes, for every reader who has not the speaker's secret:
// each `<aside class="notes">` (ours, or an author's own) and every `data-notes` attribute go.
// Attribute values are read decoded, as the browser reads them: `class="&#110;otes"` is notes too.
import { Parser } from 'htmlparser2';

interface Cut {
  start: number;
  end: number;
}

export function stripNotes(html: string): string {
  const cuts: Cut[] = [];
  /** Open `<aside>`s: where each started, and whether it holds notes. */
  const asides: { start: number; notes: boolean }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'aside') asides.push({ start: parser.startIndex, notes: (attributes.class ?? '').split(/\s+/).includes('notes') });
        if ('data-notes' in attributes) attributeCut(html, parser.startIndex, parser.endIndex, cuts);
      },
      onclosetag(name) {
        if (name !== 'aside') return;
        const open = asides.pop();
        if (open?.notes) cuts.push({ start: open.start, end: parser.endIndex + 1 });
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  // Outermost first; a cut inside another is already gone.
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) continue;
    out += html.slice(at, cut.start);
    at = cut.end;
  }
  return out + html.slice(at);
}

/** The `data-notes="…"` attribute inside the start tag between `start` and `end`. */
function attributeCut(html: string, start: number, end: number, cuts: Cut[]): void {
  const tag = html.slice(start, end + 1);
  const match = /\sdata-notes\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)|\sdata-notes(?=[\s>/])/i.exec(tag);
  if (match) cuts.push({ start: start + match.index, end: start + match.index + match[0].length });
}
