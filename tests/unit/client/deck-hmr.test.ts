// @vitest-environment happy-dom
// Live edit as the presenter sees it: the dev server's update (a real diff of two loads here) lands
// in place and the presenter stays on their slide and step, follows it when it moves, lands on the
// next slide when theirs is deleted; the speaker view hears of a slide changed under it; the error
// overlay closes, the title and the problems panel follow; a full reload returns to the same place.
// `virtual:deck` exists only in a Vite build: the vitest configs point it at virtual-deck.ts, whose
// `problems` a test sets. dev.spec.ts drives the real dev server.
import type { ViteHotContext } from 'vite/types/hot.d.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeckHmr } from '../../../src/client/deck-hmr.ts';
import { renderSections } from '../../../src/deck/sections.ts';
import { SLIDE_ID_ATTRIBUTE } from '../../../src/deck/slide-id.ts';
import { diffDecks } from '../../../src/live/diff.ts';
import type { DeckUpdateEvent } from '../../../src/live/protocol.ts';
import { deckOf } from '../helpers.ts';
import { FakeReveal } from './fake-reveal.ts';
import virtualDeck from './virtual-deck.ts';

// The loader imports KaTeX, which warns at import in a page without a doctype; happy-dom has no
// `compatMode`, the dev server's page (`<!doctype html>`) is in standards mode.
vi.hoisted(() => Object.defineProperty(document, 'compatMode', { configurable: true, value: 'CSS1Compat' }));

/** Vite's hot context, as far as the plugin uses it: handlers by event, fired by the test. */
class FakeHot {
  private readonly handlers = new Map<string, ((data: unknown) => void)[]>();
  on(event: string, handler: (data: unknown) => void): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }
  fire(event: string, data?: unknown): void {
    for (const handler of this.handlers.get(event) ?? []) handler(data);
  }
  get context(): ViteHotContext {
    return this as unknown as ViteHotContext;
  }
}

const INTRO = '# Intro\n\n---\n\n## Plan';
const STEPS = '## Steps\n\n- one <!-- .element: class="fragment" -->\n- two <!-- .element: class="fragment" -->\n- three <!-- .element: class="fragment" -->';
const CODE = `${STEPS}\n\nnotes:\nSay one, two, three.\n\n----\n\n## Detail\n\n---\n\n## End`;
const DECK = [INTRO, CODE];

const slides = () => document.querySelector<HTMLElement>('.reveal .slides') as HTMLElement;
const byId = (id: string) => slides().querySelector<HTMLElement>(`section[${SLIDE_ID_ATTRIBUTE}="${id}"]`) as HTMLElement;
const panel = () => document.querySelector<HTMLElement>('#deck-dev-warnings');

let frames: FrameRequestCallback[];
/** Runs the animation frames asked for so far (and only those). */
function nextFrame(): void {
  for (const frame of frames.splice(0)) frame(0);
}

/** The page as the dev server serves `files`, with the plugin started and Reveal ready. */
function open(files: string[], url = 'http://localhost:5173/'): { reveal: FakeReveal; hot: FakeHot; reload: ReturnType<typeof vi.fn> } {
  const reload = vi.fn();
  vi.stubGlobal('location', Object.assign(new URL(url), { reload }));
  document.body.innerHTML = `<div class="reveal"><div class="slides">${renderSections(deckOf(...files).deck, { slideIds: true })}</div></div>`;
  const hot = new FakeHot();
  const reveal = new FakeReveal().start(DeckHmr(hot.context));
  reveal.emit('ready');
  return { reveal, hot, reload };
}

/** A message from the speaker view, through reveal's postMessage API: JSON in a string. */
function fromSpeakerView(message: unknown): void {
  window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }));
}

function edit(before: string[], after: string[], more: Partial<DeckUpdateEvent> = {}): DeckUpdateEvent {
  return { ...diffDecks(deckOf(...before).deck, deckOf(...after).deck), problems: [], warnings: [], ...more };
}

