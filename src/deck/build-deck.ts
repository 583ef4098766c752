// The build stage: a deck's source → the Deck, one pure stage after another (the heavy part of
// the loader: markdown-it, highlight.js, KaTeX). load-deck.ts imports it only when its cache misses.
import { posix } from 'node:path';
import { assembleDeck } from './assemble.ts';
import { checkConfig, type KnownNames, keyPosition } from './check-config.ts';
import { sortDiagnostics } from './diagnostics.ts';
import { frontMatter, lateFrontMatter } from './front-matter.ts';
import { createMarkdown } from './markdown/index.ts';
import { extractNotes } from './notes.ts';
import { renderSlide } from './render-slide.ts';
import { separatorsOf } from './separators.ts';
import { splitSlides } from './split.ts';
import type { AssetRef, DeckConfig, DeckSource, Diagnostic, LoadResult, SourceFile } from './types.ts';

const md = createMarkdown();
const NO_FRONT_MATTER = { config: { reveal: {} }, bodyStartLine: 0, diagnostics: [] };

/**
 * Builds the deck from its source files; never throws on bad input, reports it in `diagnostics`.
 * `known`: the Reveal options and themes to check the front matter against (unchecked without).
 */
export function buildDeck(source: DeckSource, known: KnownNames = {}): LoadResult {
  const [first] = source.files;
  const noSlides: Diagnostic[] = first ? [] : [{ severity: 'error', code: 'no-slides', file: 'slides/', line: 0, message: 'no Markdown files found' }];
  const front = first ? frontMatter(first) : NO_FRONT_MATTER;
  const config = first ? checkConfig(first, front.bodyStartLine, front.config, known) : [];
  const late = source.files.map((file, i) => (i === 0 ? { bodyStartLine: front.bodyStartLine, diagnostics: [] } : lateFrontMatter(file)));
  const { separators, diagnostics: separatorProblems } = separatorsOf(front.config, {
    file: first?.path ?? 'slides/',
    place: (key) => (first ? keyPosition(first.text.split('\n').slice(0, front.bodyStartLine), [key]) : { line: 0 }),
  });
  const split = source.files.map((file, i) => splitSlides(file, late[i].bodyStartLine, separators));
  const parts = split.flatMap((s) => s.stacks).map((stack) => stack.map((slide) => extractNotes(slide, separators.notes)));
  const rendered = parts.map((stack, h) => stack.map((slide, v) => renderSlide(md, slide, `${h}-${v}`)));
  const slides = rendered.flat();
  const settled = settleTheme(front.config, known.themes);
  const { deck, diagnostics: assembly } = assembleDeck(
    settled,
    rendered.map((stack) => stack.map((r) => r.slide)),
    [...themeAsset(settled, first), ...slides.flatMap((r) => r.assets)],
  );
  const diagnostics = sortDiagnostics([
    ...(source.diagnostics ?? []),
    ...noSlides,
    ...front.diagnostics,
    ...config,
    ...separatorProblems,
    ...late.flatMap((l) => l.diagnostics),
    ...split.flatMap((s) => s.diagnostics),
    ...parts.flat().flatMap((p) => p.diagnostics),
    ...slides.flatMap((r) => r.diagnostics),
    ...assembly,
  ]);
  return { deck, diagnostics };
}

/**
 * The theme the deck is built with: a stylesheet path or address only counts when it names none of
 * our themes (`…/zoe.css` is zoe), and only where the themes are known to tell.
 */
function settleTheme(config: DeckConfig, themes: readonly string[] | undefined): DeckConfig {
  if (config.themeFile === undefined && config.themeUrl === undefined) return config;
  const { themeFile, themeUrl, ...rest } = config;
  if (!themes || themes.includes(config.theme ?? '')) return rest;
  return themeFile !== undefined ? { ...rest, themeFile, theme: undefined } : { ...rest, themeUrl, theme: undefined };
}

/** The deck's own stylesheet, once settled as its theme (settleTheme): a file it needs, checked as the slides' are. */
function themeAsset(config: DeckConfig, file: SourceFile | undefined): AssetRef[] {
  if (!file || config.themeFile === undefined) return [];
  const lines = file.text.split('\n');
  return [{ path: posix.normalize(config.themeFile), file: file.path, line: keyPosition(lines, ['custom_theme', 'theme']).line }];
}
