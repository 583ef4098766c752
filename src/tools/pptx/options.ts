// `npm run pptx` options: parsed once into a typed value; every mistake is one message, no stack.
import { type Parsed, parseToolArgs, type Tool } from '../cli.ts';
import { EXPORT_ARGS, type ExportOptions, readExportOptions } from '../export-options.ts';

export interface PptxOptions extends ExportOptions {
  /** Where the file goes. @default `<root>/dist/<slug-of-title>.pptx` */
  output?: string;
}

export const HELP = `usage: npm run pptx -- [options]

Exports the deck to PowerPoint: builds the site when dist/ is missing or older than slides/,
images/, src/ or the config, opens its print view in Chromium and writes each slide (and each
code step) as editable text boxes, lists, tables and code where the browser draws them, pictures
for images, diagrams and display math, and the speaker notes in the notes pane.

  -o, --out FILE      write the file here (default: dist/<slug-of-title>.pptx)
      --no-steps      one slide per slide, each code block with the lines of all its steps lit
                      (default: one per slide and one per code step, as presented)
      --root DIR      the deck's folder, holding slides/ and images/ (default: .)
      --port N        serve the site on port N while reading it (default: a free port)
      --timeout S     seconds to wait for the slides to load (default: 30)
      --rebuild       build the site even when dist/ is up to date
  -h, --help          show this help

Chromium: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium, else Playwright's own.`;

export const PPTX_TOOL: Tool<PptxOptions> = {
  name: 'pptx',
  help: HELP,
  options: {
    out: { type: 'string', short: 'o' },
    ...EXPORT_ARGS,
  },
  read(values) {
    const shared = readExportOptions(values);
    if ('error' in shared) return shared;
    return { options: { ...shared.options, ...(typeof values.out === 'string' ? { output: values.out } : {}) } };
  },
};

/** `npm run pptx`'s arguments, read. */
export function parsePptxArgs(args: string[]): Parsed<PptxOptions> {
  return parseToolArgs(PPTX_TOOL, args);
}
