// @vitest-environment happy-dom
// Live edit in the page: an update from the dev server (a real diff of two loads of a deck here)
// turns the page's slides into the edited deck, exactly as a fresh load would show it, while every
// slide and stack the edit left alone keeps its very element (Reveal's classes, a playing video, a
// loaded iframe) and stays where it is in the DOM. dev.spec.ts edits a running dev server.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { swapSlides } from '../../../src/client/swap-slides.ts';
import { renderSections } from '../../../src/deck/sections.ts';
import { SLIDE_ID_ATTRIBUTE } from '../../../src/deck/slide-id.ts';
import { diffDecks } from '../../../src/live/diff.ts';
import type { DeckUpdate } from '../../../src/live/protocol.ts';
import { deckOf } from '../helpers.ts';

// The loader imports KaTeX, which warns at import in a page without a doctype; happy-dom has no
// `compatMode`, the dev server's page (`<!doctype html>`) is in standards mode.
vi.hoisted(() => Object.defineProperty(document, 'compatMode', { configurable: true, value: 'CSS1Compat' }));

const INTRO = '# Intro\n\n---\n\n## Plan';
const CODE = '## Code\n\nnotes:\nSay a, then b.\n\n----\n\n## Detail\n\n---\n\n## End';

const markup = (files: string[]) => renderSections(deckOf(...files).deck, { slideIds: true });
const slidesElement = () => document.querySelector<HTMLElement>('.reveal .slides') as HTMLElement;

/** The page as the dev server serves `files`. */
function page(files: string[]): HTMLElement {
  document.body.innerHTML = `<div class="reveal"><div class="slides">${markup(files)}</div></div>`;
  return slidesElement();
}

const update = (before: string[], after: string[]): DeckUpdate => diffDecks(deckOf(...before).deck, deckOf(...after).deck);

/** What the deck shows: each horizontal slide's markup, a stack as the list of its slides' markup. */
function shown(root: Element): (string | string[])[] {
  return [...root.querySelectorAll(':scope > section')].map((section) => {
    const leaves = [...section.querySelectorAll(':scope > section')];
    return leaves.length === 0 ? section.outerHTML : leaves.map((leaf) => leaf.outerHTML);
  });
}

/** The deck as a fresh load of `files` shows it. */
function loaded(files: string[]): (string | string[])[] {
  const root = document.createElement('div');
  root.innerHTML = markup(files);
  return shown(root);
}

const byId = (root: Element, id: string) => root.querySelector<HTMLElement>(`section[${SLIDE_ID_ATTRIBUTE}="${id}"]`) as HTMLElement;

