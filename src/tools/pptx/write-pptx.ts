// The model (model.ts) as a PowerPoint file with pptxgenjs: native text boxes, lists, tables and
// rectangles where the browser drew them, pictures for what only the browser can draw, the notes in
// the notes pane, and the document properties. Pure apart from pptxgenjs and its JSZip.
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { type Geometry, geometry } from './geometry.ts';
import type { DeckModel, GenericFamily, Paragraph, Run, SlideModel, TableShape, TextShape } from './model.ts';

type TextProps = PptxGenJS.TextProps;

/** The deck as the bytes of a `.pptx` file. */
export async function writePptx(deck: DeckModel): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  const g = geometry(deck.width, deck.height);
  pptx.defineLayout({ name: 'DECK', width: g.width, height: g.height });
  pptx.layout = 'DECK';
  const { title, author, subject } = deck.properties;
  if (title) pptx.title = title;
  if (author) pptx.author = author;
  if (subject) pptx.subject = subject;
  pptx.theme = { headFontFace: deck.fonts.heading, bodyFontFace: deck.fonts.body };
  for (const slide of deck.slides) addSlide(pptx, g, slide);
  // pptxgenjs types `write` for every output type; 'uint8array' gives one.
  const file = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finishPackage(file, deck.properties.keywords ?? [], deck.fonts.generic);
}

function addSlide(pptx: PptxGenJS, g: Geometry, model: SlideModel): void {
  const slide = pptx.addSlide();
  slide.background = model.backgroundPng ? { data: `image/png;base64,${Buffer.from(model.backgroundPng).toString('base64')}` } : { color: model.background };
  for (const shape of model.shapes) {
    if (shape.kind === 'rect') slide.addShape('rect', { ...g.place(shape.box), fill: { color: shape.fill }, line: { type: 'none' }, objectName: shape.role });
    else if (shape.kind === 'picture') {
      // A picture the export could not take is left out rather than drawn empty.
      if (shape.png) slide.addImage({ ...g.place(shape.box), data: `image/png;base64,${Buffer.from(shape.png).toString('base64')}`, altText: shape.alt });
    } else if (shape.kind === 'table') addTable(slide, g, shape);
    else addText(slide, g, shape);
  }
  if (model.notes.length > 0) slide.addNotes(model.notes.join('\n'));
}

function addText(slide: PptxGenJS.Slide, g: Geometry, shape: TextShape): void {
  slide.addText(textProps(g, shape.paragraphs), {
    ...g.place(shape.box),
    // The box is the element's content box: no inset, no autofit, top-aligned, as the browser lays it.
    margin: 0,
    valign: 'top',
    fit: 'none',
    wrap: !shape.nowrap,
    objectName: shape.role,
    ...(shape.fill ? { fill: { color: shape.fill } } : {}),
  });
}

function addTable(slide: PptxGenJS.Slide, g: Geometry, shape: TableShape): void {
  const side = (color: string | undefined): PptxGenJS.BorderProps => (color ? { type: 'solid', pt: 0.75, color } : { type: 'none' });
  const rows: PptxGenJS.TableRow[] = shape.rows.map((row) =>
    row.cells.map((cell) => ({
      text: textProps(g, cell.paragraphs),
      options: {
        valign: 'middle',
        // pptxgenjs 4 takes a cell's margins in inches, top, right, bottom, left.
        margin: cell.padding.map(g.inches) as [number, number, number, number],
        border: [side(cell.borders.top), side(cell.borders.right), side(cell.borders.bottom), side(cell.borders.left)],
        ...(cell.fill ? { fill: { color: cell.fill } } : {}),
      },
    })),
  );
  slide.addTable(rows, { ...g.place(shape.box), colW: shape.columns.map(g.inches), rowH: shape.rows.map((row) => g.inches(row.height)) });
}

/** Paragraphs as pptxgenjs text runs: a paragraph ends with `breakLine`, a `<br>` is a soft break. */
export function textProps(g: Geometry, paragraphs: Paragraph[]): TextProps[] {
  return paragraphs.flatMap((paragraph, p) => {
    const last = p === paragraphs.length - 1;
    const options = paragraphOptions(g, paragraph);
    // An empty line (code) is still a paragraph of its own height.
    const runs: Run[] = paragraph.runs.length > 0 ? paragraph.runs : [{ text: '', font: 'Arial', size: paragraph.lineHeight / 1.2, color: '000000' }];
    return runs.map(
      (run, i): TextProps => ({
        text: run.text,
        options: {
          ...options,
          ...runOptions(g, run),
          ...(i > 0 && runs[i - 1].breakAfter ? { softBreakBefore: true } : {}),
          ...(i === runs.length - 1 && !last ? { breakLine: true } : {}),
        },
      }),
    );
  });
}

