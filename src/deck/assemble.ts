// Assemble stage: rendered slides → the Deck (config, stacks, outline, assets) and its checks.
import type { AssetRef, Deck, DeckConfig, Diagnostic, OutlineEntry, SlideHtml } from './types.ts';

export function assembleDeck(config: DeckConfig, stacks: SlideHtml[][], assets: AssetRef[], diagnostics: Diagnostic[]): Deck {
  const outline: OutlineEntry[] = [];
  stacks.forEach((stack, h) => stack.forEach((slide, v) => {
    if (slide.title) outline.push({ title: slide.title, h, v });
    if (slide.html.trim() === '' && !slide.notesHtml) {
      diagnostics.push({ severity: 'warning', code: 'empty-slide', file: slide.file, line: slide.line,
        message: 'this slide is empty', hint: 'two separators in a row make an empty slide; remove one' });
    }
  }));
  const title = config.title ?? outline[0]?.title;
  return { config: { ...config, ...(title ? { title } : {}) }, stacks, outline, assets };
}
