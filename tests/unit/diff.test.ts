// diffDecks: which slides an edit changed, where each slide went, and when the page must reload.
import { describe, expect, it } from 'vitest';
import { diffDecks } from '../../src/live/diff.ts';
import type { DeckDiff, SlideUpdate } from '../../src/live/protocol.ts';
import { deckOf } from './helpers.ts';

const diff = (before: string[], after: string[]): DeckDiff => diffDecks(deckOf(...before).deck, deckOf(...after).deck);
/** Each slide of the new deck as `id<-from`, with `+section` or `+notes` when it carries one. */
const summary = (d: DeckDiff) => d.stacks.map((stack) => stack.map(label));
function label(s: SlideUpdate): string {
  return `${s.id}<-${s.from ?? 'new'}${s.section === undefined ? '' : ' +section'}${s.notes === undefined ? '' : ' +notes'}`;
}

const INTRO = '---\ntitle: T\nreveal:\n  theme: white\n---\n# Intro\n\n---\n\n## Plan';
const CODE = '## Code\n\n```yaml [1|2]\na: 1\nb: 2\n```\n\nnotes:\nSay a, then b.\n\n----\n\n## Detail\n\n---\n\n## End';

describe('diffDecks', () => {
  it('finds nothing to do when nothing changed', () => {
    const d = diff([INTRO, CODE], [INTRO, CODE]);
    expect(summary(d)).toEqual([
      ['slides/01.md#0<-slides/01.md#0'],
      ['slides/01.md#1<-slides/01.md#1'],
      ['slides/02.md#0<-slides/02.md#0', 'slides/02.md#1<-slides/02.md#1'],
      ['slides/02.md#2<-slides/02.md#2'],
    ]);
    expect(d).toMatchObject({ removed: {}, reload: false });
    expect(d.title).toBeUndefined();
  });

  it('sends the whole section of an edited slide, with its id, and nothing for the others', () => {
    const d = diff([INTRO, CODE], [INTRO, CODE.replace('## Detail', '## More detail')]);
    expect(
      summary(d)
        .flat()
        .filter((s) => s.includes('+')),
    ).toEqual(['slides/02.md#1<-slides/02.md#1 +section']);
    expect(d.stacks[2][1].section).toBe('<section data-deck-slide="slides/02.md#1">\n<h2>More detail</h2>\n</section>');
  });

  it('sends only the notes when only the notes changed, null when they are gone', () => {
    const edited = diff([INTRO, CODE], [INTRO, CODE.replace('Say a, then b.', 'Say b.')]);
    expect(edited.stacks[2][0]).toEqual({ id: 'slides/02.md#0', from: 'slides/02.md#0', notes: '<p>Say b.</p>\n' });
    const gone = diff([INTRO, CODE], [INTRO, CODE.replace('notes:\nSay a, then b.\n', '')]);
    expect(gone.stacks[2][0]).toEqual({ id: 'slides/02.md#0', from: 'slides/02.md#0', notes: null });
    const added = diff([INTRO, CODE], [INTRO, CODE.replace('## Detail', '## Detail\n\nnote: more')]);
    expect(added.stacks[2][1]).toEqual({ id: 'slides/02.md#1', from: 'slides/02.md#1', notes: '<p>more</p>\n' });
  });

  it('keeps every slide when one is added before them; those whose place in their file moved get their new id', () => {
    const inFirstFile = diff([INTRO, CODE], [INTRO.replace('## Plan', '## Plan\n\n---\n\n## Why'), CODE]);
    expect(summary(inFirstFile)).toEqual([
      ['slides/01.md#0<-slides/01.md#0'],
      ['slides/01.md#1<-slides/01.md#1'],
      ['slides/01.md#2<-new +section'],
      ['slides/02.md#0<-slides/02.md#0', 'slides/02.md#1<-slides/02.md#1'],
      ['slides/02.md#2<-slides/02.md#2'],
    ]);
    const inSameFile = diff([INTRO, CODE], [INTRO, `## First\n\n---\n\n${CODE}`]);
    expect(summary(inSameFile).slice(2)).toEqual([
      ['slides/02.md#0<-new +section'],
      ['slides/02.md#1<-slides/02.md#0', 'slides/02.md#2<-slides/02.md#1'],
      ['slides/02.md#3<-slides/02.md#2'],
    ]);
    expect(inSameFile.stacks[2][0].section).toBe('<section data-deck-slide="slides/02.md#0">\n<h2>First</h2>\n</section>');
  });

  it('sends a slide again when an edit above it renumbered its footnote anchors, so anchors stay unique in the page', () => {
    const notes = '## Ref [^1]\n\n[^1]: https://example.com';
    const d = diff([INTRO, notes], [INTRO.replace('## Plan', '## Plan\n\n---\n\n## Why'), notes]);
    expect(summary(d)[3]).toEqual(['slides/02.md#0<-slides/02.md#0 +section']);
    expect(d.stacks[3][0].section).toContain('id="fn-s3-0-1"');
  });

  it('says which slide takes the place of a deleted one: the next that stayed, or the one before at the end', () => {
    const d = diff([INTRO, CODE], [INTRO, CODE.replace('----\n\n## Detail\n\n', '')]);
    expect(d.removed).toEqual({ 'slides/02.md#1': 'slides/02.md#1' });
    expect(summary(d).slice(2)).toEqual([['slides/02.md#0<-slides/02.md#0'], ['slides/02.md#1<-slides/02.md#2']]);
    const last = diff([INTRO, CODE], [INTRO, CODE.replace('\n\n---\n\n## End', '')]);
    expect(last.removed).toEqual({ 'slides/02.md#2': 'slides/02.md#1' });
    const file = diff([INTRO, CODE], [INTRO]);
    expect(file.removed).toEqual({ 'slides/02.md#0': 'slides/01.md#1', 'slides/02.md#1': 'slides/01.md#1', 'slides/02.md#2': 'slides/01.md#1' });
  });

  it('follows slides that were reordered or moved to another file', () => {
    const swapped = diff([INTRO, '# A\n\n---\n\n# B\n\n---\n\n# C'], [INTRO, '# A\n\n---\n\n# C\n\n---\n\n# B']);
    expect(summary(swapped).slice(2).flat()).toEqual(['slides/02.md#0<-slides/02.md#0', 'slides/02.md#1<-slides/02.md#2', 'slides/02.md#2<-slides/02.md#1']);
    expect(swapped.removed).toEqual({});
    const moved = diff([INTRO, '# A\n\n---\n\n# B', '# C'], [INTRO, '# A', '# C\n\n---\n\n# B']);
    expect(summary(moved).slice(2).flat()).toEqual(['slides/02.md#0<-slides/02.md#0', 'slides/03.md#0<-slides/03.md#0', 'slides/03.md#1<-slides/02.md#1']);
  });

  it('pairs an edited slide with the old one of its own file, not a deleted neighbour from another file', () => {
    const d = diff(['# A\n\n---\n\n# A2', '# B'], ['# A', '# B!']);
    expect(summary(d).flat()).toEqual(['slides/01.md#0<-slides/01.md#0', 'slides/02.md#0<-slides/02.md#0 +section']);
    expect(d.removed).toEqual({ 'slides/01.md#1': 'slides/02.md#0' });
  });

  it('sends a slide again when only its attributes changed', () => {
    const d = diff(['# A'], ['# A\n<!-- .slide: data-background="#fac828" -->']);
    expect(d.stacks[0][0].section).toBe('<section data-background="#fac828" data-deck-slide="slides/01.md#0">\n<h1>A</h1>\n</section>');
  });

  it('asks for a reload when the front matter changes, not when only the title does', () => {
    expect(diff([INTRO, CODE], [INTRO.replace('theme: white', 'theme: black'), CODE]).reload).toBe(true);
    expect(diff([INTRO, CODE], [INTRO.replace('theme: white', 'theme: white\n  slideNumber: true'), CODE]).reload).toBe(true);
    const heading = diff(['# Old\n\n---\n\n# B'], ['# New\n\n---\n\n# B']);
    expect(heading).toMatchObject({ reload: false, title: 'New' });
    expect(diff([INTRO, CODE], [INTRO.replace('title: T', 'title: U'), CODE])).toMatchObject({ reload: false, title: 'U' });
  });
});
