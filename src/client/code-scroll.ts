// Reveal plugin: keeps a code step's highlighted lines in view inside a scrolling block,
// on every step change and in print (each step's `<code>` is scrolled to its own lines).
import type { RevealApi, RevealPlugin } from 'reveal.js';

/** The step a reader sees: the last `<code>` that is not a hidden fragment. */
function shownStep(pre: Element): HTMLElement | undefined {
  const steps = [...pre.querySelectorAll<HTMLElement>(':scope > code')];
  return steps.filter((c) => !c.classList.contains('fragment') || c.classList.contains('visible')).pop();
}

/**
 * Centres the step's highlighted rows in its scroll box; rows that span more than the box (lines 2
 * and 28 lit at once, as a PDF without steps shows them) show from the first, not the unlit middle.
 */
export function scrollToHighlight(code: HTMLElement): void {
  const rows = code.querySelectorAll<HTMLElement>('tr.highlight-line');
  // A block that fits does not scroll: the browser keeps its scrollTop at 0 whatever is asked.
  if (rows.length === 0) return;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const span = last.offsetTop + last.offsetHeight - first.offsetTop;
  const middle = (first.offsetTop + last.offsetTop + last.offsetHeight) / 2;
  // The browser keeps scrollTop within the block: near either end the rows show as far as they can.
  code.scrollTop = span > code.clientHeight ? first.offsetTop - first.offsetHeight : middle - code.clientHeight / 2;
}

/** Paper cannot scroll: a block up to two and a half times its box is shown whole, smaller; a longer one at its highlighted rows. */
export function fitToPaper(code: HTMLElement): void {
  const ratio = code.clientHeight / code.scrollHeight;
  if (ratio >= 1) return;
  if (ratio >= 0.4) {
    code.style.maxHeight = 'none';
    code.style.zoom = String(ratio);
  } else scrollToHighlight(code);
}

export function CodeScroll(): RevealPlugin {
  return {
    id: 'code-scroll',
    init(reveal: RevealApi) {
      const update = () => {
        const slide = reveal.getCurrentSlide();
        slide?.querySelectorAll('pre.code-wrapper').forEach((pre) => {
          const code = shownStep(pre);
          if (code) scrollToHighlight(code);
        });
      };
      for (const event of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(event, update);
      reveal.on('pdf-ready', () => {
        reveal.getRevealElement()?.querySelectorAll<HTMLElement>('pre.code-wrapper > code').forEach(scrollToHighlight);
      });
    },
  };
}
