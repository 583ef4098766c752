// One page load and one print: open the deck's print view in Chromium, wait for what it needs
// (Reveal's layout, fonts, images), read how its pages map to slides, and print it.
import type CDP from 'chrome-remote-interface';
import { type PrintedPage, READ_PRINTED_PAGES } from '../../site/print-view.ts';
import { type CdpPrintViewRequest, openCdpPrintView } from '../print-view-cdp.ts';

export type PrintRequest = CdpPrintViewRequest;

export interface Printed {
  pdf: Uint8Array;
  pages: PrintedPage[];
  /** Problems the page showed (script errors, images that did not load). */
  problems: string[];
}

/** Chromium's print options: the page size from the print view's CSS (the slide and its margin, or the handout's paper). */
const PRINT = {
  preferCSSPageSize: true,
  printBackground: true,
  // Newer than the protocol types in @types/chrome-remote-interface; Chromium 123+ knows them.
  generateTaggedPDF: true,
  generateDocumentOutline: false,
};

export async function printDeck(client: CDP.Client, request: PrintRequest): Promise<Printed> {
  const { evaluate, problems } = await openCdpPrintView(client, request);
  const pages = await evaluate<PrintedPage[]>(READ_PRINTED_PAGES);
  const { data } = await client.Page.printToPDF(PRINT);
  return { pdf: Buffer.from(data, 'base64'), pages, problems };
}
