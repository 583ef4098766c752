// `npm run pdf` options: parsed once into a typed value; every mistake is one message, no stack.

import { type Paper, paperOf } from '../../site/print-view.ts';
import { type Parsed, parseToolArgs, portOf, type Tool } from '../cli.ts';

export interface PdfOptions {
  /** Folder holding the deck's `slides/` and `images/`. @default '.' */
  root: string;
  /** Where the PDF goes. @default `<root>/dist/<slug-of-title>.pdf` (`-notes.pdf` for a handout) */
  output?: string;
  /** One page per code step (as the talk was exported), or one per slide with every step's lines lit. @default true */
  steps: boolean;
  /** A handout: each slide with its speaker notes beneath, on paper. @default false */
  notes: boolean;
  /** The handout's paper. @default 'a4' */
  paper: Paper;
  /** Port to serve the site on while printing; 0 picks a free one. @default 0 */
  port: number;
  /** Seconds to wait for the print view to be ready. @default 30 */
  timeout: number;
  /** Build the site even when `dist/` looks up to date. @default false */
  rebuild: boolean;
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
    'no-steps': { type: 'boolean' },
    notes: { type: 'boolean' },
    paper: { type: 'string' },
    root: { type: 'string' },
    port: { type: 'string' },
    timeout: { type: 'string' },
    rebuild: { type: 'boolean' },
  },
  read(values) {
    const paper = paperOf(values.paper ?? 'a4');
    if (!paper) return { error: `--paper must be a4 or letter, not \`${values.paper}\`` };
    const port = portOf(values.port);
    if (port === undefined) return { error: `--port must be a port number, not \`${values.port}\`` };
    const timeout = Number(values.timeout ?? 30);
    if (!(timeout > 0)) return { error: `--timeout must be a number of seconds, not \`${values.timeout}\`` };
    return {
      options: {
        root: typeof values.root === 'string' ? values.root : '.',
        ...(typeof values.output === 'string' ? { output: values.output } : {}),
        steps: !values['no-steps'],
        notes: values.notes === true,
        paper,
        port,
        timeout,
        rebuild: values.rebuild === true,
      },
    };
  },
};

/** `npm run pdf`'s arguments, read. */
export function parsePdfArgs(args: string[]): Parsed<PdfOptions> {
  return parseToolArgs(PDF_TOOL, args);
}
