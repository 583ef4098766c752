// Split stage: cuts files into stacks of slides at their separators (separators.ts finds them, as
// reveal does), never inside a code fence or an HTML comment (reveal's markdown plugin splits
// inside both). A line scanner knows which lines are code or comment.
import { FenceTracker, type OpenFence } from './fences.ts';
import { DEFAULT_SEPARATORS, type SeparatorMatch, type Separators } from './separators.ts';
import type { Diagnostic, SlideSource, SourceFile, StackSource } from './types.ts';

const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
const BACKTICK = 0x60;

interface Taken {
  separators: number[];
  notes: number[];
}

/** An HTML comment the scanner is in: where it opened, and the separators it has hidden since. */
interface OpenComment {
  line: number;
  column: number;
  swallowed: number;
}
const RE_FENCE_WITH_INFO = /^ {0,3}(`{3,}|~{3,})\s*\w/;
/**
 * Languages whose code may hold these lines: in YAML `---` starts a document and `notes:` may be a
 * key; Markdown shows slides' own source. No sign of a misplaced fence there.
 */
const MAY_HOLD_SEPARATORS = new Set(['yaml', 'yml', 'md', 'markdown']);

/** Splits one file's body (from `startLine`) into stacks; each file begins a new stack. */
export function splitSlides(
  file: SourceFile,
  startLine: number,
  separators: Separators = DEFAULT_SEPARATORS,
): { stacks: StackSource[]; diagnostics: Diagnostic[] } {
  const text = file.text;
  const lines = text.split('\n');
  const lineStarts = startsOf(lines);
  // The body as reveal-md hands it to reveal: from the line end that closes the front matter.
  const from = startLine > 0 && startLine <= lines.length ? lineStarts[startLine] - 1 : startLine > 0 ? text.length : 0;
  /** Separators by the line they stand on (a match of `\n---` stands on the `---` line). */
  const onLine = new Map<number, SeparatorMatch[]>();
  for (const match of separators.find(text, from)) {
    const line = lineOfMatch(text, lineStarts, match);
    onLine.set(line, [...(onLine.get(line) ?? []), match]);
  }
  const stacks: StackSource[] = [[]];
  const fences = new FenceTracker();
  /** Where the next slide's text starts, and on which line. */
  let slideFrom = startLine < lines.length ? lineStarts[startLine] : text.length;
  let slideStart = startLine;
  /** Slides cut so far: their count names the next one (never `stacks.flat()`, which made splitting quadratic). */
  let slideCount = 0;
  /** The current slide's `notes:` lines outside code and comments. */
  let notesAt: number[] = [];
  /** Where the HTML comment the scanner is in opened; undefined outside one. */
  let comment: OpenComment | undefined;
  let swallowed = 0;
  const diagnostics: Diagnostic[] = [];
  /** The first separator or `notes:` line inside the open fence, reported once the fence closes. */
  let suspect: { line: number; fence: OpenFence } | undefined;
  /** The separators and `notes:` lines inside the open fence: what it takes from the slides. */
  let taken: Taken = { separators: [], notes: [] };

  /** Ends the slide at line `end`, where its text stops at `until`; the next one starts at `next`. */
  const close = (end: number, until: number, next: number): void => {
    const id = `${file.path}#${slideCount++}`;
    const slide: SlideSource = { file: file.path, id, startLine: slideStart, endLine: end, text: text.slice(slideFrom, Math.max(until, slideFrom)), notesAt };
    stacks[stacks.length - 1].push(slide);
    notesAt = [];
    slideFrom = next;
    slideStart = lineOf(lineStarts, Math.min(next, text.length));
  };

  for (let i = startLine; i < lines.length; i++) {
    const line = lines[i];
    const here = onLine.get(i);
    const isSeparator = here !== undefined;
    if (comment) {
      if (line.includes(COMMENT_CLOSE)) comment = commentAfter(line, line.indexOf(COMMENT_CLOSE) + COMMENT_CLOSE.length, i);
      else if (isSeparator) comment.swallowed++;
    } else if (fences.feed(line, i)) {
      if (isSeparator) swallowed++;
      const open = fences.open;
      if (open?.line === i) taken = { separators: [], notes: [] };
      else if (open) {
        if (isSeparator) taken.separators.push(i);
        else if (separators.notes.test(line)) taken.notes.push(i);
        // Blank lines are code's own, even where a deck splits at them (`^\n\n\n`).
        if (!suspect && looksMisplaced(line, open, isSeparator && line.trim() !== '', separators.notes)) suspect = { line: i, fence: open };
      }
      if (!open && suspect) {
        diagnostics.push(separatorInCode(file.path, suspect, i, lines[suspect.line], taken));
        suspect = undefined;
      }
    } else if (here) {
      for (const match of here) {
        close(i, match.start, match.end);
        if (match.horizontal) stacks.push([]);
      }
      // A separator that takes a `<!--` with it (`<!--s-->`) opens no comment; one after it on its line does.
      comment = commentAfter(line, Math.max(0, here[here.length - 1].end - lineStarts[i]), i);
    } else {
      if (separators.notes.test(line)) notesAt.push(i);
      comment = commentAfter(line, 0, i);
    }
  }
  // A separator on the file's last line, with no newline after it, ends the file: no empty slide
  // after it (reveal's separator needs a line end, so it makes none either).
  const endsWithSeparator = slideFrom >= text.length && onLine.has(lines.length - 1) && lines.length > startLine;
  if (!endsWithSeparator) close(lines.length, text.length, text.length);
  else if (stacks[stacks.length - 1].length === 0) stacks.pop();
  if (fences.open) diagnostics.push(unclosedFence(file.path, fences.open, swallowed));
  if (comment) diagnostics.push(unclosedComment(file.path, comment));
  return { stacks, diagnostics };
}

