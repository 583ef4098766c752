// Core rule `footnote_check`: a reference `[^9]` with no `[^9]:` on its slide stays literal text in
// the slide (an error); a definition no reference uses is dropped from the slide (a warning).
import type { MarkdownIt, StateCore } from 'markdown-it';
import { type RenderEnv, renderEnv } from './env.ts';

const RE_SPACE = /\s/;

interface FootnoteEnv {
  footnotes?: { refs?: Record<string, number> };
}

export function footnoteCheck(md: MarkdownIt): void {
  md.core.ruler.push('footnote_check', (state: StateCore) => {
    const env = renderEnv(state.env);
    undefinedReferences(state, env);
    unusedDefinitions(state, env);
  });
}

function undefinedReferences(state: StateCore, env: RenderEnv): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const line = block.map?.[0] ?? 0;
    for (const child of block.children) {
      if (child.type !== 'text') continue;
      for (const match of undefinedRefs(child.content)) {
        const at = findLine(env.lines, match[0], line);
        env.diagnostics.push({
          severity: 'error',
          code: 'undefined-footnote',
          file: env.file,
          line: env.lineOffset + at.line,
          column: at.column,
          message: `footnote \`${match[0]}\` has no definition on this slide; it shows as text`,
          hint: `add a line \`[^${match[1]}]: …\` to the same slide`,
        });
      }
    }
  }
}

function unusedDefinitions(state: StateCore, env: RenderEnv): void {
  const refs = (state.env as FootnoteEnv).footnotes?.refs ?? {};
  for (const [key, id] of Object.entries(refs)) {
    if (id >= 0) continue;
    const label = key.slice(1); // markdown-it-footnote prefixes ':' to every label
    const at = findLine(env.lines, `[^${label}]:`, 0);
    env.diagnostics.push({
      severity: 'warning',
      code: 'unused-footnote',
      file: env.file,
      line: env.lineOffset + at.line,
      column: at.column,
      message: `footnote \`[^${label}]\` is defined but never referenced on this slide; it is not shown`,
      hint: `reference it with \`[^${label}]\` in the slide's text, or remove it`,
    });
  }
}

/**
 * What markdown-it-footnote leaves as text when the label has no definition: `[^label]` not
 * followed by `:`, the label running to the first `]` without spaces (the regex
 * `/\[\^([^\]\s]+)\](?!:)/g`, scanned in one pass: the regex took seconds on `[^` × 40,000).
 */
export function* undefinedRefs(text: string): Generator<[whole: string, label: string]> {
  let from = 0;
  for (;;) {
    const start = text.indexOf('[^', from);
    if (start < 0) return;
    let end = start + 2;
    while (end < text.length && text[end] !== ']' && !RE_SPACE.test(text[end])) end++;
    if (end > start + 2 && text[end] === ']' && text[end + 1] !== ':') {
      yield [text.slice(start, end + 1), text.slice(start + 2, end)];
      from = end + 1;
    } else {
      // Every `[^` up to `end` would end at the same place, with the same result: none is a reference.
      from = end > start + 2 ? end : start + 1;
    }
  }
}

/** Inline tokens carry no position: the first line from the block's own that holds the text. */
function findLine(lines: string[], text: string, from: number): { line: number; column?: number } {
  for (let line = from; line < lines.length; line++) {
    const column = lines[line].indexOf(text);
    if (column >= 0) return { line, column };
  }
  return { line: from };
}
