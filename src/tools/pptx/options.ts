// `npm run pptx` options: parsed once into a typed value; every mistake is one message, no stack.
import { type Parsed, parseToolArgs, portOf, type Tool } from '../cli.ts';

export interface PptxOptions {
  /** Folder holding the deck's `slides/` and `images/`. @default '.' */
  root: string;
  /** Where the file goes. @default `<root>/dist/<slug-of-title>.pptx` */
  output?: string;
  /** A slide per code step (as presented), or one per slide with every step's lines lit. @default true */
  steps: boolean;
  /** Port to serve the site on while reading it; 0 picks a free one. @default 0 */
  port: number;
  /** Seconds to wait for the print view to be ready. @default 30 */
  timeout: number;
  /** Build the site even when `dist/` looks up to date. @default false */
  rebuild: boolean;
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
    'no-steps': { type: 'boolean' },
    root: { type: 'string' },
    port: { type: 'string' },
    timeout: { type: 'string' },
    rebuild: { type: 'boolean' },
  },
  read(values) {
    const port = portOf(values.port);
    if (port === undefined) return { error: `--port must be a port number, not \`${values.port}\`` };
    const timeout = Number(values.timeout ?? 30);
    if (!(timeout > 0)) return { error: `--timeout must be a number of seconds, not \`${values.timeout}\`` };
    return {
      options: {
        root: typeof values.root === 'string' ? values.root : '.',
        ...(typeof values.out === 'string' ? { output: values.out } : {}),
        steps: !values['no-steps'],
        port,
        timeout,
        rebuild: values.rebuild === true,
      },
    };
  },
};

/** `npm run pptx`'s arguments, read. */
export function parsePptxArgs(args: string[]): Parsed<PptxOptions> {
  return parseToolArgs(PPTX_TOOL, args);
}
