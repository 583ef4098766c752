// The themes a deck may name: the CSS files in our theme folders, then reveal.js's own themes.
// The Vite plugin and `npm run check` give this list to the loader's `unknown-theme` check.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const RE_CSS = /\.css$/;

/** Theme names (file names without `.css`) in `themeDirs` (relative to `root`) and reveal.js's `theme/`. */
export function themeNames(root: string, themeDirs: readonly string[]): string[] {
  const require = createRequire(import.meta.url);
  const reveal = dirname(require.resolve('reveal.js/theme/white.css'));
  const dirs = [...themeDirs.map((dir) => resolve(root, dir)), reveal];
  const names = dirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((name) => RE_CSS.test(name)) : []));
  return [...new Set(names.map((name) => name.replace(RE_CSS, '')))];
}
