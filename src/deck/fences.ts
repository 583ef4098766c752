// Code fence tracking for line scanners (split and notes stages), after markdown-it's `fence` rule.

/** ``` or ~~~, 3 or more; any indent, as fences nest in list items. */
const RE_FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/;

export interface OpenFence {
  marker: string;
  line: number;
  column: number;
  /** The info string's first word: the code's language. */
  lang: string;
}

/** Feeds lines one at a time; tells which ones are code (fence lines included). */
export class FenceTracker {
  open: OpenFence | undefined;

  /** Returns true when `line` opens, continues or closes a fence. */
  feed(line: string, index: number): boolean {
    if (this.open) {
      if (closes(line, this.open.marker)) this.open = undefined;
      return true;
    }
    const match = RE_FENCE_OPEN.exec(line);
    // A backtick fence's info string may not hold a backtick (then it is inline code).
    if (!match || (match[1][0] === '`' && match[2].includes('`'))) return false;
    this.open = { marker: match[1], line: index, column: line.indexOf(match[1]), lang: match[2].trim().split(/\s+/)[0].toLowerCase() };
    return true;
  }
}

/** Same character, at least as long, nothing but spaces around it. */
function closes(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && trimmed === marker[0].repeat(trimmed.length);
}
