// Generated decks for the loader's scale figures: the talk's own slides repeated until a deck holds
// the asked number of slides (the front matter once, the images beside them).
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The front matter block a first file may open with (TOML `+++` or YAML `---`). */
const RE_FRONT_MATTER = /^(\+\+\+|---)\n[\s\S]*?\n\1\n/;
/** Slide breaks as the splitter sees them (outside code; the talk has none inside fences). */
const RE_BREAK = /^-{3,4}$/gm;

export function slidesIn(text: string): number {
  return (text.replace(RE_FRONT_MATTER, '').match(RE_BREAK)?.length ?? 0) + 1;
}

/** Writes `<dir>/slides/*.md` and `<dir>/images/` with about `count` slides; returns the count. */
export async function generateDeck(talkRoot: string, dir: string, count: number): Promise<number> {
  const names = (await readdir(join(talkRoot, 'slides'))).filter((n) => n.endsWith('.md')).sort();
  const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(talkRoot, 'slides', name), 'utf8') })));
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'slides'), { recursive: true });
  await cp(join(talkRoot, 'images'), join(dir, 'images'), { recursive: true });
  let written = 0;
  for (let copy = 0; written < count; copy++) {
    for (const file of files) {
      if (written >= count) break;
      const text = copy === 0 ? file.text : file.text.replace(RE_FRONT_MATTER, '');
      await writeFile(join(dir, 'slides', `${String(copy).padStart(5, '0')}-${file.name}`), text);
      written += slidesIn(text);
    }
  }
  return written;
}

const RE_THEME_LINE = /^(\s*)(?:custom_theme|theme)\s*=.*$/m;

/** The talk under another theme: its slides and images, the front matter's theme line set to `theme`. */
export async function themedDeck(talkRoot: string, dir: string, theme: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await cp(join(talkRoot, 'slides'), join(dir, 'slides'), { recursive: true });
  await cp(join(talkRoot, 'images'), join(dir, 'images'), { recursive: true });
  const first = (await readdir(join(dir, 'slides'))).filter((n) => n.endsWith('.md')).sort()[0];
  const file = join(dir, 'slides', first ?? '');
  const text = await readFile(file, 'utf8');
  const front = RE_FRONT_MATTER.exec(text)?.[0];
  const line = `theme = "${theme}"`;
  // A talk without front matter, or without a theme in it, gets one.
  const themed = !front
    ? `+++\n${line}\n+++\n${text}`
    : RE_THEME_LINE.test(front)
      ? text.replace(front, front.replace(RE_THEME_LINE, `$1${line}`))
      : text.replace(front, front.replace(/\n(\+\+\+|---)\n$/, `\n${front.startsWith('---') ? `theme: "${theme}"` : line}\n$1\n`));
  await writeFile(file, themed);
}
