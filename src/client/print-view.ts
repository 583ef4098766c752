// Reveal plugin for the print view (`?print-pdf`): every printed slide is readable by assistive
// technology (and so tagged in the PDF), and when steps are not printed one page each
// (`pdfSeparateFragments=false`) every code block shows the lines of all its steps at once. A tall
// block shows its highlighted rows; in the handout, the whole block where it can.
import type { RevealApi, RevealConfig, RevealPlugin } from 'reveal.js';
import { paperOf, READY_FLAG } from '../site/print-view.ts';
import { fitToPaper, scrollToHighlight } from './code-scroll.ts';
import { layoutHandout } from './handout.ts';
import { linkPages, markSlides, numberPages } from './print-pages.ts';

export function PrintView(): RevealPlugin {
  return {
    id: 'print-view',
    init(reveal: RevealApi) {
      // reveal.d.ts names this check `isPrintingPDF`, the code `isPrintView`: read the config instead.
      if (reveal.getConfig().view !== 'print') return;
      const slides = reveal.getSlidesElement();
      if (slides) markSlides(slides);
      reveal.on('pdf-ready', () => {
        const root = reveal.getRevealElement();
        if (!root) return;
        // Reveal leaves the slides that were not current hidden; in print every one is shown.
        root.querySelectorAll('.slides section').forEach((section) => {
          section.removeAttribute('hidden');
          section.removeAttribute('aria-hidden');
        });
        // `handout` is ours: Reveal copies every `?key=value` of the URL into its config.
        const config: RevealConfig & { handout?: unknown } = reveal.getConfig();
        if (config.pdfSeparateFragments === false) root.querySelectorAll('pre.code-wrapper').forEach(mergeSteps);
        const paper = paperOf(config.handout);
        if (paper) layoutHandout(root, paper);
        // After both: merged steps light other rows, and moving a slide onto its sheet resets its scroll.
        root.querySelectorAll<HTMLElement>('pre.code-wrapper > code').forEach(paper ? fitToPaper : scrollToHighlight);
        if (slides) {
          numberPages(slides);
          linkPages(slides);
        }
        document.documentElement.dataset[READY_FLAG] = 'true';
      });
    },
  };
}

/** The block's last step, the one on top, highlights every line any step highlights. */
function mergeSteps(pre: Element): void {
  const steps = [...pre.querySelectorAll(':scope > code')];
  if (steps.length < 2) return;
  const last = steps[steps.length - 1];
  const rows = (code: Element) => [...code.querySelectorAll(':scope > table > tbody > tr')];
  const highlighted = new Set(steps.flatMap((code) => rows(code).flatMap((row, i) => (row.classList.contains('highlight-line') ? [i] : []))));
  rows(last).forEach((row, i) => {
    row.classList.toggle('highlight-line', highlighted.has(i));
  });
  last.classList.toggle('has-highlights', highlighted.size > 0);
}
