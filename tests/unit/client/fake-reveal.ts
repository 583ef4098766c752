// A stand-in for Reveal's API in a fake DOM: the few calls our plugins make, and a way to fire its events.
import type { RevealApi, RevealConfig, RevealPlugin } from 'reveal.js';

type Handler = (event: Event) => void;

export interface FakeRevealOptions {
  config?: RevealConfig & Record<string, unknown>;
  plugins?: RevealPlugin[];
  speakerNotes?: boolean;
}

export class FakeReveal {
  readonly config: RevealConfig & Record<string, unknown>;
  readonly keyBindings: { binding: unknown; callback: () => void }[] = [];
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
    };
    return api as RevealApi;
  }

  /** Fires a Reveal event, as Reveal does after it changed the DOM. */
  emit(type: string): void {
    for (const handler of this.handlers.get(type) ?? []) handler(new Event(type));
  }

  listens(type: string): boolean {
    return (this.handlers.get(type) ?? []).length > 0;
  }

  /** Starts a plugin as Reveal does: `init` with the API. */
  start(plugin: RevealPlugin): this {
    void plugin.init?.(this.api);
    return this;
  }
}

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
