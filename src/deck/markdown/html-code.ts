// Code blocks written as raw HTML, `<pre><code data-line-numbers="1-3|5" data-trim>…</code></pre>`:
// reveal's highlight plugin highlights and steps every `pre code` in the page, so we turn such a
// block into a fence token and give it the same build-time treatment as a Markdown fence.
import { Parser } from 'htmlparser2';
import type { MarkdownIt, Token } from 'markdown-it';
import type { FenceInfo } from '../steps.ts';

const RE_PRE_CODE = /^\s*<pre\b/i;
const RE_LANGUAGE_CLASS = /^(?:language-|lang-)?(.+)$/;

interface HtmlCode {
  preClass: string;
  codeAttributes: Record<string, string>;
  text: string;
}

export function htmlCode(md: MarkdownIt): void {
  md.core.ruler.push('html_code', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'html_block' || !RE_PRE_CODE.test(token.content)) continue;
      const code = parsePreCode(token.content);
      if (code) toFence(token, code);
    }
  });
}

/** The block's `<pre>` and its one `<code>`, or undefined if it holds anything else. */
function parsePreCode(html: string): HtmlCode | undefined {
  const path: string[] = [];
  let result: HtmlCode | undefined;
  let preClass = '';
  let stray = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      path.push(name);
      if (path.join('>') === 'pre') preClass = attributes.class ?? '';
      else if (path.join('>') === 'pre>code' && !result) result = { preClass, codeAttributes: attributes, text: '' };
      else stray = true;
    },
    ontext(text) {
      if (path.join('>') === 'pre>code' && result) result.text += text;
      else if (text.trim() !== '') stray = true;
    },
    onclosetag() {
      path.pop();
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  return stray ? undefined : result;
}

function toFence(token: Token, code: HtmlCode): void {
  const attributes = code.codeAttributes;
  const lang = (attributes.class ?? '').split(/\s+/).map((c) => RE_LANGUAGE_CLASS.exec(c)?.[1] ?? '').find(Boolean) ?? '';
  const spec = attributes['data-line-numbers'];
  const startFrom = Number(attributes['data-ln-start-from'] ?? 1) || 1;
  const info: FenceInfo = { lang, ...(spec === undefined ? {} : { steps: { spec, offset: 0, startFrom } }) };
  token.type = 'fence';
  token.markup = '';
  token.content = ('data-trim' in attributes ? trimCode(code.text) : code.text) + '\n';
  token.meta = { ...token.meta, info, preClass: code.preClass };
}

/** reveal's `data-trim`: drop blank lines at both ends and the indent all lines share. */
export function trimCode(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}
