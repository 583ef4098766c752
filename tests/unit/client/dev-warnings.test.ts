// @vitest-environment happy-dom
// The dev server's warnings panel: a corner tab that counts the deck's problems and lists them,
// replaced on every update, hidden when there are none, absent from the speaker view's previews,
// and never turning the slide when clicked. dev.spec.ts shows it in Chromium.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showWarnings } from '../../../src/client/dev-warnings.ts';

const panel = () => document.querySelector<HTMLDetailsElement>('#deck-dev-warnings');
const items = () => [...(panel()?.querySelectorAll('ol > li') ?? [])].map((li) => li.textContent);

describe('showWarnings', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div class="reveal"><div class="slides"><section>Hi</section></div></div>';
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('opens a corner panel that counts the problems and lists each one', () => {
    showWarnings(['slides/01.md:3 missing image a.png', 'slides/02.md:9 unclosed code block']);
    const shown = panel();
    expect(shown?.tagName).toBe('DETAILS');
    expect(shown?.hidden).toBe(false);
    expect(shown?.classList.contains('deck-dev-warnings')).toBe(true);
    expect(shown?.parentElement).toBe(document.body);
    expect(shown?.querySelector('summary')?.textContent).toBe('2 problems in the slides');
    expect(items()).toEqual(['slides/01.md:3 missing image a.png', 'slides/02.md:9 unclosed code block']);
  });

  it('says "1 problem" for one, and shows a warning as text, never as markup', () => {
    showWarnings(['<b>bold</b> in a heading']);
    expect(panel()?.querySelector('summary')?.textContent).toBe('1 problem in the slides');
    expect(items()).toEqual(['<b>bold</b> in a heading']);
    expect(panel()?.querySelector('b')).toBeNull();
  });

  it('replaces the list on each update in the one panel, and hides it once the problems are fixed', () => {
    showWarnings(['a', 'b', 'c']);
    showWarnings(['b']);
    expect(document.querySelectorAll('#deck-dev-warnings')).toHaveLength(1);
    expect(items()).toEqual(['b']);
    expect(panel()?.hidden).toBe(false);
    showWarnings([]);
    expect(panel()?.hidden).toBe(true);
    expect(items()).toEqual([]);
    expect(panel()?.querySelector('summary')?.textContent).toBe('0 problems in the slides');
    showWarnings(['d']);
    expect(panel()?.hidden).toBe(false);
  });

  it('keeps clicks on the panel from reaching Reveal, which would turn the slide', () => {
    showWarnings(['a']);
    const reveal = vi.fn();
    document.addEventListener('click', reveal);
    panel()
      ?.querySelector('summary')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.removeEventListener('click', reveal);
    expect(reveal).not.toHaveBeenCalled();
  });

  it("stays off the speaker view's previews (pages of the deck with ?receiver)", () => {
    vi.stubGlobal('location', new URL('http://localhost:5173/?receiver&postMessageEvents=true'));
    showWarnings(['a']);
    expect(panel()).toBeNull();
  });

  it('shows on a page whose query names something else', () => {
    vi.stubGlobal('location', new URL('http://localhost:5173/?print-pdf'));
    showWarnings(['a']);
    expect(panel()?.hidden).toBe(false);
  });

  it('leaves alone an element of the page that has its id but is not its panel', () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="deck-dev-warnings"><summary>mine</summary></div>');
    expect(() => showWarnings(['a'])).not.toThrow();
    expect(panel()?.textContent).toBe('mine');
    expect(panel()?.hidden).toBe(false);
  });
});
