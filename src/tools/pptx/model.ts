// What the PowerPoint export reads from the print view (read-slides.ts, in the page) and writes
// (write-pptx.ts): each printed page as shapes placed in CSS pixels from the page's top-left corner,
// with the colours, fonts and sizes the browser computed. Colours are `RRGGBB`.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A stretch of text in one style. */
export interface Run {
  text: string;
  /** The first family of the computed `font-family` (a generic one mapped to a common font). */
  font: string;
  /** px */
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  superscript?: boolean;
  /** An address the run links to (off the deck; links between slides are dropped). */
  link?: string;
  /** A line break (`<br>`) after the run. */
  breakAfter?: boolean;
  /** Behind inline code: its background. */
  highlight?: string;
}

export interface Paragraph {
  runs: Run[];
  align: 'left' | 'center' | 'right' | 'justify';
  /** px, the computed `line-height`. */
  lineHeight: number;
  /** px of space above the paragraph, from the one before. */
  spaceBefore: number;
  /** A list item's marker; `level` counts the lists around it (0: the outermost). */
  bullet?: { type: 'bullet' } | { type: 'number'; start: number };
  level: number;
  /** px between a level's marker and its text. */
  indent?: number;
  /** The marker's character for a bullet (`•`, `◦`, `▪`), from the list's `list-style-type`. */
  marker?: string;
}

export interface TextShape {
  kind: 'text';
  box: Box;
  paragraphs: Paragraph[];
  fill?: string;
  /** What the shape is, for its name in PowerPoint's selection pane (`heading`, `list`, `code`…). */
  role: string;
  /** One line that must stay one (a slide number): a wider substitute font must not wrap it. */
  nowrap?: boolean;
}

export interface TableCell {
  paragraphs: Paragraph[];
  fill?: string;
  /** Each side's colour where the cell has a border (themes rule rows, not columns). */
  borders: { top?: string; right?: string; bottom?: string; left?: string };
  /** px: top, right, bottom, left. */
  padding: [number, number, number, number];
}

export interface TableShape {
  kind: 'table';
  box: Box;
  /** px widths of the columns. */
  columns: number[];
  rows: { height: number; cells: TableCell[] }[];
}

/** Drawn by the browser and taken as a picture: images, diagrams, display math. */
export interface PictureShape {
  kind: 'picture';
  box: Box;
  alt: string;
  /** PNG, filled in by the export from a screenshot of the box. */
  png?: Uint8Array;
}

/** A filled rectangle: a code block's background, a highlighted line's band, a rule. */
export interface RectShape {
  kind: 'rect';
  box: Box;
  fill: string;
  role: string;
}

export type GenericFamily = 'serif' | 'sans-serif' | 'monospace';

export type Shape = TextShape | TableShape | PictureShape | RectShape;

export interface SlideModel {
  /** `h/v` and the code step, as the print view marks the page. */
  slide: string;
  step: number;
  /** Where the page is in the print view's document (px), to take its pictures. */
  origin: { x: number; y: number };
  background: string;
  /**
   * The slide's background is drawn, not a plain colour (`data-background-image`, a gradient): it is
   * taken as a picture of the page with its content hidden, `backgroundPng`, filled in by the export.
   */
  drawnBackground?: boolean;
  backgroundPng?: Uint8Array;
  shapes: Shape[];
  /** The speaker notes as lines of text, list items marked `• ` and indented by level. */
  notes: string[];
}

export interface DeckModel {
  /** The printed page's size in px (the slide and Reveal's margin): the PowerPoint slide's. */
  width: number;
  height: number;
  slides: SlideModel[];
  /**
   * The theme's heading and body fonts (first families), for the PowerPoint theme, and each font's
   * generic family: where the font is missing, PowerPoint and LibreOffice substitute one of that kind.
   */
  fonts: { heading: string; body: string; generic: Record<string, GenericFamily> };
  properties: { title?: string; author?: string; subject?: string; keywords?: string[] };
}

/** What the page-side reader returns; the export adds the document properties. */
export type PageReading = Omit<DeckModel, 'properties'>;
