// Diagnostics: values collected by every stage, formatted once for people.
import type { Diagnostic } from './types.ts';

/** `slides/03-ci.md:42:5 error step-out-of-range: …` (1-based line and column, as editors expect). */
export function formatDiagnostic(d: Diagnostic): string {
  const column = d.column === undefined ? '' : `:${d.column + 1}`;
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${d.file}:${d.line + 1}${column} ${d.severity} ${d.code}: ${d.message}${hint}`;
}

/** In the order a reader meets them: by file, line and column (stable, so one place keeps its stages' order). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || (a.column ?? -1) - (b.column ?? -1));
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

const RE_NOT_TAB = /[^\t]/g;

/**
 * The diagnostic's line with `around` lines either side and a caret under its column, laid out as
 * Vite's own code frames (its overlay trims leading spaces, so each line starts with its number).
 * `text` is the whole file.
 * @example codeFrame('a\nbad\nc', { line: 1, column: 1 }) → '1  |  a\n2  |  bad\n   |   ^\n3  |  c'
 */
export function codeFrame(text: string, at: Pick<Diagnostic, 'line' | 'column'>, around = 2): string {
  const lines = text.split('\n');
  const first = Math.max(0, at.line - around);
  const last = Math.min(lines.length - 1, at.line + around);
  const width = Math.max(3, String(last + 1).length + 1);
  const frame: string[] = [];
  for (let i = first; i <= last; i++) {
    frame.push(`${String(i + 1).padEnd(width)}|  ${lines[i]}`);
    // Tabs stay tabs so the caret lines up however wide they are drawn.
    if (i === at.line) frame.push(`${' '.repeat(width)}|  ${lines[i].slice(0, at.column ?? 0).replace(RE_NOT_TAB, ' ')}^`);
  }
  return frame.join('\n');
}
