// @vitest-environment happy-dom
// The deck's page under `npm run present`: what the meta tag makes it; the projector reports where
// it is and obeys the speaker's commands; a reader's page follows; the phone's preview and the
// speaker view open no socket; a lost link says so on the page. A stand-in WebSocket carries the
// real remote socket (remote-socket.test.ts tests that); present.spec.ts runs the real server.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageMode, Remote } from '../../../src/client/remote.ts';
import { FakeReveal } from './fake-reveal.ts';
import { FakeSocket, lastSocket } from './fake-socket.ts';

const badge = () => document.querySelector<HTMLElement>('.remote-status');
const remoteState = () => document.documentElement.dataset.remote;
/** The window's listeners the sockets add (online/offline): taken off after each test, as the page would be gone. */
const listening: [string, EventListenerOrEventListenerObject][] = [];

function setMode(mode: string | undefined): void {
  for (const meta of document.head.querySelectorAll('meta[name="deck-remote"]')) meta.remove();
  if (mode) document.head.insertAdjacentHTML('beforeend', `<meta name="deck-remote" content="${mode}">`);
}

/** The deck's page as `mode`: a slide, a stack of two (the second with two fragments), a slide; Reveal on the first. */
function open(mode: string | undefined, options: { speakerNotes?: boolean } = {}): FakeReveal {
  setMode(mode);
  document.body.innerHTML = `<div class="reveal"><div class="slides">
    <section>One</section>
    <section><section>Two</section><section>Three <span class="fragment">a</span> <span class="fragment">b</span></section></section>
    <section>Four</section>
  </div></div>`;
  const reveal = new FakeReveal(options).start(Remote());
  reveal.api.slide(0, 0);
  reveal.moves.splice(0);
  return reveal;
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('location', new URL('http://192.168.1.20:8000/'));
  const add = globalThis.addEventListener.bind(globalThis);
  vi.stubGlobal('addEventListener', (type: string, listener: EventListenerOrEventListenerObject) => {
    listening.push([type, listener]);
    add(type, listener);
  });
  delete document.documentElement.dataset.remote;
});
afterEach(() => {
  vi.unstubAllGlobals();
  for (const [type, listener] of listening.splice(0)) removeEventListener(type, listener);
  vi.useRealTimers();
  setMode(undefined);
  delete document.documentElement.dataset.remote;
  document.body.innerHTML = '';
});

describe('pageMode', () => {
  it('reads what the present server says the page is', () => {
    for (const mode of ['projector', 'follower', 'preview']) {
      setMode(mode);
      expect(pageMode()).toBe(mode);
    }
  });

  it('is nothing without the meta tag (any other host) or with a value it does not know', () => {
    setMode(undefined);
    expect(pageMode()).toBeUndefined();
    setMode('speaker');
    expect(pageMode()).toBeUndefined();
    document.head.insertAdjacentHTML('beforeend', '<meta name="description" content="projector">');
    setMode(undefined);
    expect(pageMode()).toBeUndefined();
  });

  it('reads another document when given one', () => {
    setMode('projector');
    const other = new DOMParser().parseFromString('<html><head><meta name="deck-remote" content="follower"></head></html>', 'text/html');
    expect(pageMode(other)).toBe('follower');
  });
});