/** Where each line starts in the text. */
function startsOf(lines: string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return starts;
}

/** The line holding offset `at` (a binary search: a file may have 100,000 lines). */
function lineOf(starts: number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The line a separator stands on: its first character that is not a line end, or the blank line it starts at. */
function lineOfMatch(text: string, starts: number[], match: SeparatorMatch): number {
  for (let k = match.start; k < match.end; k++) if (text[k] !== '\n') return lineOf(starts, k);
  const line = lineOf(starts, match.start);
  return starts[line] === match.start ? line : line + 1;
}

/**
 * A line that code rarely holds: a separator or `notes:` (outside YAML and Markdown), or a fence
 * with a language that could have closed this one were it bare (```` ```js ```` inside ```` ``` ````).
 */
function looksMisplaced(line: string, fence: OpenFence, isSeparator: boolean, notes: RegExp): boolean {
  if ((isSeparator || notes.test(line)) && !MAY_HOLD_SEPARATORS.has(fence.lang)) return true;
  const inner = RE_FENCE_WITH_INFO.exec(line);
  return inner !== null && inner[1][0] === fence.marker[0] && inner[1].length >= fence.marker.length;
}

/**
 * A block that holds a line code rarely holds: most often its closing fence was deleted and the next
 * block's opening fence closes it. Said at its opening fence, with what it took: which separators
 * (the slides after them are code) and which `notes:` lines.
 */
function separatorInCode(file: string, suspect: { line: number; fence: OpenFence }, closeLine: number, text: string, taken: Taken): Diagnostic {
  const { fence } = suspect;
  const numbers = (list: number[]) => list.map((n) => n + 1).join(', ');
  const plural = (list: number[], word: string) => `${word}${list.length > 1 ? 's' : ''}`;
  const parts: string[] = [];
  if (taken.notes.length > 0) parts.push(`the \`notes:\` ${plural(taken.notes, 'line')} ${numbers(taken.notes)}`);
  if (taken.separators.length > 0)
    parts.push(`the slide ${plural(taken.separators, 'separator')} on ${plural(taken.separators, 'line')} ${numbers(taken.separators)}`);
  if (RE_FENCE_WITH_INFO.test(text)) parts.push(`the fence "${text.trim()}" on line ${suspect.line + 1}`);
  const slides = taken.separators.length;
  const lost =
    slides > 0
      ? `: ${slides === 1 ? 'the slide after it shows' : `the ${slides} slides after them show`} as code${taken.notes.length > 0 ? ', notes and all' : ''}`
      : '';
  const first = Math.min(suspect.line, ...taken.notes, ...taken.separators);
  return {
    severity: 'warning',
    code: 'separator-in-code',
    file,
    line: fence.line,
    column: fence.column,
    message: `this code block runs to line ${closeLine + 1} and takes in ${joinWords(parts)}${lost}`,
    hint: `if its closing fence is missing, close it with ${fence.marker} before line ${first + 1}`,
  };
}

/** `a`, `a and b`, `a, b and c`. */
function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * The comment `line` leaves open from `from` on, or undefined. One pass left to right (each `<!--`
 * looks for its `-->` after it), so a line of 40,000 `<!--` costs no more than its length. A
 * `<!--` after an odd number of backticks is inside inline code: text, not a comment.
 */
function commentAfter(line: string, from: number, index: number): OpenComment | undefined {
  let at = from;
  let ticks = 0;
  for (;;) {
    const open = line.indexOf(COMMENT_OPEN, at);
    if (open < 0) return undefined;
    for (let k = at; k < open; k++) if (line.charCodeAt(k) === BACKTICK) ticks++;
    at = open + COMMENT_OPEN.length;
    if (ticks % 2 === 1) continue;
    const close = line.indexOf(COMMENT_CLOSE, at);
    if (close < 0) return { line: index, column: open, swallowed: 0 };
    at = close + COMMENT_CLOSE.length;
  }
}

/** An HTML comment never closed hides everything after it in its file (markdown-it reads it to the end). */
function unclosedComment(file: string, comment: OpenComment): Diagnostic {
  const what = comment.swallowed > 0 ? `hides the rest of the file, ${comment.swallowed} slide separator(s) with it` : 'hides the rest of the file';
  return {
    severity: 'error',
    code: 'unclosed-comment',
    file,
    line: comment.line,
    column: comment.column,
    message: `HTML comment \`<!--\` is never closed and ${what}`,
    hint: 'close it with `-->`',
  };
}

function unclosedFence(file: string, fence: OpenFence, swallowed: number): Diagnostic {
  return {
    severity: swallowed > 0 ? 'error' : 'warning',
    code: 'unclosed-fence',
    file,
    line: fence.line,
    column: fence.column,
    message:
      swallowed > 0
        ? `code fence ${fence.marker} is never closed and swallows ${swallowed} slide separator(s)`
        : `code fence ${fence.marker} is never closed; it runs to the end of the file`,
    hint: `close it with a line ${fence.marker}`,
  };
}
