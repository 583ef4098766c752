// `<!-- .element: … -->` on raw HTML, as reveal's markdown plugin does it on the DOM: the attributes
// go to the element before the comment (text and `<br>` skipped), or to the element it sits in.
// Done on the HTML text: the element's start tag is written again with the attributes added.
import { Parser } from 'htmlparser2';
import { escapeHtml } from '../escape-html.ts';

/** A start tag in an HTML string: where it is, and its attributes as the browser will read them. */
export interface StartTag {
  start: number;
  end: number;
  attributes: Record<string, string>;
}

/** An element comment found in raw HTML: where it is, its text, and the element it names. */
export interface ElementComment {
  start: number;
  end: number;
  text: string;
  target: StartTag | undefined;
}

/**
 * Reads `html` once: every comment with the element its attributes go to (undefined when the
 * comment comes before any element of this HTML); its first start tag (an inline tag's own); and
 * the element a comment right after it would name: its last top-level element, or the element it
 * leaves open (what follows lands in it).
 */
export function readRawHtml(html: string): { comments: ElementComment[]; first: StartTag | undefined; last: StartTag | undefined } {
  const open: StartTag[] = [];
  let first: StartTag | undefined;
  /** The element last closed at each depth, under the element open at the depth above. */
  const lastClosed: (StartTag | undefined)[] = [undefined];
  const comments: ElementComment[] = [];
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        const tag = { start: parser.startIndex, end: parser.endIndex + 1, attributes };
        first ??= tag;
        open.push(tag);
        lastClosed[open.length] = undefined;
      },
      onclosetag(name) {
        const tag = open.pop();
        // reveal passes over `<br>` as it looks back for an element.
        if (tag && name !== 'br') lastClosed[open.length] = tag;
      },
      oncomment(text) {
        const target = lastClosed[open.length] ?? open[open.length - 1];
        comments.push({ start: parser.startIndex, end: parser.endIndex + 1, text, target });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  // What follows this HTML lands in the element left open, if any, after its last child element.
  const last = lastClosed[open.length] ?? open[open.length - 1];
  parser.end();
  return { comments, first, last };
}

/**
 * `html` with each start tag in `edits` written again with its new attributes (a name it has is
 * replaced, as `setAttribute` does) and each range in `removals` taken out.
 */
export function rewriteHtml(html: string, edits: Map<StartTag, [string, string][]>, removals: { start: number; end: number }[]): string {
  const changes = [
    ...[...edits].map(([tag, added]) => ({ start: tag.start, end: tag.end, text: startTag(html.slice(tag.start, tag.end), tag, added) })),
    ...removals.map((r) => ({ ...r, text: '' })),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const change of changes) {
    if (change.start < at) continue; // overlapping ranges cannot come from one parse; kept safe
    out += html.slice(at, change.start) + change.text;
    at = change.end;
  }
  return out + html.slice(at);
}

function startTag(original: string, tag: StartTag, added: [string, string][]): string {
  const name = /^<([^\s/>]+)/.exec(original)?.[1] ?? 'span';
  const attributes = { ...tag.attributes, ...Object.fromEntries(added) };
  const text = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeHtml(value)}"`)
    .join('');
  return `<${name}${text}${original.endsWith('/>') ? ' /' : ''}>`;
}
