// The tools' one shell (build, check, pdf, pptx, images, the benchmark): options read with node:util's
// parseArgs, `--help`, and the exit code. 0: done. 1: a problem found, or a mistake the user can fix
// (one line, `name: message`, no stack). 2: a bad option.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { exitCode } from './user-error.ts';

/** What parseArgs read: a string for each option that takes a value, a boolean for each flag. */
export type OptionValues = Record<string, string | boolean | undefined>;

export interface Tool<T> {
  /** What the tool's messages start with: `pdf: …`. */
  name: string;
  help: string;
  /** Its options as parseArgs takes them; `--help`/`-h` is every tool's. */
  options: NonNullable<ParseArgsConfig['options']>;
  /** The tool's typed options from the values read, or what is wrong with them. */
  read(values: OptionValues): { options: T } | { error: string };
}

export type Parsed<T> = { help: true } | { options: T } | { error: string };

export function parseToolArgs<T>(tool: Tool<T>, args: string[]): Parsed<T> {
  let values: OptionValues;
  try {
    ({ values } = parseArgs({ args, strict: true, allowPositionals: false, options: { ...tool.options, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    return { error: `${optionError(error)} (see --help)` };
  }
  if (values.help) return { help: true };
  return tool.read(values);
}

/** parseArgs says how to pass a positional that starts with `-`; a misspelt option is what happened. */
function optionError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  return code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown ? `unknown option ${unknown[1]}` : message;
}

/** Runs the tool on the command line's arguments and sets the process's exit code; never exits itself. */
export async function runTool<T>(tool: Tool<T>, run: (options: T) => Promise<number>, args = process.argv.slice(2)): Promise<void> {
  const parsed = parseToolArgs(tool, args);
  if ('help' in parsed) {
    console.log(tool.help);
    process.exitCode = 0;
  } else if ('error' in parsed) {
    console.error(`${tool.name}: ${parsed.error}`);
    process.exitCode = 2;
  } else {
    process.exitCode = await exitCode(tool.name, run(parsed.options));
  }
}

/** A `--port` value: 0 (a free port) to 65535. */
export function portOf(value: string | boolean | undefined, fallback = 0): number | undefined {
  const port = Number(value ?? fallback);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : undefined;
}
