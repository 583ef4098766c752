// The deck as Reveal's markup: one `<section>` per slide, stacks of vertical slides nested.
import { escapeHtml } from './escape-html.ts';
import { SLIDE_ID_ATTRIBUTE } from './slide-id.ts';
import type { Deck, SlideHtml } from './types.ts';

export interface SectionOptions {
  /** Mark each slide with its id (`data-deck-slide`); the dev server does, the built site does not. @default false */
  slideIds?: boolean;
}

export function renderSlideSection(slide: SlideHtml, options: SectionOptions = {}): string {
  const attributes = Object.entries({ ...slide.attributes, ...(options.slideIds ? { [SLIDE_ID_ATTRIBUTE]: slide.id } : {}) })
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const notes = slide.notesHtml === undefined ? '' : `<aside class="notes">${slide.notesHtml}</aside>`;
  return `<section${attributes}>\n${slide.html}${notes}</section>`;
}

/** Stacks of one slide stay flat, as reveal's markdown plugin leaves them. */
export function renderSections(deck: Deck, options: SectionOptions = {}): string {
  return deck.stacks
    .map((stack) =>
      stack.length === 1
        ? renderSlideSection(stack[0], options)
        : `<section>\n${stack.map((slide) => renderSlideSection(slide, options)).join('\n')}\n</section>`,
    )
    .join('\n');
}
