// Code blocks written as raw HTML, `<pre><code data-line-numbers="1-3|5" data-trim>…</code></pre>`:
// reveal's highlight plugin highlights and steps every `pre code` in the page, so such a block is
// read here into the same source a Markdown fence gives, and then treated exactly like one.
import { Parser } from 'htmlparser2';
import type { CodeSource } from './block.ts';

const RE_PRE_CODE = /^\s*<pre\b/i;
const RE_LANGUAGE_CLASS = /^(?:language-|lang-)?(.+)$/;
const RE_WHITE_SPACE = /\s+/;

/** The block's `<pre>` and its one `<code>`, or undefined when it is other HTML. */
export function readHtmlCode(html: string): CodeSource | undefined {
  if (!RE_PRE_CODE.test(html)) return undefined;
  // Open elements; only the first two matter (`pre>code`), so a deep pile costs no more than a flat one.
  const path: string[] = [];
  const at = (): string => (path.length > 2 ? '' : path.join('>'));
  let found: { preClass: string; attributes: Record<string, string>; text: string } | undefined;
  let preClass = '';
  let stray = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        path.push(name);
        if (at() === 'pre') preClass = attributes.class ?? '';
        else if (at() === 'pre>code' && !found) found = { preClass, attributes, text: '' };
        else stray = true;
      },
      ontext(text) {
        if (at() === 'pre>code' && found) found.text += text;
        else if (text.trim() !== '') stray = true;
      },
      onclosetag() {
        path.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (stray || !found) return undefined;
  const { attributes } = found;
  const lang =
    (attributes.class ?? '')
      .split(RE_WHITE_SPACE)
      .map((c) => RE_LANGUAGE_CLASS.exec(c)?.[1] ?? '')
      .find(Boolean) ?? '';
  const spec = attributes['data-line-numbers'];
  const startFrom = Number(attributes['data-ln-start-from'] ?? 1) || 1;
  return {
    info: { lang, ...(spec === undefined ? {} : { stepSpec: { spec, offset: 0, startFrom } }) },
    text: `${'data-trim' in attributes ? trimCode(found.text) : found.text}\n`,
    preClass: found.preClass,
  };
}

/** reveal's `data-trim`: drop blank lines at both ends and the indent all lines share. */
export function trimCode(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}
