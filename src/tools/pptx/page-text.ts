// Runs inside the print view with read-slides.ts: an element's text as the runs and paragraphs of
// model.ts, in the fonts, sizes and colours the browser computed. Self-contained: its text is sent
// to the page and its result handed to readSlides there.
import type { GenericFamily, Paragraph, Run } from './model.ts';

export interface TextReader {
  /** Any CSS colour as RRGGBB; undefined when (nearly) transparent. */
  colour(css: string): string | undefined;
  /** The first family of a computed `font-family`, noting its generic family in `generic`. */
  font(style: CSSStyleDeclaration): string;
  generic: Map<string, GenericFamily>;
  /** Drawn: not hidden, not transparent (a fragment not yet shown is transparent). */
  shown(element: Element): boolean;
  px(value: string, fallback: number): number;
  /** Drawn only by the browser: taken as a picture. */
  isPicture(element: Element): boolean;
  /** Laid out as a block (a paragraph of its own). */
  isBlock(element: Element): boolean;
  runOf(text: string, element: Element): Run;
  /** The runs of an element's inline content; lists are skipped (their own paragraphs), pictures collected. */
  runsOf(element: Element, pictures: Element[], keepSpace: boolean): Run[];
  paragraph(element: Element, runs: Run[], extra?: Partial<Paragraph>): Paragraph;
  hasText(runs: Run[]): boolean;
}

export function textReader(): TextReader {
  const PICTURES = 'img, svg, canvas, video, iframe, object, embed, .katex-display';
  const BLOCK = /^(block|flex|grid|table|list-item|flow-root)/;
  const isPicture = (element: Element) => element.matches(PICTURES);
  const isBlock = (element: Element) => BLOCK.test(getComputedStyle(element).display);
  const GENERIC: Record<string, string> = {
    serif: 'Georgia',
    'sans-serif': 'Arial',
    monospace: 'Courier New',
    'system-ui': 'Arial',
    'ui-monospace': 'Courier New',
  };
  // Any CSS colour (rgb(), color(srgb …) from color-mix) to RRGGBB through one canvas pixel.
  const ink = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
  const colours = new Map<string, string | undefined>();
  const colour = (css: string): string | undefined => {
    if (!colours.has(css) && ink) {
      ink.clearRect(0, 0, 1, 1);
      ink.fillStyle = css;
      ink.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ink.getImageData(0, 0, 1, 1).data;
      colours.set(
        css,
        a < 8
          ? undefined
          : [r, g, b]
              .map((c) => c.toString(16).padStart(2, '0'))
              .join('')
              .toUpperCase(),
      );
    }
    return colours.get(css);
  };
  const generic = new Map<string, GenericFamily>();
  const font = (style: CSSStyleDeclaration): string => {
    const families = style.fontFamily.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
    const first = GENERIC[families[0] ?? ''] ?? (families[0] || 'Arial');
    // The list's last generic family says what to substitute when the first is not installed.
    const kind = families.find((f) => /^(serif|sans-serif|monospace|ui-monospace)$/.test(f));
    if (!generic.has(first)) generic.set(first, kind === 'serif' ? 'serif' : kind?.endsWith('monospace') ? 'monospace' : 'sans-serif');
    return first;
  };
  const shown = (element: Element): boolean => element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const px = (value: string, fallback: number): number => (Number.isFinite(Number.parseFloat(value)) ? Number.parseFloat(value) : fallback);
  const lineHeight = (style: CSSStyleDeclaration): number => px(style.lineHeight, px(style.fontSize, 16) * 1.2);
  const ALIGN: Record<string, Paragraph['align']> = { center: 'center', right: 'right', end: 'right', justify: 'justify' };

  const runOf = (text: string, element: Element): Run => {
    const s = getComputedStyle(element);
    const link = element.closest('a[href]')?.getAttribute('href') ?? '';
    const code = element.closest('code');
    // The letters as shown: a theme's `text-transform: uppercase` headings are capitals on the slide.
    const shownText =
      s.textTransform === 'uppercase'
        ? text.toUpperCase()
        : s.textTransform === 'lowercase'
          ? text.toLowerCase()
          : s.textTransform === 'capitalize'
            ? text.replace(/(^|\s)(\S)/g, (_, space: string, letter: string) => space + letter.toUpperCase())
            : text;
    const run: Run = { text: shownText, font: font(s), size: px(s.fontSize, 16), color: colour(s.color) ?? '000000' };
    if (Number(s.fontWeight) >= 600) run.bold = true;
    if (s.fontStyle !== 'normal') run.italic = true;
    if (s.textDecorationLine.includes('underline')) run.underline = true;
    if (element.closest('sup')) run.superscript = true;
    if (/^(https?|mailto):/.test(link)) run.link = link;
    const behind = code && !code.closest('pre') ? colour(getComputedStyle(code).backgroundColor) : undefined;
    if (behind) run.highlight = behind;
    return run;
  };

  const runsOf = (element: Element, pictures: Element[], keepSpace: boolean): Run[] => {
    const runs: Run[] = [];
    const visit = (node: Node) => {
      for (const child of node.childNodes) {
        if (child instanceof Text) {
          const text = keepSpace ? child.data : child.data.replace(/\s+/g, ' ');
          if (text && child.parentElement) runs.push(runOf(text, child.parentElement));
        } else if (child instanceof Element && shown(child)) {
          if (child.matches('ul, ol, .footnote-backref, aside.notes')) continue;
          if (isPicture(child)) pictures.push(child);
          else if (child.matches('br')) runs.push({ ...runOf('', child), breakAfter: true });
          // Inline math: its TeX, editable, in the code font (a picture would not flow with the text).
          else if (child.matches('.katex'))
            runs.push({ ...runOf(child.querySelector('annotation')?.textContent ?? child.textContent ?? '', child), font: 'Courier New' });
          else {
            // A block inside a list item (a loose list's <p>) continues the item on a new line.
            if (runs.length > 0 && isBlock(child)) runs[runs.length - 1].breakAfter = true;
            visit(child);
          }
        }
      }
    };
    visit(element);
    if (keepSpace) return runs.filter((r) => r.text !== '' || r.breakAfter);
    // Collapse white space across runs, as the browser does.
    runs.forEach((run, i) => {
      const before = runs[i - 1];
      if (run.text.startsWith(' ') && (!before || before.breakAfter || before.text.endsWith(' '))) run.text = run.text.slice(1);
      if (run.breakAfter && run.text.endsWith(' ')) run.text = run.text.slice(0, -1);
    });
    const kept = runs.filter((r) => r.text !== '' || r.breakAfter);
    while (kept.length > 0 && !kept[kept.length - 1].breakAfter && kept[kept.length - 1].text.trimEnd() === '') kept.pop();
    const last = kept[kept.length - 1];
    if (last) last.text = last.text.trimEnd();
    return kept;
  };

  const paragraph = (element: Element, runs: Run[], extra: Partial<Paragraph> = {}): Paragraph => {
    const s = getComputedStyle(element);
    return { runs, align: ALIGN[s.textAlign] ?? 'left', lineHeight: lineHeight(s), spaceBefore: 0, level: 0, ...extra };
  };
  const hasText = (runs: Run[]) => runs.some((r) => r.text.trim() !== '');

  return { colour, font, generic, shown, px, isPicture, isBlock, runOf, runsOf, paragraph, hasText };
}
