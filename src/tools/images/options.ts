// `npm run images` options: parsed once into a typed value; every mistake is one message, no stack.
import { type Parsed, parseToolArgs, type Tool } from '../cli.ts';
import { EXPORT_ARGS, type ExportOptions, readExportOptions } from '../export-options.ts';

export interface ImagesOptions extends ExportOptions {
  /** Where the pictures go. @default `<root>/dist/slide-images` */
  out?: string;
  /** Pixels per CSS pixel: 2 draws a 1000×750 slide (and its margin) at 2080×1560. @default 1 */
  scale: number;
  /** Only this slide (1-based, as the pictures are numbered). */
  slide?: number;
}

export const HELP = `usage: npm run images -- [options]

A PNG of every slide and code step, as the deck prints them (its print view in Chromium), at the
deck's size and ratio, named by number and title: 03-why-docker-in-docker.png, and for a slide shown
in steps 05-1-gitlab-ci-services.png, 05-2-…. Builds the site first when dist/ is stale.

      --out DIR       write the pictures here (default: dist/slide-images/); its old NN-*.png go
      --no-steps      one picture per slide, each code block with the lines of all its steps lit
      --scale N       pixels per CSS pixel, up to 4 (default: 1; 2 for a sharp 4K picture)
      --slide N       only slide N, with its steps
      --root DIR      the deck's folder, holding slides/ and images/ (default: .)
      --port N        serve the site on port N while drawing (default: a free port)
      --timeout S     seconds to wait for the slides to load (default: 30)
      --rebuild       build the site even when dist/ is up to date
  -h, --help          show this help`;

export const IMAGES_TOOL: Tool<ImagesOptions> = {
  name: 'images',
  help: HELP,
  options: {
    out: { type: 'string', short: 'o' },
    scale: { type: 'string' },
    slide: { type: 'string' },
    ...EXPORT_ARGS,
  },
  read(values) {
    const scale = Number(values.scale ?? 1);
    if (!(scale > 0 && scale <= 4)) return { error: `--scale must be a number above 0 and at most 4, not \`${values.scale}\`` };
    const slide = values.slide === undefined ? undefined : Number(values.slide);
    if (slide !== undefined && !(Number.isInteger(slide) && slide > 0)) return { error: `--slide must be a slide number from 1, not \`${values.slide}\`` };
    const shared = readExportOptions(values);
    if ('error' in shared) return shared;
    return {
      options: {
        ...shared.options,
        ...(typeof values.out === 'string' ? { out: values.out } : {}),
        scale,
        ...(slide === undefined ? {} : { slide }),
      },
    };
  },
};

/** `npm run images`'s arguments, read. */
export function parseImagesArgs(args: string[]): Parsed<ImagesOptions> {
  return parseToolArgs(IMAGES_TOOL, args);
}
