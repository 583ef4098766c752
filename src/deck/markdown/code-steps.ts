// Fence renderer: highlighted code at build time, with line numbers and step highlights
// when the info string holds a `[…]` spec. Each step after the first is one more `<code>`,
// a Reveal fragment, so stepping, printing and speaker view all see it (reveal's DOM, built once).
import type { MarkdownIt, Token } from 'markdown-it';
import { escapeHtml, highlightCode } from '../highlight.ts';
import { parseFenceInfo, parseSteps, type FenceInfo, type Step } from '../steps.ts';
import { renderEnv, type RenderEnv } from './env.ts';

export function codeSteps(md: MarkdownIt): void {
  md.renderer.rules.fence = (tokens, idx, _options, env) => renderFence(tokens[idx], renderEnv(env));
}

function renderFence(token: Token, env: RenderEnv): string {
  // A raw-HTML `<pre><code>` block arrives with its info already parsed (html-code.ts).
  const info = (token.meta?.info as FenceInfo | undefined) ?? parseFenceInfo(token.info);
  const wrapper = ['code-wrapper', ...(typeof token.meta?.preClass === 'string' && token.meta.preClass ? [token.meta.preClass] : [])].join(' ');
  const code = token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content;
  const rawLines = code.split('\n');
  const { language, lines } = highlightCode(code, info.lang);
  const line = env.lineOffset + (token.map?.[0] ?? 0);
  if (info.lang && !language) {
    env.diagnostics.push({ severity: 'warning', code: 'unknown-language', file: env.file, line, column: fenceColumn(token, env),
      message: `highlight.js has no language \`${info.lang}\`; the block is shown uncoloured` });
  }
  const classes = ['hljs', ...(language ? [`language-${language}`] : [])];
  const open = (gutter: number) => `<pre class="${escapeHtml(wrapper)}" style="--code-columns: ${columns(rawLines) + gutter}">`;
  if (!info.steps) {
    return `${open(0)}<code class="${classes.join(' ')}" tabindex="0">${lines.join('\n')}</code></pre>\n`;
  }
  // reveal drops a last blank line from numbered blocks; so do we, so that row numbers agree.
  if (lines.length > 1 && rawLines[rawLines.length - 1].trim() === '') lines.pop();
  const { steps, problems } = parseSteps(info.steps.spec, lines.length);
  for (const problem of problems) {
    env.diagnostics.push({ severity: 'error', code: 'invalid-step', file: env.file, line,
      column: fenceColumn(token, env) + info.steps.offset + problem.offset, message: problem.message,
      hint: `steps are line numbers or ranges separated by \`,\`, steps separated by \`|\`, e.g. \`[1-3,5|8]\`` });
  }
  env.steps += steps.length - 1;
  const blocks = steps.map((step, i) => renderStep(lines, step, info.steps?.startFrom ?? 1, [...classes, ...(i > 0 ? ['fragment'] : [])]));
  // The line numbers take their digits plus about two columns of padding.
  return `${open(String(info.steps.startFrom + lines.length - 1).length + 2)}${blocks.join('')}</pre>\n`;
}

function renderStep(lines: string[], step: Step, startFrom: number, classes: string[]): string {
  const highlighted = new Set(step);
  if (step.length > 0) classes.push('has-highlights');
  const rows = lines.map((html, i) => {
    const n = startFrom + i;
    const cls = highlighted.has(i + 1) ? ' class="highlight-line"' : '';
    return `<tr${cls}><td class="hljs-ln-line hljs-ln-numbers" data-line-number="${n}" aria-hidden="true"><div class="hljs-ln-n" data-line-number="${n}"></div></td>` +
      `<td class="hljs-ln-line hljs-ln-code" data-line-number="${n}">${html || ' '}</td></tr>`;
  });
  const spec = escapeHtml(step.join(','));
  return `<code class="${classes.join(' ')}" data-line-numbers="${spec}" tabindex="0"><table class="hljs-ln" role="presentation"><tbody>${rows.join('')}</tbody></table></code>`;
}

/** Column of the info string: the fence's indent plus its marker. */
function fenceColumn(token: Token, env: RenderEnv): number {
  const source = env.lines[token.map?.[0] ?? 0] ?? '';
  return Math.max(source.indexOf(token.markup), 0) + token.markup.length;
}

/** Width of the longest line in monospace columns: the theme shrinks wide code to fit the slide. */
function columns(lines: string[]): number {
  return Math.max(1, ...lines.map((line) => line.replace(/\t/g, '  ').length));
}
