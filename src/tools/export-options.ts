// The options every export (pdf, pptx, images) takes, read one way: the deck's folder, a page per
// step or per slide, the port to serve on, how long to wait for the slides, and a forced rebuild.
// Each tool adds its own options and words its own help.
import type { ParseArgsConfig } from 'node:util';
import { type OptionValues, portOf } from './cli.ts';

export interface ExportOptions {
  /** Folder holding the deck's `slides/` and `images/`. @default '.' */
  root: string;
  /** A page (slide, picture) per code step, as presented, or one per slide with every step's lines lit. @default true */
  steps: boolean;
  /** Port to serve the site on while reading it; 0 picks a free one. @default 0 */
  port: number;
  /** Seconds to wait for the print view to be ready. @default 30 */
  timeout: number;
  /** Build the site even when `dist/` looks up to date. @default false */
  rebuild: boolean;
}

/** The shared options as parseArgs takes them. */
export const EXPORT_ARGS = {
  'no-steps': { type: 'boolean' },
  root: { type: 'string' },
  port: { type: 'string' },
  timeout: { type: 'string' },
  rebuild: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The shared options from the values read, or what is wrong with them. */
export function readExportOptions(values: OptionValues): { options: ExportOptions } | { error: string } {
  const port = portOf(values.port);
  if (port === undefined) return { error: `--port must be a port number, not \`${values.port}\`` };
  const timeout = Number(values.timeout ?? 30);
  if (!(timeout > 0)) return { error: `--timeout must be a number of seconds, not \`${values.timeout}\`` };
  return {
    options: {
      root: typeof values.root === 'string' ? values.root : '.',
      steps: !values['no-steps'],
      port,
      timeout,
      rebuild: values.rebuild === true,
    },
  };
}
