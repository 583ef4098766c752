// Live edit, DOM side: rebuilds Reveal's `.slides` from a deck update, keeping the very element of
// every slide the edit did not change (only new or changed sections are parsed and put in).
import { SLIDE_ID_ATTRIBUTE } from '../deck/slide-id.ts';
import type { DeckUpdate, SlideUpdate } from '../live/protocol.ts';

export interface Swapped {
  /** The element of each slide, by its id after the update. */
  slides: Map<string, HTMLElement>;
  /** Slides whose element is new, or whose notes changed. */
  changed: Set<HTMLElement>;
}

/** Applies the update; `undefined` when the page does not hold a slide the update keeps (reload it). */
export function swapSlides(root: HTMLElement, update: DeckUpdate): Swapped | undefined {
  const before = new Map(
    [...root.querySelectorAll<HTMLElement>(`section[${SLIDE_ID_ATTRIBUTE}]`)].map((el) => [el.getAttribute(SLIDE_ID_ATTRIBUTE) ?? '', el]),
  );
  const slides = new Map<string, HTMLElement>();
  const changed = new Set<HTMLElement>();
  for (const slide of update.stacks.flat()) {
    const el = slideElement(slide, before);
    if (!el) return undefined;
    if (slide.section !== undefined || slide.notes !== undefined) changed.add(el);
    el.setAttribute(SLIDE_ID_ATTRIBUTE, slide.id);
    slides.set(slide.id, el);
  }
  const claimed = new Set<Element>();
  const stacks = update.stacks.map((stack) => {
    const leaves = stack.map((slide) => slides.get(slide.id) as HTMLElement);
    if (leaves.length === 1) return leaves[0];
    // A stack keeps its element when one of its slides was in it; reveal's classes on it stay.
    const kept = leaves.map((el) => el.parentElement).find((p) => p && p !== root && p.parentElement === root && !claimed.has(p));
    const wrapper = kept ?? document.createElement('section');
    claimed.add(wrapper);
    arrange(wrapper, leaves);
    return wrapper;
  });
  arrange(root, stacks);
  return { slides, changed };
}

function slideElement(slide: SlideUpdate, before: Map<string, HTMLElement>): HTMLElement | undefined {
  if (slide.section !== undefined) {
    const template = document.createElement('template');
    template.innerHTML = slide.section;
    return template.content.firstElementChild as HTMLElement;
  }
  const el = slide.from === undefined ? undefined : before.get(slide.from);
  if (el && slide.notes !== undefined) setNotes(el, slide.notes);
  return el;
}

function setNotes(section: HTMLElement, html: string | null): void {
  let aside = section.querySelector(':scope > aside.notes');
  if (html === null) {
    aside?.remove();
    return;
  }
  if (!aside) {
    aside = document.createElement('aside');
    aside.className = 'notes';
    section.append(aside);
  }
  aside.innerHTML = html;
}

/** Makes `children` the parent's sections, in order, moving only the elements out of place. */
function arrange(parent: HTMLElement, children: HTMLElement[]): void {
  const wanted = new Set<Element>(children);
  for (const old of parent.querySelectorAll(':scope > section')) if (!wanted.has(old)) old.remove();
  children.forEach((child, i) => {
    const at = parent.children[i];
    if (at !== child) parent.insertBefore(child, at ?? null);
  });
}
