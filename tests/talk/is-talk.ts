// Whether slides/ still holds the talk this repository was written for. Its tests (this folder)
// check the talk's own slides, notes and diagrams; once slides/ holds another deck they are skipped,
// and the engine's tests (tests/unit, tests/browser, on fixture decks) still run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontMatter } from '../../src/deck/front-matter.ts';

export const TALK_TITLE = 'Gitlab Runners Docker-in-Docker Explained';
export const NOT_THE_TALK = `slides/ is not the talk "${TALK_TITLE}": its tests in tests/talk/ are skipped (delete that folder for a talk of your own)`;

/** True when the first file of slides/ names the talk's title in its front matter. */
export function slidesAreTheTalk(root = join(import.meta.dirname, '../..')): boolean {
  try {
    const [first] = readdirSync(join(root, 'slides'))
      .filter((f) => f.endsWith('.md'))
      .sort();
    if (!first) return false;
    const path = `slides/${first}`;
    return frontMatter({ path, text: readFileSync(join(root, path), 'utf8') }).config.title === TALK_TITLE;
  } catch {
    return false;
  }
}
