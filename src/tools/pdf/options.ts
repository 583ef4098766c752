// `npm run pdf` options: parsed once into a typed value; every mistake is one message, no stack.

import { type Paper, paperOf } from '../../site/print-view.ts';
import { type Parsed, parseToolArgs, type Tool } from '../cli.ts';
import { EXPORT_ARGS, type ExportOptions, readExportOptions } from '../export-options.ts';

export interface PdfOptions extends ExportOptions {
  /** Where the PDF goes. @default `<root>/dist/<slug-of-title>.pdf` (`-notes.pdf` for a handout) */
  output?: string;
  /** A handout: each slide with its speaker notes beneath, on paper. @default false */
  notes: boolean;
  /** The handout's paper. @default 'a4' */
  paper: Paper;
}

export const HELP = `usage: npm run pdf -- [options]

Exports the deck to PDF with Chromium: builds the site when dist/ is missing or older than
slides/, images/, src/ or the config, serves it on a free port, prints its print view once,
then adds bookmarks (one per slide) and the title, author, subject and keywords of the front matter.

  -o, --output FILE   write the PDF here (default: dist/<slug-of-title>.pdf)
      --no-steps      one page per slide, each code block with the lines of all its steps lit
                      (default: one page per slide and one per code step, as presented)
      --notes         a handout: every slide with its speaker notes beneath it, on paper
                      (default file: dist/<slug-of-title>-notes.pdf)
      --paper SIZE    the handout's paper: a4 or letter (default: a4)
      --root DIR      the deck's folder, holding slides/ and images/ (default: .)
      --port N        serve the site on port N while printing (default: a free port)
      --timeout S     seconds to wait for the slides to load (default: 30)
      --rebuild       build the site even when dist/ is up to date
  -h, --help          show this help

Chromium: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium, else Playwright's own.`;

export const PDF_TOOL: Tool<PdfOptions> = {
  name: 'pdf',
  help: HELP,
  options: {
    output: { type: 'string', short: 'o' },
    notes: { type: 'boolean' },
    paper: { type: 'string' },
    ...EXPORT_ARGS,
  },
  read(values) {
    const paper = paperOf(values.paper ?? 'a4');
    if (!paper) return { error: `--paper must be a4 or letter, not \`${values.paper}\`` };
    const shared = readExportOptions(values);
    if ('error' in shared) return shared;
    return {
      options: {
        ...shared.options,
        ...(typeof values.output === 'string' ? { output: values.output } : {}),
        notes: values.notes === true,
        paper,
      },
    };
  },
};

/** `npm run pdf`'s arguments, read. */
export function parsePdfArgs(args: string[]): Parsed<PdfOptions> {
  return parseToolArgs(PDF_TOOL, args);
}
