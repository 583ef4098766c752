// Slide and notes separators: reveal's defaults, or the regexes a deck's front matter gives
// (reveal-md's `separator`, `verticalSeparator`, `notesSeparator`). reveal's markdown plugin
// matches them against the whole file; in practice each names one line (`^---$`, `\r?\n---\r?\n`,
// `<!--s-->`), and that is how they are read here: as a test of one line.
import type { DeckConfig, Diagnostic } from './types.ts';

export interface Separators {
  /** A line that starts a new horizontal slide (reveal's default `---`). */
  horizontal: (line: string) => boolean;
  /** A line that starts a new vertical slide in the current stack (`----`). */
  vertical: (line: string) => boolean;
  /** A line that starts the speaker notes; text after the match on that line is notes too. */
  notes: RegExp;
}

/** reveal's `notes?:` (its own regex misses the backslash of `^\s*`), any case, after any indent. */
export const RE_NOTES = /^\s*notes?:/i;

export const DEFAULT_SEPARATORS: Separators = {
  horizontal: (line) => line === '---',
  vertical: (line) => line === '----',
  notes: RE_NOTES,
};

/** Line ends and anchors around a separator's one line: `^`, `$`, `\n`, `\r?\n`, `(\r\n?|\n)`, `(?:\r?\n)`. */
const RE_EDGE_START = /^(?:\^|\\r\?\\n|\\n|\((?:\?:)?\\r\\n\?\|\\n\)|\((?:\?:)?\\r\?\\n\))+/;
const RE_EDGE_END = /(?:\$|\\r\?\\n|\\n|\((?:\?:)?\\r\\n\?\|\\n\)|\((?:\?:)?\\r\?\\n\))+$/;
const RE_LINE_BREAK = /\\n|\\r|\n/;

/**
 * The deck's separators from its front matter; one that cannot be read as a line test keeps the
 * default and is reported. `place`: where the front matter names them (for the diagnostics).
 * @example lineTest('\\r?\\n---\\r?\\n') matches the line `---`; lineTest('^<!--s-->$') the line `<!--s-->`
 */
export function separatorsOf(
  config: DeckConfig,
  at: { file: string; place: (key: string) => { line: number; column?: number } },
): { separators: Separators; diagnostics: Diagnostic[] } {
  const given = config.separators ?? {};
  const diagnostics: Diagnostic[] = [];
  const separators = { ...DEFAULT_SEPARATORS };
  const unusable = (key: string, message: string, hint?: string) =>
    diagnostics.push({ severity: 'warning', code: 'unsupported-option', file: at.file, ...at.place(key), message, ...(hint ? { hint } : {}) });
  const read = (key: 'separator' | 'verticalSeparator', source: string | undefined): ((line: string) => boolean) | undefined => {
    if (source === undefined) return undefined;
    const test = lineTest(source);
    if ('test' in test) return test.test;
    unusable(
      key,
      `\`${key}: ${source}\` ${test.why}; slides are split at \`${key === 'separator' ? '---' : '----'}\` lines instead`,
      'give a regex that matches the separator line, e.g. `^---$` or `<!--s-->`',
    );
    return undefined;
  };
  separators.horizontal = read('separator', given.horizontal) ?? separators.horizontal;
  separators.vertical = read('verticalSeparator', given.vertical) ?? separators.vertical;
  if (given.notes !== undefined) {
    const notes = notesTest(given.notes);
    if (notes) separators.notes = notes;
    else
      unusable('notesSeparator', `\`notesSeparator: ${given.notes}\` is not a regex that matches the start of a line; notes start at \`notes:\` lines instead`);
  }
  return { separators, diagnostics };
}

/** A separator regex as a test of one whole line, or why it cannot be one. */
export function lineTest(source: string): { test: (line: string) => boolean } | { why: string } {
  const core = source.replace(RE_EDGE_START, '').replace(RE_EDGE_END, '');
  if (core === '') return { why: 'matches an empty line' };
  if (RE_LINE_BREAK.test(core)) return { why: 'spans more than one line' };
  try {
    const re = new RegExp(`^(?:${core})$`);
    return { test: (line) => re.test(line) };
  } catch {
    return { why: 'is not a regular expression JavaScript reads' };
  }
}

/** The notes separator as reveal reads it (any case), anchored at a line's start after any indent. */
function notesTest(source: string): RegExp | undefined {
  const core = source.replace(/^\^/, '');
  if (core === '' || RE_LINE_BREAK.test(core)) return undefined;
  try {
    return new RegExp(`^\\s*(?:${core})`, 'i');
  } catch {
    return undefined;
  }
}