/** Where the presenter is: the slide's id and Reveal's indices. */
function place(reveal: FakeReveal): { id: string | null | undefined; h: number; v: number; f: number } {
  return { id: reveal.api.getCurrentSlide()?.getAttribute(SLIDE_ID_ATTRIBUTE), ...reveal.api.getIndices() };
}

beforeEach(() => {
  virtualDeck.problems = undefined;
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  sessionStorage.clear();
  document.title = 'Talk';
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('DeckHmr at start', () => {
  it("is the plugin `deck-hmr`, and logs the deck's problems and lists them in the panel", () => {
    virtualDeck.problems = ['slides/01.md:1 missing image a.png', 'slides/02.md:4 a warning'];
    open(DECK);
    expect(DeckHmr(new FakeHot().context).id).toBe('deck-hmr');
    expect(vi.mocked(console.warn).mock.calls).toEqual([['slides/01.md:1 missing image a.png'], ['slides/02.md:4 a warning']]);
    expect(panel()?.hidden).toBe(false);
    expect(panel()?.querySelectorAll('li')).toHaveLength(2);
  });

  it('logs nothing and shows no panel for a deck without problems', () => {
    open(DECK);
    expect(console.warn).not.toHaveBeenCalled();
    expect(panel()?.hidden).toBe(true);
  });
});

describe('DeckHmr on an update', () => {
  it('shows the edit in place and keeps the presenter on their slide and step', () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(2, 0, 1);
    const after = [INTRO, CODE.replace('## Detail', '## More detail')];
    hot.fire('deck:update', edit(DECK, after));
    expect(byId('slides/02.md#1').textContent).toContain('More detail');
    expect(reveal.syncs).toBe(1);
    expect(place(reveal)).toEqual({ id: 'slides/02.md#0', h: 2, v: 0, f: 1 });
    expect(reveal.dispatched).toEqual([]);
  });

  it('keeps the presenter on their step of the very slide they were on when that slide is edited, and tells the speaker view', () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(2, 0, 1);
    const old = reveal.api.getCurrentSlide();
    const heard: Event[] = [];
    reveal.api.on('slidechanged', (event: Event) => heard.push(event));
    hot.fire('deck:update', edit(DECK, [INTRO, CODE.replace('## Steps', '## The steps')]));
    const now = reveal.api.getCurrentSlide();
    expect(now).not.toBe(old);
    expect(now.textContent).toContain('The steps');
    expect(place(reveal)).toEqual({ id: 'slides/02.md#0', h: 2, v: 0, f: 1 });
    expect([...now.querySelectorAll('.fragment.visible')].map((el) => el.textContent?.trim())).toEqual(['one', 'two']);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ type: 'slidechanged', indexh: 2, indexv: 0, previousSlide: old, currentSlide: now });
  });

  it('tells the speaker view when only the notes of the current slide changed', () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(2, 0, 0);
    const current = reveal.api.getCurrentSlide();
    hot.fire('deck:update', edit(DECK, [INTRO, CODE.replace('Say one, two, three.', 'Say three.')]));
    expect(reveal.api.getCurrentSlide()).toBe(current);
    expect(current.querySelector('aside.notes')?.textContent).toBe('Say three.\n');
    expect(reveal.dispatched).toEqual([{ type: 'slidechanged', data: { indexh: 2, indexv: 0, previousSlide: current, currentSlide: current } }]);
  });

  it('tells the speaker view of an edit to the current slide down a stack, at its place in the stack', () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(2, 1);
    const old = reveal.api.getCurrentSlide();
    hot.fire('deck:update', edit(DECK, [INTRO, CODE.replace('## Detail', '## More detail')]));
    const now = reveal.api.getCurrentSlide();
    expect(now.textContent).toContain('More detail');
    expect(place(reveal)).toEqual({ id: 'slides/02.md#1', h: 2, v: 1, f: undefined });
    expect(reveal.dispatched).toEqual([{ type: 'slidechanged', data: { indexh: 2, indexv: 1, previousSlide: old, currentSlide: now } }]);
  });

  it('follows the slide to its new place when slides are added before it, without a slide transition', () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(2, 1);
    const detail = reveal.api.getCurrentSlide();
    hot.fire('deck:update', edit(DECK, [`${INTRO}\n\n---\n\n## Why`, `## First\n\n---\n\n${CODE}`]));
    expect(reveal.api.getCurrentSlide()).toBe(detail);
    expect(place(reveal)).toEqual({ id: 'slides/02.md#2', h: 4, v: 1, f: undefined });
    expect(reveal.dispatched).toEqual([]);
    expect(slides().classList.contains('disable-slide-transitions')).toBe(true);
    nextFrame();
    nextFrame();
    expect(slides().classList.contains('disable-slide-transitions')).toBe(false);
  });

  it('leaves the announcement to Reveal when the edited current slide moved too', () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(3, 0);
    hot.fire('deck:update', edit(DECK, [`${INTRO}\n\n---\n\n## Why`, CODE.replace('## End', '## The end')]));
    expect(place(reveal)).toEqual({ id: 'slides/02.md#2', h: 4, v: 0, f: undefined });
    expect(reveal.api.getCurrentSlide().textContent).toContain('The end');
    expect(reveal.dispatched).toEqual([]);
  });

  it('leaves the announcement to Reveal when the edited current slide moved down its stack', () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(2, 1);
    const id = (n: number) => `slides/02.md#${n}`;
    const update: DeckUpdateEvent = {
      stacks: [
        [{ id: 'slides/01.md#0', from: 'slides/01.md#0' }],
        [{ id: 'slides/01.md#1', from: 'slides/01.md#1' }],
        [
          { id: id(0), from: id(0) },
          { id: id(1), section: `<section ${SLIDE_ID_ATTRIBUTE}="${id(1)}"><h2>New</h2></section>` },
          { id: id(2), from: id(1), section: `<section ${SLIDE_ID_ATTRIBUTE}="${id(2)}"><h2>Detail!</h2></section>` },
        ],
        [{ id: id(3), from: id(2) }],
      ],
      removed: {},
      problems: [],
      warnings: [],
    };
    hot.fire('deck:update', update);
    expect(place(reveal)).toEqual({ id: id(2), h: 2, v: 2, f: undefined });
    expect(reveal.dispatched).toEqual([]);
  });

  it('moves the presenter to the slide now in the place of a deleted one, at its first step, and tells the speaker view', () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(1, 0);
    const deleted = reveal.api.getCurrentSlide();
    hot.fire('deck:update', edit(DECK, [INTRO.replace('\n\n---\n\n## Plan', ''), CODE]));
    expect(place(reveal)).toEqual({ id: 'slides/02.md#0', h: 1, v: 0, f: -1 });
    const now = reveal.api.getCurrentSlide();
    expect(now.querySelectorAll('.fragment.visible')).toHaveLength(0);
    // Same indices, another slide: Reveal says nothing, and the speaker view would keep the deleted slide's notes.
    expect(reveal.dispatched).toEqual([{ type: 'slidechanged', data: { indexh: 1, indexv: 0, previousSlide: deleted, currentSlide: now } }]);
  });

  it('stays put when the deck has no slide left to go to', () => {
    const { reveal, hot } = open(['# Only']);
    reveal.api.slide(0, 0);
    const moves = reveal.moves.length;
    hot.fire('deck:update', edit(['# Only'], []));
    expect(reveal.moves).toHaveLength(moves);
    expect(slides().querySelectorAll('section')).toHaveLength(0);
  });

  it('updates the page but moves nothing when no slide with an id is shown', () => {
    const { reveal, hot } = open(DECK);
    const moves = reveal.moves.length;
    hot.fire('deck:update', edit(DECK, [INTRO, CODE.replace('## Detail', '## More detail')]));
    expect(byId('slides/02.md#1').textContent).toContain('More detail');
    expect(reveal.moves).toHaveLength(moves);
    expect(slides().classList.contains('disable-slide-transitions')).toBe(false);
  });

  it("updates a speaker view's preview (?receiver) but leaves its place to the speaker view", () => {
    const { reveal, hot } = open(DECK, 'http://localhost:5173/?receiver&postMessageEvents=true');
    reveal.api.slide(2, 0, 1);
    const moves = reveal.moves.length;
    hot.fire('deck:update', edit(DECK, [INTRO, CODE.replace('## Steps', '## The steps')]));
    expect(slides().textContent).toContain('The steps');
    expect(reveal.moves).toHaveLength(moves);
    expect(reveal.dispatched).toEqual([]);
  });

  it("takes a speaker view's preview to the place it was last asked for, on the new slides, when the ask came first", () => {
    // The main window took the update first and moved on: the speaker view asked the upcoming
    // preview for the code slide's new place and one step on, while the preview still held the
    // old slides (where that place is the slide under it).
    const { reveal, hot } = open(DECK, 'http://localhost:5173/?receiver');
    reveal.api.slide(2, 0, 0);
    fromSpeakerView({ method: 'setState', args: [{ indexh: 2, indexv: 1, indexf: 0, paused: false, overview: false }] });
    fromSpeakerView({ method: 'next' });
    const moves = reveal.moves.length;
    hot.fire('deck:update', edit(DECK, [INTRO, `## Above\n\n----\n\n${CODE}`]));
    expect(reveal.moves.slice(moves)).toEqual([[2, 1, 0], 'next']);
    expect(place(reveal)).toEqual({ id: 'slides/02.md#1', h: 2, v: 1, f: 0 });
    expect(reveal.api.getCurrentSlide()?.querySelector('h2')?.textContent).toBe('Steps');
  });

  it('takes from the speaker view only its last state, and `next` only after it', () => {
    // The current slide's preview: a state and no `next`; then messages that are not a move.
    const { reveal, hot } = open(DECK, 'http://localhost:5173/?receiver');
    fromSpeakerView({ method: 'next' });
    fromSpeakerView({ method: 'setState', args: [{ indexh: 1, indexv: 0, indexf: 0 }] });
    fromSpeakerView({ method: 'setState', args: [{ indexh: 2, indexv: 1, indexf: 1 }] });
    for (const stranger of [
      { namespace: 'reveal-notes', type: 'connected' },
      { method: 'slide', args: [{ indexh: 0, indexv: 0, indexf: 0 }] },
      { method: 'setState', args: [null] },
      { method: 'setState', args: [{ indexh: '3' }] },
      { method: 'setState' },
      null,
      3,
    ])
      fromSpeakerView(stranger);
    // reveal reads only strings of JSON: an array whose text is a message is none.
    window.dispatchEvent(new MessageEvent('message', { data: [JSON.stringify({ method: 'next' })] }));
    window.dispatchEvent(new MessageEvent('message', { data: '{not json}' }));
    const moves = reveal.moves.length;
    hot.fire('deck:update', edit(DECK, [INTRO, `## Above\n\n----\n\n${CODE}`]));
    expect(reveal.moves.slice(moves)).toEqual([[2, 1, 1]]);
  });

  it('leaves a preview the speaker view has asked nothing of where it is', () => {
    const { reveal, hot } = open(DECK, 'http://localhost:5173/?receiver');
    fromSpeakerView({ method: 'next' });
    const moves = reveal.moves.length;
    hot.fire('deck:update', edit(DECK, [INTRO, `## Above\n\n----\n\n${CODE}`]));
    expect(reveal.moves).toHaveLength(moves);
  });

  it("keeps the main window's place to itself whatever messages it gets", () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(2, 0, 1);
    fromSpeakerView({ method: 'setState', args: [{ indexh: 0, indexv: 0, indexf: 0 }] });
    hot.fire('deck:update', edit(DECK, [INTRO, `## Above\n\n----\n\n${CODE}`]));
    expect(reveal.moves.at(-1)).toEqual([2, 1, 1]);
  });

  it("closes Vite's error overlay once the deck builds again", () => {
    const { hot } = open(DECK);
    const overlay = Object.assign(document.createElement('vite-error-overlay'), { close: vi.fn() });
    const stranger = document.createElement('vite-error-overlay');
    document.body.append(overlay, stranger);
    hot.fire('deck:update', edit(DECK, DECK));
    expect(overlay.close).toHaveBeenCalledTimes(1);
  });

  it('sets the title when it changed, and leaves it otherwise', () => {
    const { hot } = open(DECK);
    hot.fire('deck:update', edit(DECK, DECK));
    expect(document.title).toBe('Talk');
    hot.fire('deck:update', edit(DECK, ['# Welcome\n\n---\n\n## Plan', CODE]));
    expect(document.title).toBe('Welcome');
  });

  it('logs the new problems and lists all of them in the panel, which goes once they are fixed', () => {
    const { hot } = open(DECK);
    hot.fire('deck:update', edit(DECK, DECK, { problems: ['new one'], warnings: ['old one', 'new one'] }));
    expect(vi.mocked(console.warn).mock.calls).toEqual([['new one']]);
    expect([...(panel()?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(['old one', 'new one']);
    expect(panel()?.hidden).toBe(false);
    hot.fire('deck:update', edit(DECK, DECK));
    expect(panel()?.hidden).toBe(true);
  });
});

describe('DeckHmr when the page cannot take the update in place', () => {
  it('reloads a page that does not hold the deck the server diffed from, and comes back to the same slide and step', () => {
    const { reveal, hot, reload } = open(DECK);
    reveal.api.slide(2, 0, 2);
    hot.fire('deck:update', edit(['# A', '# B', '# C'], ['# A!', '# B', '# C']));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reveal.syncs).toBe(0);
    const again = open(DECK);
    expect(place(again.reveal)).toEqual({ id: 'slides/02.md#0', h: 2, v: 0, f: 2 });
  });

  it('reloads when Reveal is not ready yet, and when the page has no slides element', () => {
    const reload = vi.fn();
    vi.stubGlobal('location', Object.assign(new URL('http://localhost:5173/'), { reload }));
    document.body.innerHTML = `<div class="reveal"><div class="slides">${renderSections(deckOf(...DECK).deck, { slideIds: true })}</div></div>`;
    const hot = new FakeHot();
    const reveal = new FakeReveal().start(DeckHmr(hot.context));
    hot.fire('deck:update', edit(DECK, DECK));
    expect(reload).toHaveBeenCalledTimes(1);
    reveal.emit('ready');
    document.body.innerHTML = '<div class="reveal"></div>';
    hot.fire('deck:update', edit(DECK, DECK));
    expect(reload).toHaveBeenCalledTimes(2);
  });
});

