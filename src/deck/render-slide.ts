// Render stage: one slide's body and notes through markdown-it → the HTML of its `<section>`.
import type { Env, MarkdownIt, Token } from 'markdown-it';
import { createEnv } from './markdown/index.ts';
import type { AssetRef, Diagnostic, SlideHtml, SlideParts } from './types.ts';

export interface RenderedSlide {
  slide: SlideHtml;
  /** Local files the slide and its notes reference. */
  assets: AssetRef[];
  diagnostics: Diagnostic[];
}

/** Renders a slide; `id` (e.g. `3-2`) keeps its footnote anchors unique in the page. */
export function renderSlide(md: MarkdownIt, parts: SlideParts, id: string): RenderedSlide {
  const { source } = parts;
  const env = createEnv(source.file, source.startLine, parts.body, `s${id}`);
  const tokens = md.parse(parts.body, env);
  const slide: SlideHtml = {
    id: source.id,
    file: source.file,
    line: source.startLine,
    attributes: env.slideAttributes,
    html: md.renderer.render(tokens, md.options, env),
    title: firstHeading(md, tokens, env),
    label: firstWords(md, tokens, env, env.imageAlt),
    codeSteps: env.codeSteps,
    ...(env.math ? { math: true as const } : {}),
  };
  if (parts.notes === undefined) return { slide, assets: env.assets, diagnostics: env.diagnostics };
  const notesEnv = createEnv(source.file, parts.notesLine ?? source.startLine, parts.notes, `n${id}`);
  slide.notesHtml = md.render(parts.notes, notesEnv);
  if (notesEnv.math) slide.math = true;
  return { slide, assets: [...env.assets, ...notesEnv.assets], diagnostics: [...env.diagnostics, ...notesEnv.diagnostics] };
}

const LABEL_LENGTH = 60;
const RE_BREAK = /^<br\b/i;
const RE_TRAILING_PUNCTUATION = /[\s,.:;]+$/;

/**
 * The slide's first line of text; else an image's alt text; else its code's first line.
 * Cut at a word near 60 characters.
 */
function firstWords(md: MarkdownIt, tokens: Token[], env: Env, alt: string | undefined): string | undefined {
  const inline = tokens.find((t) => t.type === 'inline' && (t.children ?? []).some((c) => c.type === 'text' || c.type === 'image' || c.type === 'code_inline'));
  const text = inline?.children ? plainText(md, inline.children, env).split('\n')[0].trim() : '';
  const code = tokens
    .find((t) => t.type === 'fence')
    ?.content.split('\n')
    .find((l) => l.trim() !== '');
  const words = (text || alt || code || '').replace(/\s+/g, ' ').trim();
  if (!words) return undefined;
  return shorten(words);
}

function shorten(words: string): string {
  if (words.length <= LABEL_LENGTH) return words;
  const cut = words.lastIndexOf(' ', LABEL_LENGTH);
  return `${words.slice(0, cut > 20 ? cut : LABEL_LENGTH).replace(RE_TRAILING_PUNCTUATION, '')}…`;
}

function firstHeading(md: MarkdownIt, tokens: Token[], env: Env): string | undefined {
  const open = tokens.findIndex((t) => t.type === 'heading_open');
  const inline = tokens[open + 1];
  if (open < 0 || !inline?.children) return undefined;
  return plainText(md, inline.children, env).replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * What a reader sees of inline Markdown, as text for the outline, `<title>`, deck.json and the
 * social card: raw HTML tags are markup, not words (markdown-it's renderInlineAsText keeps
 * them); a `<br>` is a space.
 */
function plainText(md: MarkdownIt, children: Token[], env: Env): string {
  let text = '';
  let run: Token[] = [];
  for (const child of [...children, undefined]) {
    if (child && child.type !== 'html_inline') {
      run.push(child);
      continue;
    }
    text += md.renderer.renderInlineAsText(run, md.options, env);
    run = [];
    if (child && RE_BREAK.test(child.content)) text += ' ';
  }
  return text;
}
