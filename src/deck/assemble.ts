// Assemble stage: rendered slides → the Deck (config, stacks, outline, assets) and its checks.
import type { AssetRef, Deck, DeckConfig, Diagnostic, OutlineEntry, SlideHtml } from './types.ts';

export function assembleDeck(config: DeckConfig, stacks: SlideHtml[][], assets: AssetRef[]): { deck: Deck; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const outline: OutlineEntry[] = [];
  stacks.forEach((stack, h) => {
    stack.forEach((slide, v) => {
      const title = slide.title ?? slide.label ?? `Slide ${h + 1}${stack.length > 1 ? `.${v + 1}` : ''}`;
      outline.push({ title, heading: slide.title !== undefined, h, v, ...(slide.attributes.id ? { id: slide.attributes.id } : {}) });
      // A slide of a background alone (an image, a colour, a video) shows something: not empty.
      const background = Object.keys(slide.attributes).some((name) => name.startsWith('data-background'));
      if (slide.html.trim() === '' && !slide.notesHtml && !background) {
        diagnostics.push({
          severity: 'warning',
          code: 'empty-slide',
          file: slide.file,
          line: slide.line,
          message: 'this slide is empty',
          hint: 'two separators in a row make an empty slide; remove one',
        });
      }
    });
  });
  const title = config.title ?? outline.find((entry) => entry.heading)?.title;
  return { deck: { config: { ...config, ...(title ? { title } : {}) }, stacks, outline, assets }, diagnostics };
}