describe('swapSlides', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  const edits: [string, string[], string[]][] = [
    ['a heading edited', [INTRO, CODE], [INTRO, CODE.replace('## Detail', '## More detail')]],
    ['notes edited', [INTRO, CODE], [INTRO, CODE.replace('Say a, then b.', 'Say b.')]],
    ['notes removed', [INTRO, CODE], [INTRO, CODE.replace('notes:\nSay a, then b.\n', '')]],
    ['notes added', [INTRO, CODE], [INTRO, CODE.replace('## End', '## End\n\nnote: thanks')]],
    ['a slide added first', [INTRO, CODE], [`# Hello\n\n---\n\n${INTRO}`, CODE]],
    ['a slide added in a stack', [INTRO, CODE], [INTRO, CODE.replace('## Detail', '## Detail\n\n----\n\n## More')]],
    ['a slide deleted', [INTRO, CODE], [INTRO.replace('\n\n---\n\n## Plan', ''), CODE]],
    ['a stack cut to one slide', [INTRO, CODE], [INTRO, CODE.replace('----\n\n## Detail\n\n', '')]],
    ['a slide made a stack', [INTRO, CODE], [INTRO.replace('---\n\n## Plan', '----\n\n## Plan'), CODE]],
    ['a stack split in two', [INTRO, CODE], [INTRO, CODE.replace('----', '---')]],
    ['two stacks made one', [INTRO, `${CODE}\n\n----\n\n## Last`], [INTRO, `${CODE.replace('\n\n---\n\n## End', '')}\n\n----\n\n## End\n\n----\n\n## Last`]],
    ['slides reordered', [INTRO, '# A\n\n---\n\n# B\n\n---\n\n# C'], [INTRO, '# C\n\n---\n\n# A\n\n---\n\n# B']],
    ['the first slide moved to the end', ['# A\n\n---\n\n# B\n\n---\n\n# C'], ['# B\n\n---\n\n# C\n\n---\n\n# A']],
    ['a slide moved to another file', [INTRO, '# A\n\n---\n\n# B', '# C'], [INTRO, '# A', '# C\n\n---\n\n# B']],
    ['a whole file deleted', [INTRO, CODE], [INTRO]],
    ['nothing changed', [INTRO, CODE], [INTRO, CODE]],
  ];

  it.each(edits)('shows the deck as a fresh load would after %s', (_, before, after) => {
    const root = page(before);
    expect(swapSlides(root, update(before, after))).toBeDefined();
    expect(shown(root)).toEqual(loaded(after));
  });

  it('keeps the element of every slide the edit left alone, and moves none of those that stayed in place', () => {
    const before = [INTRO, CODE];
    const root = page(before);
    const old = [...root.querySelectorAll<HTMLElement>(`section[${SLIDE_ID_ATTRIBUTE}]`)];
    const detail = byId(root, 'slides/02.md#1');
    const observer = new MutationObserver(() => {});
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    const swapped = swapSlides(root, update(before, [INTRO, CODE.replace('## Detail', '## More detail')]));
    const records = observer.takeRecords();
    observer.disconnect();
    const added = records.flatMap((r) => [...r.addedNodes]);
    const removed = records.flatMap((r) => [...r.removedNodes]);
    const fresh = byId(root, 'slides/02.md#1');
    expect(fresh.textContent).toContain('More detail');
    expect(added).toEqual([fresh]);
    expect(removed).toEqual([detail]);
    for (const el of old.filter((el) => el !== detail)) {
      expect(root.contains(el)).toBe(true);
      expect(swapped?.slides.get(el.getAttribute(SLIDE_ID_ATTRIBUTE) as string)).toBe(el);
    }
  });

  it('renumbers a kept slide whose place in its file moved, and moves it rather than making it again', () => {
    const before = [INTRO, CODE];
    const root = page(before);
    const code = byId(root, 'slides/02.md#0');
    const swapped = swapSlides(root, update(before, [INTRO, `## First\n\n---\n\n${CODE}`]));
    expect(code.getAttribute(SLIDE_ID_ATTRIBUTE)).toBe('slides/02.md#1');
    expect(swapped?.slides.get('slides/02.md#1')).toBe(code);
    expect(byId(root, 'slides/02.md#1')).toBe(code);
    expect(swapped?.changed.has(code)).toBe(false);
  });

  it("keeps a stack's own element, with Reveal's classes on it, when one of its slides changes", () => {
    const before = [INTRO, CODE];
    const root = page(before);
    const stack = byId(root, 'slides/02.md#0').parentElement as HTMLElement;
    stack.classList.add('stack', 'present');
    swapSlides(root, update(before, [INTRO, CODE.replace('## Detail', '## More detail\n\n----\n\n## Even more')]));
    expect(byId(root, 'slides/02.md#2').parentElement).toBe(stack);
    expect(stack.parentElement).toBe(root);
    expect(stack.className).toBe('stack present');
  });

  it('gives each half of a split stack an element of its own, the first half keeping the old one', () => {
    const before = [INTRO, '# A\n\n----\n\n# B\n\n----\n\n# C\n\n----\n\n# D'];
    const root = page(before);
    const stack = byId(root, 'slides/02.md#0').parentElement as HTMLElement;
    swapSlides(root, update(before, [INTRO, '# A\n\n----\n\n# B\n\n---\n\n# C\n\n----\n\n# D']));
    const first = byId(root, 'slides/02.md#0').parentElement;
    const second = byId(root, 'slides/02.md#2').parentElement;
    expect(first).toBe(stack);
    expect(second).not.toBe(stack);
    expect(second?.tagName).toBe('SECTION');
    expect([...(second?.children ?? [])].map((el) => el.textContent?.trim())).toEqual(['C', 'D']);
  });

  it('puts a slide that became a stack in a new wrapper, and takes an emptied wrapper away', () => {
    const before = [INTRO, CODE];
    const root = page(before);
    const plan = byId(root, 'slides/01.md#1');
    const oldStack = byId(root, 'slides/02.md#0').parentElement;
    swapSlides(root, update(before, [INTRO.replace('---\n\n## Plan', '----\n\n## Plan'), CODE.replace('----\n\n## Detail\n\n', '')]));
    const wrapper = plan.parentElement as HTMLElement;
    expect(wrapper).not.toBe(root);
    expect(wrapper.parentElement).toBe(root);
    expect(root.contains(oldStack)).toBe(false);
    expect(byId(root, 'slides/02.md#0').parentElement).toBe(root);
  });

  it('sets, replaces and removes the speaker notes of a kept slide in place', () => {
    const before = [INTRO, CODE];
    const root = page(before);
    const code = byId(root, 'slides/02.md#0');
    const end = byId(root, 'slides/02.md#2');
    let now = [INTRO, CODE.replace('Say a, then b.', 'Say <em>b</em>.').replace('## End', '## End\n\nnote: thanks')];
    let swapped = swapSlides(root, update(before, now));
    expect(byId(root, 'slides/02.md#0')).toBe(code);
    expect(code.querySelector(':scope > aside.notes')?.innerHTML).toBe('<p>Say <em>b</em>.</p>\n');
    expect(code.querySelectorAll('aside')).toHaveLength(1);
    expect(byId(root, 'slides/02.md#2')).toBe(end);
    expect(end.querySelector(':scope > aside.notes')?.innerHTML).toBe('<p>thanks</p>\n');
    expect(swapped?.changed).toEqual(new Set([code, end]));
    const later = [INTRO, CODE.replace('notes:\nSay a, then b.\n', '')];
    swapped = swapSlides(root, update(now, later));
    now = later;
    expect(code.querySelector('aside')).toBeNull();
    expect(code.textContent).toContain('Code');
    expect(end.querySelector('aside')).toBeNull();
    expect(shown(root)).toEqual(loaded(now));
  });

  it('takes away notes a kept slide does not show: nothing to remove', () => {
    const root = page(['# A']);
    const a = byId(root, 'slides/01.md#0');
    const swapped = swapSlides(root, { stacks: [[{ id: 'slides/01.md#0', from: 'slides/01.md#0', notes: null }]], removed: {} });
    expect(swapped?.slides.get('slides/01.md#0')).toBe(a);
    expect(a.querySelector('aside')).toBeNull();
    expect(a.textContent?.trim()).toBe('A');
  });

  it('counts as changed the slides that are new or were sent again, not those only kept or renumbered', () => {
    const before = [INTRO, CODE];
    const root = page(before);
    const swapped = swapSlides(root, update(before, [`# Hello\n\n---\n\n${INTRO}`, CODE.replace('## End', '## The end')]));
    const changed = [...(swapped?.changed ?? [])].map((el) => el.getAttribute(SLIDE_ID_ATTRIBUTE));
    expect(changed.sort()).toEqual(['slides/01.md#0', 'slides/02.md#2']);
    expect([...(swapped?.slides.keys() ?? [])]).toEqual(
      deckOf(`# Hello\n\n---\n\n${INTRO}`, CODE)
        .deck.stacks.flat()
        .map((s) => s.id),
    );
  });

  it('gives up (the page reloads) when the page lacks a slide the update keeps', () => {
    const root = page(['# Something else']);
    expect(swapSlides(root, update([INTRO, CODE], [INTRO, CODE.replace('## End', '## The end')]))).toBeUndefined();
    const empty = page([]);
    expect(swapSlides(empty, update([INTRO], [INTRO]))).toBeUndefined();
  });
});
