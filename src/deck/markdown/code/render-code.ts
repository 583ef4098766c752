// Renderer rule `fence`: prints a CodeBlock the core rule made. Each step after the first is one
// more `<code>`, a Reveal fragment, so stepping, printing and the speaker view all see it.
import type { Token } from 'markdown-it';
import { escapeHtml } from '../../escape-html.ts';
import { type CodeBlock, codeBlockOf } from './block.ts';
import type { Step } from './steps.ts';

export function renderCode(token: Token): string {
  const block = codeBlockOf(token);
  // Every fence goes through the core rule; a token without a block is our bug, not the author's.
  if (!block) throw new Error('code_blocks core rule did not run before rendering a fence');
  const classes = ['hljs', ...(block.language ? [`language-${block.language}`] : [])];
  // `<!-- .element: … -->` after the block set these on the fence (reveal-attributes.ts): they are the `<pre>`'s, as in reveal.
  const given = new Map(token.attrs ?? []);
  const wrapper = [...(given.has('class') ? [given.get('class')] : []), 'code-wrapper', ...(block.preClass ? [block.preClass] : [])].join(' ');
  const style = [`--code-columns: ${block.columns}`, ...(given.has('style') ? [given.get('style')] : [])].join('; ');
  const others = [...given].filter(([name]) => name !== 'class' && name !== 'style').map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`);
  const open = `<pre class="${escapeHtml(wrapper)}" style="${escapeHtml(style)}"${others.join('')}>`;
  if (!block.numbered) {
    return `${open}<code class="${classes.join(' ')}" tabindex="0">${block.rows.join('\n')}</code></pre>\n`;
  }
  const { startFrom, steps } = block.numbered;
  const codes = steps.map((step, i) => renderStep(block, step, startFrom, [...classes, ...(i > 0 ? ['fragment'] : [])]));
  return `${open}${codes.join('')}</pre>\n`;
}

function renderStep(block: CodeBlock, step: Step, startFrom: number, classes: string[]): string {
  const highlighted = new Set(step);
  if (step.length > 0) classes.push('has-highlights');
  const rows = block.rows.map((html, i) => {
    const n = startFrom + i;
    const cls = highlighted.has(i + 1) ? ' class="highlight-line"' : '';
    return (
      `<tr${cls}><td class="hljs-ln-line hljs-ln-numbers" data-line-number="${n}" aria-hidden="true"><div class="hljs-ln-n" data-line-number="${n}"></div></td>` +
      `<td class="hljs-ln-line hljs-ln-code" data-line-number="${n}">${html || ' '}</td></tr>`
    );
  });
  return `<code class="${classes.join(' ')}" data-line-numbers="${escapeHtml(step.join(','))}" tabindex="0"><table class="hljs-ln" role="presentation"><tbody>${rows.join('')}</tbody></table></code>`;
}
