// A stand-in for Reveal's API in a fake DOM: the few calls our plugins make, and a way to fire its events.
import type { RevealApi, RevealConfig, RevealPlugin } from 'reveal.js';

type Handler = (event: Event) => void;

/** A move the plugin asked Reveal for: `slide(h, v, f)` (or `setState` of those indices), `next()` or `prev()`. */
export type Move = [h: number, v: number | undefined, f: number | undefined] | 'next' | 'prev';

export interface FakeRevealOptions {
  config?: RevealConfig & Record<string, unknown>;
  plugins?: RevealPlugin[];
  speakerNotes?: boolean;
}

export class FakeReveal {
  readonly config: RevealConfig & Record<string, unknown>;
  readonly keyBindings: { binding: unknown; callback: () => void }[] = [];
  /** Every move asked of Reveal, in order; `slide` also moves `present` in the DOM as Reveal would. */
  readonly moves: Move[] = [];
  /** The events dispatched through Reveal (`dispatchEvent`), which also reach the `on` handlers. */
  readonly dispatched: { type: string; data?: unknown }[] = [];
  /** How many times `sync()` was called (Reveal re-reads its slides). */
  syncs = 0;
  /** Reveal's `isReady()`: true from the `ready` event on. */
  ready = false;
  private readonly handlers = new Map<string, Handler[]>();
  private readonly plugins: RevealPlugin[];
  private readonly speakerNotes: boolean;

  constructor(options: FakeRevealOptions = {}) {
    this.config = options.config ?? {};
    this.plugins = options.plugins ?? [];
    this.speakerNotes = options.speakerNotes ?? false;
  }

  /** The subset of RevealApi our plugins use; the cast is the contract this fake keeps. */
  get api(): RevealApi {
    const api: Partial<RevealApi> = {
      on: (type: string, handler: Handler) => {
        this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
      },
      getConfig: () => this.config,
      getCurrentSlide: () => document.querySelector<HTMLElement>('.reveal .slides section.present:not(.stack)') as HTMLElement,
      getRevealElement: () => document.querySelector<HTMLElement>('.reveal'),
      getSlidesElement: () => document.querySelector<HTMLElement>('.reveal .slides'),
      isSpeakerNotes: () => this.speakerNotes,
      getPlugin: (id: string) => this.plugins.find((p) => p.id === id),
      addKeyBinding: ((binding: unknown, callback: () => void) => {
        this.keyBindings.push({ binding, callback });
      }) as RevealApi['addKeyBinding'],
      isReady: () => this.ready,
      sync: () => {
        this.syncs++;
      },
      getIndices: ((slide?: HTMLElement) => this.indices(slide)) as RevealApi['getIndices'],
      slide: (h: number, v?: number, f?: number) => this.moveTo(h, v, f),
      setState: (({ indexh, indexv, indexf }: { indexh: number; indexv: number; indexf: number }) =>
        this.moveTo(indexh, indexv, indexf)) as RevealApi['setState'],
      next: () => void this.moves.push('next'),
      prev: () => void this.moves.push('prev'),
      dispatchEvent: (({ type, data }: { type: string; data?: unknown }) => {
        this.dispatched.push({ type, data });
        // Reveal's events carry their data as properties of the event.
        const event = Object.assign(new Event(type), data);
        for (const handler of this.handlers.get(type) ?? []) handler(event);
        return event;
      }) as RevealApi['dispatchEvent'],
    };
    return api as RevealApi;
  }

  /** Fires a Reveal event, as Reveal does after it changed the DOM. */
  emit(type: string): void {
    if (type === 'ready') this.ready = true;
    for (const handler of this.handlers.get(type) ?? []) handler(new Event(type));
  }

  listens(type: string): boolean {
    return (this.handlers.get(type) ?? []).length > 0;
  }

