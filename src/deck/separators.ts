// Slide and notes separators: reveal's `---` and `----` lines, or the regexes a deck's front matter
// gives (reveal-md's `separator`, `verticalSeparator`, `notesSeparator`), which are matched against
// the whole file as reveal's markdown plugin matches them: `^\n\n\n` (two blank lines) or `^---`
// (any line that starts so) split there as they do in reveal. split.ts skips a match in code.
import type { DeckConfig, Diagnostic } from './types.ts';

/** One separator in a file's text: the characters it takes, and which way it splits. */
export interface SeparatorMatch {
  start: number;
  end: number;
  horizontal: boolean;
}

export interface Separators {
  /** Every separator in `text` from the offset `from` (a file's body), in order. */
  find: (text: string, from: number) => SeparatorMatch[];
  /** A line that starts the speaker notes; text after the match on that line is notes too. */
  notes: RegExp;
}

/** reveal's `notes?:` (its own regex misses the backslash of `^\s*`), any case, after any indent. */
export const RE_NOTES = /^\s*notes?:/i;

export const DEFAULT_SEPARATORS: Separators = { find: findLines, notes: RE_NOTES };

/** reveal-md's defaults, for the separator a deck that names the other leaves out. */
const REVEAL_MD_SEPARATOR = '\\r?\\n---\\r?\\n';
const REVEAL_MD_VERTICAL = '\\r?\\n----\\r?\\n';

/**
 * The deck's separators from its front matter; one that cannot be used keeps the default and is
 * reported. `place`: where the front matter names them (for the diagnostics).
 */
export function separatorsOf(
  config: DeckConfig,
  at: { file: string; place: (key: string) => { line: number; column?: number } },
): { separators: Separators; diagnostics: Diagnostic[] } {
  const given = config.separators ?? {};
  const diagnostics: Diagnostic[] = [];
  const unusable = (key: string, message: string, hint?: string) =>
    diagnostics.push({ severity: 'warning', code: 'unsupported-option', file: at.file, ...at.place(key), message, ...(hint ? { hint } : {}) });
  const read = (key: 'separator' | 'verticalSeparator', source: string | undefined): string | undefined => {
    if (source === undefined) return undefined;
    const why = unusableRegex(source);
    if (why === undefined) return source;
    unusable(
      key,
      `\`${key}: ${source}\` ${why}; slides are split at \`${key === 'separator' ? '---' : '----'}\` lines instead`,
      'give a regex that matches the separator, e.g. `^---$` or `<!--s-->`',
    );
    return undefined;
  };
  const horizontal = read('separator', given.horizontal);
  const vertical = read('verticalSeparator', given.vertical);
  const separators: Separators = { ...DEFAULT_SEPARATORS };
  if (horizontal !== undefined || vertical !== undefined) {
    const find = findRegex(horizontal ?? REVEAL_MD_SEPARATOR, vertical ?? REVEAL_MD_VERTICAL);
    if (find) separators.find = find;
    else
      unusable(
        'separator',
        '`separator` and `verticalSeparator` do not make one regular expression together (a group named twice?); slides are split at `---` and `----` lines instead',
      );
  }
  if (given.notes !== undefined) {
    const notes = notesTest(given.notes);
    if (notes) separators.notes = notes;
    else
      unusable('notesSeparator', `\`notesSeparator: ${given.notes}\` is not a regex that matches the start of a line; notes start at \`notes:\` lines instead`);
  }
  return { separators, diagnostics };
}

/** Why a separator regex cannot split slides, or undefined when it can. */
export function unusableRegex(source: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'm');
  } catch {
    return 'is not a regular expression JavaScript reads';
  }
  // reveal would loop forever on a match of nothing; no slide could be cut there anyway.
  return regex.test('') || regex.test('\n') ? 'matches an empty line' : undefined;
}

/** reveal's `---` and `----` lines: each takes its line and the line end before it. */
function findLines(text: string, from: number): SeparatorMatch[] {
  const matches: SeparatorMatch[] = [];
  for (let start = from; start <= text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end);
    // Exactly these lines (read.ts has made every line end `\n`): reveal's `\r?\n---\r?\n`, a line at a time.
    const vertical = line === '----';
    if (vertical || line === '---') matches.push({ start: start > from ? start - 1 : start, end: next < 0 ? end : end + 1, horizontal: !vertical });
    if (next < 0) break;
    start = next + 1;
  }
  return matches;
}

/**
 * reveal's own search (plugin/markdown `slidify`): one regex of both, over the whole text; a match
 * is horizontal when the horizontal regex matches its text.
 */
function findRegex(horizontal: string, vertical: string): ((text: string, from: number) => SeparatorMatch[]) | undefined {
  let both: RegExp;
  try {
    both = new RegExp(`${horizontal}|${vertical}`, 'mg');
  } catch {
    return undefined;
  }
  const isHorizontal = new RegExp(horizontal);
  return (text, from) => {
    const matches: SeparatorMatch[] = [];
    both.lastIndex = from;
    for (let match = both.exec(text); match; match = both.exec(text)) {
      // A match of nothing (`(?=#)`) cuts nothing, and reveal would loop on it forever: step past.
      if (match[0] === '') both.lastIndex++;
      else matches.push({ start: match.index, end: match.index + match[0].length, horizontal: isHorizontal.test(match[0]) });
    }
    return matches;
  };
}

/** A line end that closes a notes separator (`^---\n`): the notes start after the line it matches. */
const RE_LINE_END = /(?:\$|\\r\?\\n|\\n)+$/;
const RE_LINE_BREAK = /\\n|\\r|\n/;

/** The notes separator as reveal reads it (any case), anchored at a line's start after any indent. */
function notesTest(source: string): RegExp | undefined {
  const core = source.replace(/^\^/, '').replace(RE_LINE_END, '');
  if (core === '' || RE_LINE_BREAK.test(core)) return undefined;
  try {
    return new RegExp(`^\\s*(?:${core})`, 'i');
  } catch {
    return undefined;
  }
}
