// @vitest-environment happy-dom
// The blocked speaker view: S opens it through the notes plugin; when the browser blocks the pop-up
// (open throws, or the speaker view never reports in) the deck says how to allow it, and takes the
// help down on a key, after a while, or when the speaker view speaks. speaker.spec.ts blocks a real
// pop-up in Chromium.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONNECT_TIMEOUT_MS, PopupBlocked, SHOW_MS } from '../../../src/client/popup-blocked.ts';
import { FakeReveal } from './fake-reveal.ts';

const help = () => document.querySelector<HTMLElement>('.reveal .popup-blocked');
const shown = () => help()?.hidden === false;

function fromSpeakerView(data: unknown = JSON.stringify({ namespace: 'reveal-notes', type: 'heartbeat' })): void {
  window.dispatchEvent(new MessageEvent('message', { data }));
}

describe('PopupBlocked plugin', () => {
  let open: ReturnType<typeof vi.fn>;
  let reveal: FakeReveal;
  /** S, as Reveal calls the binding the plugin set once the deck is ready. */
  const pressS = () => {
    expect(reveal.keyBindings).toHaveLength(1);
    reveal.keyBindings[0].callback();
  };

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div class="reveal"><div class="slides"><section class="present">Hi</section></div></div>';
    open = vi.fn();
    reveal = new FakeReveal({ plugins: [{ id: 'notes', open } as never] }).start(PopupBlocked());
    reveal.emit('ready');
  });
  afterEach(() => {
    vi.useRealTimers();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  });

  it('is the plugin `popup-blocked`, and binds S to the speaker view once the deck is ready', () => {
    expect(PopupBlocked().id).toBe('popup-blocked');
    expect(reveal.keyBindings.map((k) => k.binding)).toEqual([{ keyCode: 83, key: 'S', description: 'Speaker view' }]);
  });

  it('S opens the speaker view; while it reports in, no help shows', () => {
    pressS();
    expect(open).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1500);
    fromSpeakerView();
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS * 2);
    expect(shown()).toBe(false);
  });

  it('shows the help at once when opening the pop-up fails', () => {
    expect(shown()).toBe(false);
    open.mockImplementation(() => {
      throw new TypeError('Cannot set properties of null');
    });
    pressS();
    expect(shown()).toBe(true);
    expect(help()?.getAttribute('role')).toBe('alert');
    expect(help()?.textContent).toContain('The speaker view was blocked');
    expect(help()?.textContent).toContain(`Allow pop-ups for ${location.host} (click the blocked pop-up icon`);
    expect(help()?.querySelector('strong')?.textContent).toBe(location.host);
  });

  it('shows the help when the speaker view has not reported in after the time it may take', () => {
    pressS();
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS - 1);
    expect(shown()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(shown()).toBe(true);
  });

  it('takes the help down at the next key, which still does its job', () => {
    pressS();
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS);
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true });
    document.dispatchEvent(key);
    expect(shown()).toBe(false);
    expect(key.defaultPrevented).toBe(false);
  });

  it('takes the help down at a key that something on the page stops from bubbling', () => {
    pressS();
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS);
    const stopper = document.querySelector('section')!;
    stopper.addEventListener('keydown', (event) => event.stopPropagation());
    stopper.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(shown()).toBe(false);
  });

  it('takes the help down by itself after a while', () => {
    pressS();
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS + SHOW_MS - 1);
    expect(shown()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(shown()).toBe(false);
  });

  it('takes the help down when the speaker view reports in after all', () => {
    pressS();
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS);
    fromSpeakerView();
    expect(shown()).toBe(false);
  });

  it.each([
    ["another window's message", JSON.stringify({ namespace: 'other' })],
    ['a message that is not JSON', 'reveal-notes'],
    ['JSON that is not an object', 'null'],
    ['an object message', { namespace: 'reveal-notes' }],
  ])('keeps the help up on %s', (_, data) => {
    pressS();
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS);
    fromSpeakerView(data);
    expect(shown()).toBe(true);
  });

  it('S again takes the help down while it tries again', () => {
    pressS();
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS);
    pressS();
    expect(shown()).toBe(false);
    expect(open).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS);
    expect(shown()).toBe(true);
  });

  it('a second showing lasts its full time, whatever became of the first', () => {
    pressS();
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    pressS();
    vi.advanceTimersByTime(CONNECT_TIMEOUT_MS);
    expect(shown()).toBe(true);
    // Past the time the first showing would have ended.
    vi.advanceTimersByTime(SHOW_MS - 1);
    expect(shown()).toBe(true);
  });
});

describe('PopupBlocked plugin, where it has nothing to do', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div class="reveal"><div class="slides"></div></div>';
  });

  it("adds nothing to the speaker view's own previews of the deck", () => {
    const reveal = new FakeReveal({ plugins: [{ id: 'notes', open: vi.fn() } as never], speakerNotes: true }).start(PopupBlocked());
    reveal.emit('ready');
    expect(help()).toBeNull();
    expect(reveal.keyBindings).toEqual([]);
  });

  it('opened from a file, names no site but the page', () => {
    const url = location.href;
    // happy-dom's own API: the page's URL, as a browser would have it for a double-clicked file.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('file:///home/me/deck.html');
    try {
      new FakeReveal({ plugins: [{ id: 'notes', open: vi.fn() } as never] }).start(PopupBlocked());
      expect(help()?.querySelector('strong')?.textContent).toBe('this page');
    } finally {
      (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    }
  });

  it("does not break without the deck's element", () => {
    document.body.innerHTML = '';
    const reveal = new FakeReveal({ plugins: [{ id: 'notes', open: vi.fn() } as never] });
    expect(() => reveal.start(PopupBlocked())).not.toThrow();
  });

  it('adds nothing without the notes plugin', () => {
    const reveal = new FakeReveal().start(PopupBlocked());
    reveal.emit('ready');
    expect(help()).toBeNull();
    expect(reveal.keyBindings).toEqual([]);
  });
});
