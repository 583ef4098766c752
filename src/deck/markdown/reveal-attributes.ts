// reveal.js's attribute comments: `<!-- .slide: a="b" -->` sets attributes on the slide's
// `<section>`; `<!-- .element: a="b" -->` on the element before it (the last list item after a
// list with no blank line between; the enclosing block when nothing precedes it), as reveal's
// markdown plugin does on the DOM, done here on markdown-it tokens.
import type { MarkdownIt, Token } from 'markdown-it';
import { type RenderEnv, renderEnv } from './env.ts';
import { readRawHtml, rewriteHtml, type StartTag } from './raw-html-attributes.ts';

const RE_COMMENT = /^<!--([\s\S]*?)-->$/;
const RE_ELEMENT = /\.element\s*?(.+?)$/m;
const RE_SLIDE = /\.slide:\s*?(\S.+?)$/m;
/** reveal's attribute syntax: `name="value"` pairs, or a bare `data-name`. */
const RE_ATTRIBUTE = /([^"= ]+?)="([^"]+?)"|(data-[^"= ]+?)(?=[" ])/g;

/** An attribute name the DOM's `setAttribute` takes (XML's Name): nothing that could close the tag or start another. */
const RE_ATTRIBUTE_NAME = /^[\p{L}_:][\p{L}\p{N}_:.-]*$/u;

/** Raw inline HTML reveal passes over: comments and `<br>` (it skips BR and non-elements). */
const RE_SKIPPED_HTML = /^(?:<!--|<br\b)/i;

const RE_FRAGMENT = /\bfragment\b/;
const RE_CLOSE_TAG = /^<\/([A-Za-z][\w-]*)\s*>$/;
const RE_TAG_NAME = /^<(\/?)([A-Za-z][\w-]*)/;

/** Where attributes go: a token (raw HTML's own, `html_block` or `html_inline`, too), the slide's `<section>`, or raw HTML with no element to take them. */
type Target = Token | 'slide' | 'raw-html';

export function revealAttributes(md: MarkdownIt): void {
  md.core.ruler.push('reveal_attributes', (state) => {
    const env = renderEnv(state.env);
    state.tokens.forEach((token, i) => {
      if (token.type === 'html_block') {
        if (apply(token, token, () => blockTarget(state.tokens, i, env.lines), env)) token.content = '';
        else commentsInRawHtml(token, env);
      } else if (token.type === 'inline' && token.children) {
        const children = token.children;
        children.forEach((child, j) => {
          if (child.type !== 'html_inline') return;
          const target = () => {
            const inline = inlineTarget(children, j);
            if (typeof inline === 'object' && RE_FRAGMENT.test(child.content) && inListItem(state.tokens, i)) fragmentOnInline(env, token, inline);
            return inline ?? blockTarget(state.tokens, i, env.lines);
          };
          if (apply(child, token, target, env)) child.content = '';
        });
      }
    });
  });
}

/** Applies the comment's attributes; true when the token was such a comment. `block` has its line (inline tokens have none). */
function apply(token: Token, block: Token, target: () => Target, env: RenderEnv): boolean {
  const comment = RE_COMMENT.exec(token.content.trim())?.[1];
  if (comment === undefined) return false;
  const element = RE_ELEMENT.exec(comment);
  const slide = element ? undefined : RE_SLIDE.exec(comment);
  const spec = element?.[1] ?? slide?.[1];
  if (spec === undefined) return false;
  const line = env.lineOffset + (block.map?.[0] ?? 0);
  const to = element ? target() : 'slide';
  const rawTag = typeof to === 'object' ? rawHtmlTag(to) : undefined;
  if (to === 'raw-html' || rawTag === null) {
    elementOnRawHtml(env, line);
    return true;
  }
  const pairs = attributePairs(spec, line, env);
  if (to === 'slide') {
    env.slideAttributesLine = line;
    for (const [key, val] of pairs) env.slideAttributes[key] = val;
  } else if (rawTag) to.content = rewriteHtml(to.content, new Map([[rawTag, pairs]]), []);
  else for (const [key, val] of pairs) to.attrSet(key, val);
  return true;
}

/** The start tag raw HTML gives attributes to: an inline tag's own, a block's last element; null when it has none; undefined for other tokens. */
function rawHtmlTag(token: Token): StartTag | null | undefined {
  if (token.type !== 'html_block' && token.type !== 'html_inline') return undefined;
  const read = readRawHtml(token.content);
  return (token.type === 'html_inline' ? read.first : read.last) ?? null;
}

/** The `name="value"` pairs of a comment, each name checked (reveal's own `setAttribute` throws on a bad one). */
function attributePairs(spec: string, line: number, env: RenderEnv): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [, name, value, flag] of spec.matchAll(RE_ATTRIBUTE)) {
    const [key, val] = name ? [name, value] : [flag, ''];
    if (RE_ATTRIBUTE_NAME.test(key)) pairs.push([key, val]);
    // Written into our HTML it could inject markup.
    else
      env.diagnostics.push({
        severity: 'error',
        code: 'invalid-attribute',
        file: env.file,
        line,
        message: `\`${key}\` is not a valid attribute name; it is not applied`,
        hint: 'attributes are written `name="value"`, the name in letters, digits, `-`, `_`, `.` or `:`',
      });
  }
  return pairs;
}

/**
 * Element comments inside a block of raw HTML (`<li>…</li> <!-- .element: … -->`): each goes to the
 * element before it, or the one it sits in, as in reveal; the comment itself is taken out.
 */
function commentsInRawHtml(token: Token, env: RenderEnv): void {
  if (!token.content.includes('.element')) return;
  const edits = new Map<StartTag, [string, string][]>();
  const removals: { start: number; end: number }[] = [];
  for (const comment of readRawHtml(token.content).comments) {
    const spec = RE_ELEMENT.exec(comment.text)?.[1];
    if (spec === undefined) continue;
    const line = env.lineOffset + (token.map?.[0] ?? 0) + countLines(token.content, comment.start);
    removals.push(comment);
    if (!comment.target) elementOnRawHtml(env, line);
    else edits.set(comment.target, [...(edits.get(comment.target) ?? []), ...attributePairs(spec, line, env)]);
  }
  if (removals.length > 0) token.content = rewriteHtml(token.content, edits, removals);
}

function countLines(text: string, before: number): number {
  let lines = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < before; k = text.indexOf('\n', k + 1)) lines++;
  return lines;
}

function elementOnRawHtml(env: RenderEnv, line: number): void {
  env.diagnostics.push({
    severity: 'warning',
    code: 'element-on-raw-html',
    file: env.file,
    line,
    message: '`.element` attributes found no element in the raw HTML before them; they are ignored',
    hint: 'write the attributes on the HTML tag itself',
  });
}

/** The block before token `i` at the same level; a list's last item if no blank line between. */
function blockTarget(tokens: Token[], i: number, lines: string[]): Target {
  let level = tokens[i].level;
  for (let k = i - 1; k >= 0; k--) {
    const token = tokens[k];
    if (token.level < level) {
      // First in its parent: the parent; a tight list's hidden paragraph passes it on to its item.
      if (!token.hidden) return token;
      level = token.level;
      continue;
    }
    if (token.level > level || token.hidden) continue;
    // A block of raw HTML is a target too: its last element takes the attributes (rawHtmlTag).
    if (token.nesting === 0 && token.type !== 'inline') return token;
    if (token.nesting !== -1) continue;
    const open = matchingOpen(tokens, k);
    const isList = open.type === 'bullet_list_open' || open.type === 'ordered_list_open';
    const start = tokens[i].map?.[0] ?? 0;
    const blankBetween = start > 0 && lines[start - 1].trim() === '';
    if (isList && !blankBetween) return lastItem(tokens, tokens.indexOf(open), k) ?? open;
    return open;
  }
  return 'slide';
}

/** The inline element before child `j`: text, breaks and comments are skipped as reveal skips text nodes. */
function inlineTarget(children: Token[], j: number): Target | undefined {
  for (let k = j - 1; k >= 0; k--) {
    const child = children[k];
    if (child.nesting === -1) return matchingOpen(children, k);
    if (child.type === 'image' || child.type === 'code_inline') return child;
    if (child.type === 'html_inline' && !RE_SKIPPED_HTML.test(child.content)) return rawOpenTag(children, k);
  }
  return undefined;
}

/** The raw inline tag that opens the element ending at child `k` (`<span>` for `</span>`), or the tag itself (`<img>`). */
function rawOpenTag(children: Token[], k: number): Target {
  const close = RE_CLOSE_TAG.exec(children[k].content)?.[1]?.toLowerCase();
  if (!close) return children[k];
  let depth = 0;
  for (let m = k - 1; m >= 0; m--) {
    if (children[m].type !== 'html_inline') continue;
    const tag = RE_TAG_NAME.exec(children[m].content);
    if (!tag || tag[2].toLowerCase() !== close) continue;
    if (tag[1] === '/') depth++;
    else if (depth === 0) return children[m];
    else depth--;
  }
  return 'raw-html';
}

/** The inline token is the first paragraph of a list item (tight or loose). */
function inListItem(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.type === 'paragraph_open' && tokens[i - 2]?.type === 'list_item_open';
}

/**
 * reveal gives `.element` to the element before the comment, which in a bullet ending in a link or
 * inline code is that link: the bullet shows at once and only its link appears later. We do as
 * reveal does, and say so.
 */
function fragmentOnInline(env: RenderEnv, block: Token, target: Token): void {
  // Raw HTML's token has no tag of its own: its name is in its text.
  const tag = target.type === 'html_inline' ? (RE_TAG_NAME.exec(target.content)?.[2] ?? '').toLowerCase() : target.tag;
  const what = target.type === 'code_inline' ? 'inline code' : target.type === 'image' ? 'image' : `\`<${tag}>\``;
  env.diagnostics.push({
    severity: 'warning',
    code: 'fragment-on-inline',
    file: env.file,
    line: env.lineOffset + (block.map?.[0] ?? 0),
    message: `this fragment lands on the ${what} before it, not on the list item (as in reveal.js): the item shows at once, the ${what} later`,
    hint: 'to reveal the whole item, put the comment on a line of its own under the item, indented as its text',
  });
}

function matchingOpen(tokens: Token[], close: number): Token {
  for (let k = close - 1; k >= 0; k--) {
    if (tokens[k].level === tokens[close].level && tokens[k].nesting === 1) return tokens[k];
  }
  throw new Error(`no opening token for ${tokens[close].type}`); // markdown-it always pairs them
}

function lastItem(tokens: Token[], from: number, to: number): Token | undefined {
  const level = tokens[from].level + 1;
  return tokens
    .slice(from, to)
    .reverse()
    .find((t) => t.type === 'list_item_open' && t.level === level);
}
