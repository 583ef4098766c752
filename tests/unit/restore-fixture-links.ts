// Stryker copies the project into a sandbox file by file: a symbolic link to nothing fails the copy
// (ENOENT) and a link out of the project arrives as a plain file. So stryker.config.mjs leaves the
// fixtures' links (tests/fixtures/links.json) out, and this global setup of vitest.mutation.config.ts
// makes them again in the sandbox. In a checkout they are committed and this changes nothing.
import { lstatSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** Each symbolic link committed under tests/fixtures (path from the repository's root), and its target. */
export const FIXTURE_LINKS: Record<string, string> = JSON.parse(readFileSync(join(root, 'tests/fixtures/links.json'), 'utf8'));

export default function restoreFixtureLinks(): void {
  for (const [path, target] of Object.entries(FIXTURE_LINKS)) {
    const file = join(root, path);
    try {
      lstatSync(file);
    } catch {
      symlinkSync(target, file);
    }
  }
}
