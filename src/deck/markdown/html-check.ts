// Raw HTML and images: collects the local files a slide references (for the missing-file check
// and the build), including its `<!-- .slide: data-background-*="…" -->` files; closes raw-text
// elements left open (`<iframe>` without `</iframe>` would swallow the rest of the slide, notes
// included); warns of images without alt text and of media that need the network.
import { posix } from 'node:path';
import { Parser } from 'htmlparser2';
import type { MarkdownIt, Token } from 'markdown-it';
import { isRemoteUrl } from '../remote-url.ts';
import { type RenderEnv, renderEnv } from './env.ts';

/** Elements whose content the HTML parser reads as raw text up to their end tag. */
const RAW_TEXT = new Set(['iframe', 'textarea', 'script', 'style', 'title', 'xmp', 'noembed', 'noframes']);
/** Elements HTML lets go unclosed (`<p>`, `<li>`…) and void ones: no end tag is missing. */
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Attributes that name a file: the build copies (or, for the single file, inlines) the local ones. */
export const URL_ATTRIBUTES = ['src', 'data-src', 'poster', 'data-background', 'data-background-image', 'data-background-video', 'data-background-iframe'];
/** Remote, inline, or in-page: not a file of the deck. */
const RE_NOT_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;
/** reveal reads `data-background` as an image only when it looks like one; else it is a colour. */
const RE_BACKGROUND_IMAGE = /\.(?:svg|png|jpe?g|gif|bmp|webp)(?:[?#\s]|$)/i;

export function htmlCheck(md: MarkdownIt): void {
  md.core.ruler.push('html_check', (state) => {
    const env = renderEnv(state.env);
    // Inline tokens carry no line of their own: they take their block's.
    const html = state.tokens
      .flatMap((t) => (t.type === 'inline' ? (t.children ?? []) : [t]).map((token) => ({ token, line: env.lineOffset + (t.map?.[0] ?? 0) })))
      .filter(({ token: t }) => t.type === 'html_block' || t.type === 'html_inline' || t.type === 'image');
    let current = html[0];
    /** Every element open now, with its tag's token and line; how many of each name, to skip a close tag nothing opened. */
    const open: { name: string; at: typeof current }[] = [];
    const openCount = new Map<string, number>();
    /** Elements the slide's end closed (HTML lets `<p>`, `<li>`… go), by name: where the first opened, and how many. */
    const unclosed = new Map<string, { line: number; count: number }>();
    let ending = false;
    const parser = new Parser(
      {
        onopentag(name, attributes) {
          for (const key of URL_ATTRIBUTES) addUrl(env, key, attributes[key], current.line, name !== 'iframe');
          if (name === 'img' && attributes.alt) env.imageAlt ??= attributes.alt;
          // `alt=""` says the image is decoration; no attribute at all is an oversight.
          if (name === 'img' && attributes.alt === undefined) missingAlt(env, current.line);
          open.push({ name, at: current });
          openCount.set(name, (openCount.get(name) ?? 0) + 1);
        },
        onclosetag(name, implied) {
          if (!openCount.get(name)) return;
          openCount.set(name, (openCount.get(name) ?? 0) - 1);
          // Usually the innermost; a search back only for a misnested tag (a pile of 40,000 tags stays one pass).
          const index = open[open.length - 1]?.name === name ? open.length - 1 : open.map((e) => e.name).lastIndexOf(name);
          const [element] = open.splice(index, 1);
          if (!implied) return;
          // A raw-text element swallows the rest of its token: closed here, said so. Anything else
          // closed by the slide's end, not by the author: the browser wraps the rest of the slide in it.
          if (RAW_TEXT.has(name)) closeElement(env, name, element.at.token, element.at.line);
          else if (ending && !OPTIONAL_END.has(name)) {
            const seen = unclosed.get(name);
            unclosed.set(name, { line: Math.min(seen?.line ?? element.at.line, element.at.line), count: (seen?.count ?? 0) + 1 });
          }
        },
      },
      { decodeEntities: true, lowerCaseTags: true },
    );
    for (const item of html) {
      current = item;
      if (item.token.type === 'image') {
        addUrl(env, 'src', item.token.attrGet('src')?.toString(), item.line);
        if (item.token.content.trim() === '') missingAlt(env, item.line);
      } else parser.write(item.token.content);
    }
    ending = true;
    parser.end();
    // One warning a name, at its first tag: a pile of 40,000 `<code>` is one mistake.
    for (const [name, { line, count }] of unclosed) unclosedElement(env, name, line, count);
    for (const [key, value] of Object.entries(env.slideAttributes)) {
      if (URL_ATTRIBUTES.includes(key)) addUrl(env, key, value, env.slideAttributesLine ?? 0);
    }
  });
}

/** `media`: an image, video or sound, which a deck shown offline would miss (an embedded page is expected to need the network). */
function addUrl(env: RenderEnv, attribute: string, url: string | undefined, line: number, media = true): void {
  if (!url || (attribute === 'data-background' && !RE_BACKGROUND_IMAGE.test(url))) return;
  if (isRemoteUrl(url)) {
    if (!media || attribute === 'data-background-iframe') return;
    env.diagnostics.push({
      severity: 'warning',
      code: 'remote-url',
      file: env.file,
      line,
      message: `\`${url}\` is off the site: the slide needs a network to show it`,
      hint: 'download the file into images/ and name it from there',
    });
    return;
  }
  const path = localPath(url);
  if (!path) return;
  env.assets.push({ path, file: env.file, line });
  if (url.startsWith('/'))
    env.diagnostics.push({
      severity: 'warning',
      code: 'root-path',
      file: env.file,
      line,
      message: `\`${url}\` starts at the site's root: it shows only where the deck is served at a domain's root, not from a sub-path or the single file`,
      hint: `name it from the deck: \`${path}\``,
    });
}

function missingAlt(env: RenderEnv, line: number): void {
  env.diagnostics.push({
    severity: 'warning',
    code: 'missing-alt',
    file: env.file,
    line,
    message: 'this image has no alt text: a screen reader, the PDF and a failed load show nothing',
    hint: 'describe it: `![what it shows](images/…)` or `alt="…"`; `alt=""` marks a decoration',
  });
}

/** The deck file a URL names (`./images/a%20b.svg?x` → `images/a b.svg`), or undefined if remote or in-page. */
export function localPath(url: string | undefined): string | undefined {
  if (!url || RE_NOT_LOCAL.test(url)) return undefined;
  const path = url.split(/[?#]/)[0];
  let decoded: string;
  try {
    decoded = decodeURI(path);
  } catch {
    decoded = path; // `50%.png` is not an escape: the name as written
  }
  // As the browser resolves it: `./a.png` and `images/../a.png` are `a.png`; `../a.png` stays out of
  // the project. `/images/a.png` is the deck's `images/a.png` at the site's root (reported: root-path).
  const normal = posix.normalize(decoded).replace(/^\/+/, '');
  return normal === '.' || normal === '' ? undefined : normal;
}

function closeElement(env: RenderEnv, name: string, token: Token, line: number): void {
  token.content += `</${name}>`;
  env.diagnostics.push({
    severity: 'warning',
    code: 'unclosed-html',
    file: env.file,
    line,
    message: `\`<${name}>\` is never closed; closed here so it does not swallow the rest of the slide`,
    hint: `add \`</${name}>\``,
  });
}

function unclosedElement(env: RenderEnv, name: string, line: number, count: number): void {
  env.diagnostics.push({
    severity: 'warning',
    code: 'unclosed-html',
    file: env.file,
    line,
    message: `\`<${name}>\` is never closed on this slide${count > 1 ? ` (${count} of them)` : ''}: the rest of the slide lands inside it`,
    hint: `add \`</${name}>\` where it should end`,
  });
}
