// Read stage: the only part of the loader that touches the file system.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { DeckSource } from './types.ts';

const RE_MARKDOWN = /\.md$/i;
const RE_CRLF = /\r\n?/g;

/** Reads `slides/*.md` in file-name order; text normalised to `\n` without a BOM. */
export async function readDeckSource(root: string, slidesDir = 'slides'): Promise<DeckSource> {
  const dir = join(root, slidesDir);
  const names = existsSync(dir) ? (await readdir(dir)).filter((n) => RE_MARKDOWN.test(n)).sort() : [];
  const files = await Promise.all(
    names.map(async (name) => ({
      path: relative(root, join(dir, name)).split('\\').join('/'),
      text: normalise(await readFile(join(dir, name), 'utf8')),
    })),
  );
  return { files };
}

export function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(RE_CRLF, '\n');
}
