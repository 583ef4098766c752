// Reading a PDF as its reader would: pages, text per page (poppler), outline, links and metadata
// (pdf.js), and where a page's highlighted code rows are (the page rendered by poppler).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Bookmark {
  title: string;
  /** 1-based page it opens. */
  page: number;
  children: Bookmark[];
}

export interface PdfLink {
  /** 1-based page the link is on. */
  page: number;
  url?: string;
  /** 1-based page an in-document link jumps to. */
  target?: number;
}

export async function openPdf(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
}

/** Each page's text as `pdftotext` gives it, white space collapsed to single spaces. */
export function pageTexts(file: string, pages: number): string[] {
  // One run for all pages: pdftotext ends each page with a form feed.
  const text = execFileSync('pdftotext', ['-f', '1', '-l', String(pages), file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, pages)
    .map((page) => page.replace(/\s+/g, ' ').trim());
}

/** Page size in points, from `pdfinfo`. */
export function pageSize(file: string): { width: number; height: number } {
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' })) ?? [];
  return { width: Number(width), height: Number(height) };
}

/** Fonts as `pdffonts` lists them: name and whether each is embedded. */
export function fonts(file: string): { name: string; embedded: boolean }[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      // The columns after the name: type (1–2 words), encoding, emb, sub, uni, object, id.
      return { name: cells[0], embedded: cells[cells.length - 5] === 'yes' };
    });
}

async function pageOf(doc: PDFDocumentProxy, dest: unknown): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!Array.isArray(explicit) || !explicit[0]) return undefined;
  return (await doc.getPageIndex(explicit[0])) + 1;
}

export async function outline(doc: PDFDocumentProxy): Promise<Bookmark[]> {
  type Item = { title: string; dest: unknown; items: Item[] };
  const walk = async (items: Item[]): Promise<Bookmark[]> =>
    Promise.all(
      items.map(async (item) => ({
        title: item.title,
        page: (await pageOf(doc, item.dest)) ?? 0,
        children: await walk(item.items),
      })),
    );
  return walk(((await doc.getOutline()) ?? []) as Item[]);
}

export async function links(doc: PDFDocumentProxy): Promise<PdfLink[]> {
  const found: PdfLink[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const annotations = await (await doc.getPage(n)).getAnnotations();
    for (const a of annotations.filter((x) => x.subtype === 'Link')) {
      const target = a.dest ? await pageOf(doc, a.dest) : undefined;
      found.push({ page: n, ...(a.url ? { url: a.url as string } : {}), ...(target ? { target } : {}) });
    }
  }
  return found;
}

/**
 * The words on a page that sit on rows painted in `band` (the code theme's highlighted-row colour):
 * the page rendered at 72 dpi (1 px = 1 pt) by pdftoppm, its rows of that colour matched to
 * the words pdftotext places there.
 */
export function wordsOnBand(file: string, page: number, band: [number, number, number]): string[] {
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 });
  const { width, height, pixels } = parsePpm(ppm);
  // A row of the band: a tenth of the page's width or more in its colour (text interrupts it).
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    let count = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      if (Math.abs(pixels[i] - band[0]) + Math.abs(pixels[i + 1] - band[1]) + Math.abs(pixels[i + 2] - band[2]) <= 6) count++;
    }
    if (count >= width / 10) rows.push(y);
  }
  // No band on the page: no word can be on it (and pdftotext need not run).
  if (rows.length === 0) return [];
  const lines = new Map<number, string[]>();
  for (const word of wordBoxes(file, page)) {
    if (!rows.includes(Math.round((word.yMin + word.yMax) / 2))) continue;
    const line = Math.round(word.yMin);
    lines.set(line, [...(lines.get(line) ?? []), word.text]);
  }
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line.join(' '));
}

/** Words with their boxes in points, from `pdftotext -bbox` (XHTML, read with an HTML parser). */
function wordBoxes(file: string, page: number): { text: string; yMin: number; yMax: number }[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  const words: { text: string; yMin: number; yMax: number }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'word') words.push({ text: '', yMin: Number(attributes.ymin), yMax: Number(attributes.ymax) });
      },
      ontext(text) {
        const last = words[words.length - 1];
        if (last) last.text += text;
      },
      onclosetag(name) {
        // Text between words (new lines) belongs to none of them.
        if (name === 'word') words.push({ text: '', yMin: Number.NaN, yMax: Number.NaN });
      },
    },
    { decodeEntities: true },
  );
  parser.end(xhtml);
  return words.filter((w) => w.text.trim() !== '' && !Number.isNaN(w.yMin));
}

function parsePpm(data: Buffer): { width: number; height: number; pixels: Buffer } {
  // P6 header: magic, width, height, max value, each followed by white space.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not give a P6 image');
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}
