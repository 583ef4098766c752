// reveal.js's attribute comments: `<!-- .slide: a="b" -->` sets attributes on the slide's
// `<section>`; `<!-- .element: a="b" -->` on the element before it (the last list item after a
// list with no blank line between; the enclosing block when nothing precedes it), as reveal's
// markdown plugin does on the DOM, done here on markdown-it tokens.
import type { MarkdownIt, Token } from 'markdown-it';
import { type RenderEnv, renderEnv } from './env.ts';

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

/** Where attributes go: a token, the slide's `<section>`, or raw HTML we do not rewrite. */
type Target = Token | 'slide' | 'raw-html';

export function revealAttributes(md: MarkdownIt): void {
  md.core.ruler.push('reveal_attributes', (state) => {
    const env = renderEnv(state.env);
    state.tokens.forEach((token, i) => {
      if (token.type === 'html_block') {
        if (apply(token, token, () => blockTarget(state.tokens, i, env.lines), env)) token.content = '';
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
  const to = element ? target() : 'slide';
  if (to === 'raw-html') {
    env.diagnostics.push({
      severity: 'warning',
      code: 'element-on-raw-html',
      file: env.file,
      line: env.lineOffset + (block.map?.[0] ?? 0),
      message: '`.element` attributes cannot be applied to raw HTML; they are ignored',
      hint: 'write the attributes on the HTML tag itself',
    });
    return true;
  }
  const line = env.lineOffset + (block.map?.[0] ?? 0);
  if (to === 'slide') env.slideAttributesLine = line;
  for (const [, name, value, flag] of spec.matchAll(RE_ATTRIBUTE)) {
    const [key, val] = name ? [name, value] : [flag, ''];
    if (!RE_ATTRIBUTE_NAME.test(key)) {
      // reveal's own `setAttribute` throws on it; written into our HTML it could inject markup.
      env.diagnostics.push({
        severity: 'error',
        code: 'invalid-attribute',
        file: env.file,
        line,
        message: `\`${key}\` is not a valid attribute name; it is not applied`,
        hint: 'attributes are written `name="value"`, the name in letters, digits, `-`, `_`, `.` or `:`',
      });
      continue;
    }
    if (to === 'slide') env.slideAttributes[key] = val;
    else to.attrSet(key, val);
  }
  return true;
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
    if (token.nesting === 0 && token.type !== 'inline') return token.type === 'html_block' ? 'raw-html' : token;
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

/** The inline element before child `j`: text, breaks and raw HTML are skipped as reveal skips text nodes. */
function inlineTarget(children: Token[], j: number): Target | undefined {
  for (let k = j - 1; k >= 0; k--) {
    const child = children[k];
    if (child.nesting === -1) return matchingOpen(children, k);
    if (child.type === 'image' || child.type === 'code_inline') return child;
    if (child.type === 'html_inline' && !RE_SKIPPED_HTML.test(child.content)) return 'raw-html';
  }
  return undefined;
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
  const what = target.type === 'code_inline' ? 'inline code' : target.type === 'image' ? 'image' : `\`<${target.tag}>\``;
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