describe('DeckHmr around a full reload', () => {
  it('returns to the slide and step the presenter was on, by the slide, once', () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(2, 1);
    hot.fire('vite:beforeFullReload');
    const after = open([`${INTRO}\n\n---\n\n## Why`, CODE]);
    expect(place(after.reveal)).toEqual({ id: 'slides/02.md#1', h: 3, v: 1, f: undefined });
    const later = open(DECK);
    expect(later.reveal.moves).toEqual([]);
  });

  it('keeps the step shown on a slide with fragments', () => {
    const { reveal, hot } = open(DECK);
    reveal.api.slide(2, 0, 1);
    hot.fire('vite:beforeFullReload');
    const after = open(DECK);
    expect(after.reveal.moves).toEqual([[2, 0, 1]]);
  });

  it("keeps each page's place to itself: a speaker view's preview does not move the deck", () => {
    const preview = open(DECK, 'http://localhost:5173/?receiver');
    preview.reveal.api.slide(3, 0);
    preview.hot.fire('vite:beforeFullReload');
    expect(open(DECK).reveal.moves).toEqual([]);
    expect(open(DECK, 'http://localhost:5173/?receiver').reveal.moves).toEqual([[3, 0, undefined]]);
  });

  it('remembers nothing when no slide with an id is shown, and goes nowhere when the slide is gone', () => {
    const { hot } = open(DECK);
    hot.fire('vite:beforeFullReload');
    expect(open(DECK).reveal.moves).toEqual([]);
    const { reveal, hot: hot2 } = open(DECK);
    reveal.api.slide(3, 0);
    hot2.fire('vite:beforeFullReload');
    expect(open([INTRO]).reveal.moves).toEqual([]);
    expect(open(DECK).reveal.moves).toEqual([]);
  });
});