function paragraphOptions(g: Geometry, paragraph: Paragraph): PptxGenJS.TextPropsOptions {
  const indent = g.points(paragraph.indent ?? 0);
  const bullet: PptxGenJS.TextPropsOptions['bullet'] =
    paragraph.bullet?.type === 'number'
      ? { type: 'number', numberType: 'arabicPeriod', numberStartAt: paragraph.bullet.start, indent }
      : paragraph.bullet
        ? { indent, ...(paragraph.marker ? { characterCode: paragraph.marker.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') } : {}) }
        : false;
  return {
    align: paragraph.align,
    lineSpacing: g.points(paragraph.lineHeight),
    paraSpaceBefore: g.points(paragraph.spaceBefore),
    bullet,
    ...(paragraph.level > 0 ? { indentLevel: paragraph.level } : {}),
  };
}

function runOptions(g: Geometry, run: Run): PptxGenJS.TextPropsOptions {
  return {
    fontFace: run.font,
    fontSize: g.points(run.size),
    color: run.color,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italic: true } : {}),
    ...(run.underline ? { underline: { style: 'sng' } } : {}),
    ...(run.superscript ? { superscript: true } : {}),
    ...(run.link ? { hyperlink: { url: run.link } } : {}),
    ...(run.highlight ? { highlight: run.highlight } : {}),
  };
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/** OOXML's pitch-and-family byte for each kind of font (roman, swiss, modern fixed-pitch). */
const PITCH_FAMILY: Record<GenericFamily, number> = { serif: 18, 'sans-serif': 34, monospace: 49 };
const RE_SLIDE_XML = /^ppt\/slides\/slide\d+\.xml$/;
const RE_NOTES_XML = /^ppt\/notesSlides\/notesSlide\d+\.xml$/;
const RE_PARAGRAPH = /<a:p>(.*?)<\/a:p>/gs;
/** pptxgenjs writes a slide's notes as one run, its lines joined by newlines. */
const RE_NOTES_RUN = /<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*\n[^<]*)<\/a:t><\/a:r>(?:<a:endParaRPr[^>]*\/>)?<\/a:p>/g;

/** Notes written as one run with newlines, as a paragraph a line, as PowerPoint writes them. */
export function notesParagraphs(xml: string): string {
  return xml.replace(RE_NOTES_RUN, (_, props: string, text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => (line ? `<a:p><a:r>${props}<a:t>${line}</a:t></a:r></a:p>` : '<a:p/>'))
      .join(''),
  );
}
const RE_PARAGRAPH_PROPS = /<a:pPr\b[^>]*?(?:\/>|>.*?<\/a:pPr>)/gs;

/**
 * pptxgenjs writes paragraph properties before every run, not only the first (any run without a
 * bullet gets `<a:pPr indent="0" marL="0"><a:buNone/>`); the OOXML schema allows one, first
 * (`a:p` is `pPr?, (r | br | fld)*, endParaRPr?`). Keeps each paragraph's first.
 */
export function oneParagraphProps(xml: string): string {
  return xml.replace(RE_PARAGRAPH, (_, body: string) => {
    let seen = false;
    const kept = body.replace(RE_PARAGRAPH_PROPS, (props, offset: number) => {
      const first = !seen && offset === 0;
      seen = true;
      return first ? props : '';
    });
    return `<a:p>${kept}</a:p>`;
  });
}

/**
 * What pptxgenjs cannot say, written into its package: the keywords (docProps/core.xml), each
 * font's kind where it names every font a swiss one (`pitchFamily="34"`), so that a machine without
 * JetBrains Mono substitutes a fixed-pitch font and code keeps its columns, one set of
 * paragraph properties a paragraph, and the notes a paragraph a line.
 */
async function finishPackage(file: Uint8Array, keywords: string[], generic: Record<string, GenericFamily>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (core && keywords.length > 0)
    zip.file('docProps/core.xml', core.replace('</cp:coreProperties>', `<cp:keywords>${escapeXml(keywords.join(', '))}</cp:keywords></cp:coreProperties>`));
  for (const name of Object.keys(zip.files).filter((path) => RE_NOTES_XML.test(path))) {
    const xml = await zip.file(name)?.async('string');
    if (xml) zip.file(name, notesParagraphs(xml));
  }
  for (const name of Object.keys(zip.files).filter((path) => RE_SLIDE_XML.test(path))) {
    const xml = await zip.file(name)?.async('string');
    if (!xml) continue;
    zip.file(
      name,
      oneParagraphProps(xml).replace(/typeface="([^"]*)" pitchFamily="34"/g, (all, face: string) => {
        const kind = generic[face.replace(/&quot;/g, '"').replace(/&amp;/g, '&')];
        return kind ? `typeface="${face}" pitchFamily="${PITCH_FAMILY[kind]}"` : all;
      }),
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
