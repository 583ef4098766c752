// Live edit: what changed between two loads of a deck, so the dev server can update an open page
// in place. Slides are matched across the edit (unchanged, moved, edited), each keeps its identity.
import { isDeepStrictEqual } from 'node:util';
import { diffArrays } from 'diff';
import { renderSlideSection } from '../deck/sections.ts';
import type { Deck, DeckConfig, SlideHtml } from '../deck/types.ts';
import type { DeckDiff, SlideUpdate } from './protocol.ts';

/** A slide as the page shows it (without its id, which an edit above it may change). */
interface Shown {
  slide: SlideHtml;
  /** Its section without the notes. */
  body: string;
  /** Its section with the notes. */
  whole: string;
}

/** A run of slides the edit touched: those it took out and those it put in their place. */
interface Hunk {
  removed: number[];
  added: number[];
}

/**
 * Compares the deck an open page shows with the deck just loaded.
 * @example diffDecks(load('# A\n---\n# B'), load('# A\n---\n# B!')) → the second slide's new section,
 * the first slide unchanged, no reload.
 */
export function diffDecks(prev: Deck, next: Deck): DeckDiff {
  const before = prev.stacks.flat().map(shown);
  const after = next.stacks.flat().map(shown);
  const from = matchSlides(before, after);

  const updates = after.map((slide, i): SlideUpdate => {
    const old = from[i] === undefined ? undefined : before[from[i]];
    if (!old || old.body !== slide.body) return { id: slide.slide.id, ...(old ? { from: old.slide.id } : {}), section: section(slide.slide) };
    const notes = slide.slide.notesHtml ?? null;
    return { id: slide.slide.id, from: old.slide.id, ...(notes === (old.slide.notesHtml ?? null) ? {} : { notes }) };
  });
  let at = 0;
  const stacks = next.stacks.map((stack) => stack.map(() => updates[at++]));

  const removed: Record<string, string> = {};
  const taken = new Map(from.flatMap((o, n) => (o === undefined ? [] : [[o, n] as const])));
  before.forEach((slide, o) => {
    if (taken.has(o)) return;
    // The slide now in its place: the next one that stayed, else the last one that stayed, else the first.
    const later = before.findIndex((_, k) => k > o && taken.has(k));
    const earlier = before.findLastIndex((_, k) => k < o && taken.has(k));
    const place = taken.get(later >= 0 ? later : earlier) ?? 0;
    if (after[place]) removed[slide.slide.id] = after[place].slide.id;
  });

  const title = next.config.title === prev.config.title ? {} : { title: next.config.title ?? '' };
  // KaTeX's CSS comes with the page's styles: a deck that starts or stops using math reloads.
  const math = usesMath(prev) !== usesMath(next);
  return { stacks, removed, ...title, reload: math || !isDeepStrictEqual(frontMatterOf(prev.config), frontMatterOf(next.config)) };
}

/** For each slide after the edit, the index of the slide it continues before the edit, if any. */
function matchSlides(before: Shown[], after: Shown[]): (number | undefined)[] {
  const from: (number | undefined)[] = after.map(() => undefined);
  const taken = new Set<number>();
  const hunks: Hunk[] = [];
  let o = 0;
  let n = 0;
  let hunk: Hunk | undefined;
  // 1. Slides left as they were, in order (the longest common run, as a line diff finds it).
  for (const change of diffArrays(
    before.map((s) => s.whole),
    after.map((s) => s.whole),
  )) {
    if (!change.added && !change.removed) {
      for (let k = 0; k < change.count; k++, o++, n++) pair(n, o);
      hunk = undefined;
      continue;
    }
    if (!hunk) {
      hunk = { removed: [], added: [] };
      hunks.push(hunk);
    }
    for (let k = 0; k < change.count; k++) {
      if (change.removed) hunk.removed.push(o++);
      else hunk.added.push(n++);
    }
  }
  // 2. Moves: a slide cut in one place and pasted, unchanged, in another (reordering, another file).
  const cut = hunks.flatMap((h) => h.removed);
  for (const added of hunks.flatMap((h) => h.added)) {
    const moved = cut.find((k) => !taken.has(k) && before[k].whole === after[added].whole);
    if (moved !== undefined) pair(added, moved);
  }
  // 3. Edits: in each touched run, the k-th new slide of a file continues the k-th old one of that file.
  for (const { removed, added } of hunks) {
    for (const k of added.filter((a) => from[a] === undefined)) {
      const edited = removed.find((r) => !taken.has(r) && before[r].slide.file === after[k].slide.file);
      if (edited !== undefined) pair(k, edited);
    }
  }
  return from;

  function pair(next: number, prev: number): void {
    from[next] = prev;
    taken.add(prev);
  }
}

function shown(slide: SlideHtml): Shown {
  return { slide, body: renderSlideSection({ ...slide, notesHtml: undefined }), whole: renderSlideSection(slide) };
}

/** What the page swaps in: the section marked with the slide's id. */
function section(slide: SlideHtml): string {
  return renderSlideSection(slide, { slideIds: true });
}

/** The config the front matter gives; the title alone can change in place (it may come from a heading). */
function frontMatterOf(config: DeckConfig): DeckConfig {
  return { ...config, title: undefined };
}

const usesMath = (deck: Deck): boolean => deck.stacks.some((stack) => stack.some((slide) => slide.math));
