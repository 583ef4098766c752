// @vitest-environment happy-dom
// Reveal's options: the size and progress bar the talk was presented with, the deck's own options,
// the URL keeping the reader's place, and the plugins behind the speaker view, code scrolling and print.
import { describe, expect, it } from 'vitest';
import { revealOptions } from '../../../src/client/options.ts';

const pluginIds = (options: ReturnType<typeof revealOptions>) => (options.plugins ?? []).map((factory: () => { id: string }) => factory().id);

describe('revealOptions', () => {
  it('presents at 1000×750 with a progress bar, and keeps the place in the URL', () => {
    expect(revealOptions({ reveal: {} })).toEqual({ width: 1000, height: 750, progress: true, hash: true, plugins: expect.any(Array) });
  });

  it("takes the deck's options over the defaults", () => {
    const options = revealOptions({ reveal: { width: 1280, height: 720, progress: false, slideNumber: 'c', transition: 'none' } });
    expect(options).toMatchObject({ width: 1280, height: 720, progress: false, slideNumber: 'c', transition: 'none' });
  });

  it('keeps the place in the URL even when the deck turns it off: a reload stays on the slide', () => {
    expect(revealOptions({ reveal: { hash: false } }).hash).toBe(true);
  });

  it('starts the speaker notes, code scrolling, print view, blocked pop-up and remote plugins', () => {
    expect(pluginIds(revealOptions({ reveal: {} })).sort()).toEqual(['code-scroll', 'notes', 'popup-blocked', 'print-view', 'remote']);
  });
});

describe('under npm run present (its server names the page in a meta tag)', () => {
  const as = (mode: string | undefined) => {
    document.head.querySelector('meta[name="deck-remote"]')?.remove();
    if (mode) document.head.insertAdjacentHTML('beforeend', `<meta name="deck-remote" content="${mode}">`);
    return revealOptions({ reveal: { controls: true } });
  };

  it("the phone's preview shows the slide alone, never reveal's scroll view, and takes no keys or touches", () => {
    expect(as('preview')).toMatchObject({ controls: false, progress: false, keyboard: false, touch: false, scrollActivationWidth: 0, minScale: 0.05 });
  });

  it("a reader's phone shows the slide the room sees, not the scroll view; the projector is the deck as ever", () => {
    expect(as('follower')).toMatchObject({ controls: true, scrollActivationWidth: 0 });
    expect(as('projector')).not.toHaveProperty('scrollActivationWidth');
    expect(as('anything else')).not.toHaveProperty('scrollActivationWidth');
    expect(as(undefined)).not.toHaveProperty('scrollActivationWidth');
  });
});
