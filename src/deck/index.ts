// The deck loader: Markdown files → Reveal sections, one pure stage after another.
//   read → frontMatter → splitSlides → extractNotes → renderSlide → assembleDeck
import { assembleDeck } from './assemble.ts';
import { frontMatter } from './front-matter.ts';
import { createMarkdown } from './markdown/index.ts';
import { extractNotes } from './notes.ts';
import { renderSlide } from './render-slide.ts';
import { splitSlides } from './split.ts';
import type { AssetRef, DeckSource, Diagnostic, LoadResult, StackSource } from './types.ts';

export { codeFrame, formatDiagnostic, hasErrors } from './diagnostics.ts';
export { diffDecks } from './diff.ts';
export { renderSections, renderSlideSection } from './sections.ts';
export type * from './types.ts';

const md = createMarkdown();

/** Builds the deck from its source files; never throws on bad input, reports it in `diagnostics`. */
export function buildDeck(source: DeckSource): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const [first] = source.files;
  if (!first) {
    diagnostics.push({ severity: 'error', code: 'no-slides', file: 'slides/', line: 0, message: 'no Markdown files found' });
  }
  const { config, bodyStartLine } = first ? frontMatter(first, diagnostics) : { config: { reveal: {} }, bodyStartLine: 0 };
  const sources: StackSource[] = source.files.flatMap((file, i) => splitSlides(file, i === 0 ? bodyStartLine : 0, diagnostics));
  const assets: AssetRef[] = [];
  const stacks = sources.map((stack, h) => stack.map((slide, v) => renderSlide(md, extractNotes(slide), `${h}-${v}`, diagnostics, assets)));
  return { deck: assembleDeck(config, stacks, assets, diagnostics), diagnostics };
}