describe('Remote plugin', () => {
  it('is the plugin `remote`', () => {
    expect(Remote().id).toBe('remote');
  });

  it("does nothing on another host, in the phone's preview, or in the speaker view", () => {
    for (const [mode, speakerNotes] of [
      [undefined, false],
      ['preview', false],
      ['projector', true],
    ] as const) {
      const reveal = open(mode, { speakerNotes });
      reveal.emit('ready');
      reveal.emit('slidechanged');
      expect(FakeSocket.all).toEqual([]);
      expect(badge()).toBeNull();
      expect(remoteState()).toBeUndefined();
    }
  });

  it('the projector opens its socket once the deck is ready, and says where it is when connected', () => {
    const reveal = open('projector');
    expect(FakeSocket.all).toEqual([]);
    reveal.api.slide(1, 1, 0);
    reveal.emit('ready');
    expect(FakeSocket.all).toHaveLength(1);
    expect(String(lastSocket().url)).toBe('ws://192.168.1.20:8000/remote?role=projector');
    expect(badge()?.hidden).toBe(true);
    lastSocket().open();
    expect(remoteState()).toBe('connected');
    expect(lastSocket().messages).toEqual([{ type: 'position', h: 1, v: 1, f: 0 }]);
  });

  it('the projector keeps to itself the steps it shows before the deck is ready (a link to a step)', () => {
    const reveal = open('projector');
    reveal.api.slide(1, 1, 0);
    expect(() => reveal.emit('fragmentshown')).not.toThrow();
    reveal.emit('ready');
    lastSocket().open();
    expect(lastSocket().messages).toEqual([{ type: 'position', h: 1, v: 1, f: 0 }]);
  });

  it('the projector reports every slide and step it shows', () => {
    const reveal = open('projector');
    reveal.emit('ready');
    lastSocket().open();
    lastSocket().sent.splice(0);
    reveal.api.slide(2, 0);
    reveal.emit('slidechanged');
    reveal.api.slide(1, 1, 1);
    reveal.emit('fragmentshown');
    reveal.api.slide(1, 1, -1);
    reveal.emit('fragmenthidden');
    expect(lastSocket().messages).toEqual([
      { type: 'position', h: 2, v: 0, f: -1 },
      { type: 'position', h: 1, v: 1, f: 1 },
      { type: 'position', h: 1, v: 1, f: -1 },
    ]);
  });

  it("a reader's page listens and says nothing", () => {
    const reveal = open('follower');
    reveal.emit('ready');
    expect(String(lastSocket().url)).toBe('ws://192.168.1.20:8000/remote?role=follower');
    lastSocket().open();
    expect(remoteState()).toBe('connected');
    reveal.api.slide(2, 0);
    reveal.emit('slidechanged');
    reveal.emit('fragmentshown');
    reveal.emit('fragmenthidden');
    expect(lastSocket().messages).toEqual([]);
  });

  it('says on the page when the link to the presenter is lost, and clears it when it is back', () => {
    const reveal = open('follower');
    reveal.emit('ready');
    lastSocket().open();
    expect(badge()?.hidden).toBe(true);
    lastSocket().drop();
    expect(badge()?.hidden).toBe(false);
    expect(badge()?.textContent).toBe('Reconnecting to the presenter…');
    expect(badge()?.getAttribute('role')).toBe('status');
    expect(badge()?.parentElement).toBe(document.body);
    expect(remoteState()).toBe('reconnecting');
    vi.advanceTimersByTime(100);
    expect(FakeSocket.all).toHaveLength(2);
    lastSocket().open();
    expect(badge()?.hidden).toBe(true);
    expect(remoteState()).toBe('connected');
  });

  it('follows a position it is not at, and stays on one it is at', () => {
    const reveal = open('follower');
    reveal.emit('ready');
    lastSocket().open();
    lastSocket().hear({ type: 'position', h: 0, v: 0, f: -1 });
    expect(reveal.moves).toEqual([]);
    lastSocket().hear({ type: 'position', h: 2, v: 0, f: -1 });
    expect(reveal.moves).toEqual([[2, 0, -1]]);
    expect(reveal.api.getCurrentSlide().textContent).toBe('Four');
    reveal.api.slide(1, 1, 0);
    reveal.moves.splice(0);
    lastSocket().hear({ type: 'position', h: 1, v: 1, f: 0 });
    expect(reveal.moves).toEqual([]);
    lastSocket().hear({ type: 'position', h: 1, v: 1, f: 1 });
    lastSocket().hear({ type: 'position', h: 1, v: 0, f: 1 });
    lastSocket().hear({ type: 'position', h: 2, v: 0, f: -1 });
    expect(reveal.moves).toEqual([
      [1, 1, 1],
      [1, 0, 1],
      [2, 0, -1],
    ]);
  });

  it("moves the projector on the speaker's commands", () => {
    const reveal = open('projector');
    reveal.emit('ready');
    lastSocket().open();
    lastSocket().hear({ type: 'command', command: 'next' });
    lastSocket().hear({ type: 'command', command: 'prev' });
    lastSocket().hear({ type: 'command', command: 'goto', to: { h: 1, v: 1, f: 0 } });
    expect(reveal.moves).toEqual(['next', 'prev', [1, 1, 0]]);
  });
});
