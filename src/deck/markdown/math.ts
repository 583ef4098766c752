// Math: `$…$` inline and `$$…$$` display, typeset by KaTeX at build time (@vscode/markdown-it-katex,
// VS Code's own plugin), so no math JS reaches the browser. A rule marks the slide as using math
// (its page then loads KaTeX's CSS and fonts) and reports TeX that KaTeX cannot read.
import katexPlugin from '@vscode/markdown-it-katex';
import katex from 'katex';
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { renderEnv } from './env.ts';

type Plugin = (md: MarkdownIt) => void;
/** The plugin is CommonJS with `exports.default`: Node's ESM import gives the exports object, Vite's interop the function. */
const katexMath = ((katexPlugin as unknown as { default?: Plugin }).default ?? katexPlugin) as unknown as Plugin;

const BLOCK_TYPES = new Set(['math_block', 'math_inline_block']);
const MATH_TYPES = new Set([...BLOCK_TYPES, 'math_inline']);

export function math(md: MarkdownIt): void {
  // @vscode/markdown-it-katex is typed against an older markdown-it; the instance is the same.
  md.use(katexMath);
  md.core.ruler.push('math_check', (state: StateCore) => {
    const env = renderEnv(state.env);
    for (const block of state.tokens) {
      for (const token of [block, ...(block.children ?? [])]) {
        if (!MATH_TYPES.has(token.type)) continue;
        env.math = true;
        const problem = texProblem(token);
        if (problem === undefined) continue;
        const line = block.map?.[0] ?? 0;
        env.diagnostics.push({
          severity: 'error',
          code: 'invalid-math',
          file: env.file,
          line: env.lineOffset + line,
          column: texColumn(env.lines[line] ?? '', token.content),
          message: `KaTeX cannot typeset \`${token.content.trim()}\`: ${problem}`,
        });
      }
    }
  });
}

/** Where the TeX starts on its line (its `$`), or the line's first `$` when it spans lines. */
function texColumn(source: string, tex: string): number {
  const at = source.indexOf(`$${tex}`);
  return at >= 0 ? at : Math.max(0, source.indexOf('$'));
}

/** KaTeX's message for TeX it cannot typeset, without its `KaTeX parse error:` prefix. */
function texProblem(token: Token): string | undefined {
  try {
    katex.renderToString(token.content, { displayMode: BLOCK_TYPES.has(token.type), throwOnError: true });
    return undefined;
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).replace(/^KaTeX parse error: /, '');
  }
}
