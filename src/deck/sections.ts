// The deck as Reveal's markup: one `<section>` per slide, stacks of vertical slides nested.
import { escapeHtml } from './escape-html.ts';
import type { Deck, SlideHtml } from './types.ts';

export function renderSlideSection(slide: SlideHtml): string {
  const attributes = Object.entries(slide.attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  const notes = slide.notesHtml === undefined ? '' : `<aside class="notes">${slide.notesHtml}</aside>`;
  return `<section${attributes}>\n${slide.html}${notes}</section>`;
}

/** Stacks of one slide stay flat, as reveal's markdown plugin leaves them. */
export function renderSections(deck: Deck): string {
  return deck.stacks.map((stack) => (stack.length === 1
    ? renderSlideSection(stack[0])
    : `<section>\n${stack.map(renderSlideSection).join('\n')}\n</section>`)).join('\n');
}
