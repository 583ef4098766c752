// Diagnostics: values collected by every stage, formatted once for people.
import type { Diagnostic } from './types.ts';

/** `slides/03-ci.md:42:5 error step-out-of-range: …` (1-based line and column, as editors expect). */
export function formatDiagnostic(d: Diagnostic): string {
  const column = d.column === undefined ? '' : `:${d.column + 1}`;
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${d.file}:${d.line + 1}${column} ${d.severity} ${d.code}: ${d.message}${hint}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