  /**
   * Reveal's `getIndices`: of a given slide, its place (`v` undefined outside a vertical stack); of
   * the current slide, its place (`v` 0 outside a stack) and `f`, the last visible fragment's index
   * (-1 none yet, undefined when the slide has no fragments).
   */
  private indices(slide?: HTMLElement): { h: number; v: number | undefined; f: number | undefined } {
    const target = slide ?? this.api.getCurrentSlide();
    if (!target) return { h: 0, v: 0, f: undefined };
    const parent = target.parentElement;
    const vertical = parent?.tagName === 'SECTION';
    const horizontal = vertical ? parent : target;
    const h = Math.max(horizontals().indexOf(horizontal as HTMLElement), 0);
    const v = vertical ? [...parent.querySelectorAll(':scope > section')].indexOf(target) : slide ? undefined : 0;
    const fragments = target.querySelectorAll('.fragment').length;
    const f = slide || fragments === 0 ? undefined : target.querySelectorAll('.fragment.visible').length - 1;
    return { h, v, f };
  }

  /** Reveal's `slide(h, v, f)`: the slide becomes `present` (its stack too), and fragments up to `f` visible. */
  private moveTo(h: number, v?: number, f?: number): void {
    this.moves.push([h, v, f]);
    for (const section of document.querySelectorAll('.reveal .slides section')) section.classList.remove('present', 'stack');
    const horizontal = horizontals()[h];
    if (!horizontal) return;
    const leaves = [...horizontal.querySelectorAll<HTMLElement>(':scope > section')];
    if (leaves.length > 0) horizontal.classList.add('present', 'stack');
    const target = leaves.length > 0 ? leaves[v ?? 0] : horizontal;
    target?.classList.add('present');
    if (f === undefined || !target) return;
    target.querySelectorAll('.fragment').forEach((fragment, i) => {
      fragment.classList.toggle('visible', i <= f);
    });
  }

  /** Starts a plugin as Reveal does: `init` with the API. */
  start(plugin: RevealPlugin): this {
    void plugin.init?.(this.api);
    return this;
  }
}

const horizontals = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];

/** A code block as the loader renders it: one `<code>` per step, later steps fragments. */
export function codeBlock(lines: number, steps: number[][]): string {
  const code = steps.map((step, i) => {
    const rows = Array.from(
      { length: lines },
      (_, r) => `<tr${step.includes(r + 1) ? ' class="highlight-line"' : ''}><td class="hljs-ln-code">line ${r + 1}</td></tr>`,
    ).join('');
    const classes = ['hljs', ...(i > 0 ? ['fragment'] : []), ...(step.length > 0 ? ['has-highlights'] : [])];
    return `<code class="${classes.join(' ')}"><table class="hljs-ln"><tbody>${rows}</tbody></table></code>`;
  });
  return `<pre class="code-wrapper">${code.join('')}</pre>`;
}

/**
 * A fake DOM has no layout: every size is 0. This gives rows of `rowHeight` px stacked from the
 * top of each `<code>`, and each `<code>` a box `boxHeight` px tall, as the theme's CSS would.
 */
export function layOutCode(root: ParentNode, { rowHeight, boxHeight }: { rowHeight: number; boxHeight: number }): void {
  for (const code of root.querySelectorAll<HTMLElement>('pre.code-wrapper > code')) {
    const rows = [...code.querySelectorAll<HTMLElement>('tr')];
    rows.forEach((row, i) => {
      Object.defineProperty(row, 'offsetTop', { configurable: true, value: i * rowHeight });
      Object.defineProperty(row, 'offsetHeight', { configurable: true, value: rowHeight });
    });
    const scrollHeight = Math.max(boxHeight, rows.length * rowHeight);
    Object.defineProperty(code, 'clientHeight', { configurable: true, value: boxHeight });
    Object.defineProperty(code, 'scrollHeight', { configurable: true, value: scrollHeight });
    // Browsers keep scrollTop between 0 and the last scroll position; the fake DOM stores any number.
    let scrollTop = 0;
    Object.defineProperty(code, 'scrollTop', {
      configurable: true,
      get: () => scrollTop,
      set: (value: number) => {
        scrollTop = Math.min(Math.max(0, value), scrollHeight - boxHeight);
      },
    });
  }
}
