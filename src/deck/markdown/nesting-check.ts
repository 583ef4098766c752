// Core rule `nesting_check`: markdown-it stops reading a block nested `maxNesting` (100) deep and
// drops the rest of it without a word (100 `>` in a row); the author hears of it here.
import type { MarkdownIt } from 'markdown-it';
import { renderEnv } from './env.ts';

export function nestingCheck(md: MarkdownIt): void {
  md.core.ruler.after('block', 'nesting_check', (state) => {
    const limit = state.md.options.maxNesting ?? 100;
    // A quote or list item opened one short of the limit: markdown-it reads nothing inside it, so
    // it closes at once (a paragraph there keeps its text: its words are not read as blocks).
    const deepest = state.tokens.find((t, i) => t.nesting === 1 && t.level >= limit - 1 && state.tokens[i + 1]?.nesting === -1);
    if (!deepest) return;
    const env = renderEnv(state.env);
    env.diagnostics.push({
      severity: 'warning',
      code: 'too-deep',
      file: env.file,
      line: env.lineOffset + (deepest.map?.[0] ?? 0),
      message: `Markdown nested more than ${limit} levels deep (quotes, lists) is not read: what lies deeper is not shown`,
      hint: 'nest fewer `>` or list levels',
    });
  });
}
