// A .pptx read back for the tests: its slides, notes, relationships and properties as XML text, and
// what a reader of the slides would find in them (their text, shapes by name, pictures, links).
import JSZip from 'jszip';

export interface PptxFile {
  /** Each slide's XML, in order. */
  slides: string[];
  /** Each slide's notes XML, by slide (empty when it has none). */
  notes: string[];
  /** Each slide's relationships (links, pictures). */
  rels: string[];
  core: string;
  presentation: string;
  /** A file of the package, as bytes. */
  media(path: string): Promise<Uint8Array>;
}

const RE_SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/;

export async function openPptx(data: Uint8Array): Promise<PptxFile> {
  const zip = await JSZip.loadAsync(data);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const numbers = Object.keys(zip.files)
    .map((path) => Number(RE_SLIDE.exec(path)?.[1] ?? 0))
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const slides = await Promise.all(numbers.map((n) => read(`ppt/slides/slide${n}.xml`)));
  const rels = await Promise.all(numbers.map((n) => read(`ppt/slides/_rels/slide${n}.xml.rels`)));
  // A slide's notes are the notesSlide its relationships name.
  const notes = await Promise.all(
    rels.map((r) => {
      const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(r)?.[1];
      return target ? read(`ppt/notesSlides/${target}`) : '';
    }),
  );
  const media = async (path: string) => (await zip.file(path)?.async('uint8array')) ?? new Uint8Array();
  return { slides, notes, rels, core: await read('docProps/core.xml'), presentation: await read('ppt/presentation.xml'), media };
}

const fromXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph in a piece of slide XML, its runs joined. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map((p) => fromXml([...p[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')));
}

/** Every text shape (`<p:sp>` with text) of a slide, by the name the export gave it. */
export function textShapes(xml: string): { name: string; xml: string }[] {
  return [...xml.matchAll(/<p:sp>.*?<\/p:sp>/gs)]
    .map((m) => ({ name: fromXml(/<p:cNvPr id="\d+" name="([^"]*)"/.exec(m[0])?.[1] ?? ''), xml: m[0] }))
    .filter((shape) => shape.xml.includes('<a:t>'));
}

/** The paragraphs of the slide's shapes named `name`. */
export function shapeText(xml: string, name: string): string[][] {
  return textShapes(xml)
    .filter((shape) => shape.name === name)
    .map((shape) => paragraphs(shape.xml));
}

/** How many rectangles (not text) of a slide bear `name`. */
export function rects(xml: string, name: string): number {
  return [...xml.matchAll(/<p:sp>.*?<\/p:sp>/gs)].filter((m) => m[0].includes(`name="${name}"`) && !m[0].includes('<a:t>')).length;
}

/** The alt text of each picture on a slide. */
export function pictures(xml: string): string[] {
  return [...xml.matchAll(/<p:pic>.*?<\/p:pic>/gs)].map((m) => fromXml(/descr="([^"]*)"/.exec(m[0])?.[1] ?? ''));
}

/** The addresses a slide's text links to. */
export function links(xml: string, rels: string): string[] {
  return [...xml.matchAll(/<a:hlinkClick r:id="(rId\d+)"/g)].map((m) => fromXml(new RegExp(`Id="${m[1]}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? '?'));
}

/** The first solid fill colour of the slide's background. */
export function background(xml: string): string | undefined {
  return /<p:bg><p:bgPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/.exec(xml)?.[1];
}

/** Relative luminance of an RRGGBB colour (0 black, 1 white). */
export function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The paragraphs of a notes slide's notes (not its slide number). */
export function notesText(xml: string): string[] {
  return paragraphs(/<p:sp><p:nvSpPr><p:cNvPr id="\d+" name="Notes Placeholder[^"]*".*?<\/p:sp>/s.exec(xml)?.[0] ?? '');
}
