// After Chromium prints: the bookmarks and the document's metadata, written with pdf-lib
// (Chromium names only the title, and builds its outline from tagged headings, not slides).
import { type PDFDict, PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import type { Bookmark } from './outline.ts';

export interface PdfMetadata {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
}

export async function finishPdf(bytes: Uint8Array, metadata: PdfMetadata, marks: Bookmark[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  if (metadata.title) doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) doc.setAuthor(metadata.author);
  if (metadata.subject) doc.setSubject(metadata.subject);
  // One string, comma-separated: pdf-lib joins a list with spaces, which splits "GitLab CI".
  if (metadata.keywords?.length) doc.setKeywords([metadata.keywords.join(', ')]);
  doc.setCreator('npm run pdf (Reveal.js print view, Chromium)');
  doc.setModificationDate(new Date());
  if (marks.length > 0) addOutline(doc, marks);
  return doc.save();
}

/** The document outline as PDF 1.7 §12.3.3 lays it out: a linked list of items per level. */
function addOutline(doc: PDFDocument, marks: Bookmark[]): void {
  const pages = doc.getPages().map((page) => page.ref);
  const root = doc.context.nextRef();
  const { first, last, count } = addLevel(doc, pages, marks, root);
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: first, Last: last, Count: count }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  // Open the bookmarks panel when the file is opened.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function addLevel(doc: PDFDocument, pages: PDFRef[], marks: Bookmark[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } {
  const refs = marks.map(() => doc.context.nextRef());
  let count = marks.length;
  marks.forEach((mark, i) => {
    const page = pages[Math.min(mark.page, pages.length - 1)];
    const item: PDFDict = doc.context.obj({
      Title: PDFHexString.fromText(mark.title),
      Parent: parent,
      // Fit the page in the window: a bookmark shows the whole slide.
      Dest: [page, 'Fit'],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]);
    if (i < marks.length - 1) item.set(PDFName.of('Next'), refs[i + 1]);
    if (mark.children.length > 0) {
      const children = addLevel(doc, pages, mark.children, refs[i]);
      item.set(PDFName.of('First'), children.first);
      item.set(PDFName.of('Last'), children.last);
      // Positive: the stack's slides are shown open.
      item.set(PDFName.of('Count'), doc.context.obj(children.count));
      count += children.count;
    }
    doc.context.assign(refs[i], item);
  });
  return { first: refs[0], last: refs[refs.length - 1], count };
}
