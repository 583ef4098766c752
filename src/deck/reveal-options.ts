// The names of Reveal's options, read from reveal.js's own `dist/config.d.ts` (its `RevealConfig`
// interface), so a newer reveal.js brings its new options. Beside `read.ts`: it touches the disk.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A top-level member of the interface: four spaces of indent, a name, `?:` or `:`. */
const RE_MEMBER = /^ {4}([A-Za-z]\w*)\??:/;
const RE_INTERFACE_START = /^interface RevealConfig \{/;
/** Options the notes plugin's speaker view reads from the same config (pacing), not in RevealConfig. */
const PLUGIN_OPTIONS = ['totalTime', 'minimumTimePerSlide'];

let cached: string[] | undefined;

/** Every option Reveal (and its notes plugin) reads, camelCase. */
export function revealOptionNames(): string[] {
  cached ??= read();
  return cached;
}

function read(): string[] {
  const require = createRequire(import.meta.url);
  const dts = join(dirname(require.resolve('reveal.js')), 'config.d.ts');
  const lines = readFileSync(dts, 'utf8').split('\n');
  const start = lines.findIndex((line) => RE_INTERFACE_START.test(line));
  const end = lines.indexOf('}', start);
  const names = lines
    .slice(start + 1, end)
    .map((line) => RE_MEMBER.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
  return [...names, ...PLUGIN_OPTIONS];
}
