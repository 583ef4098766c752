// tests/fixtures/links.json must name every symbolic link under tests/fixtures, or `npm run
// mutation`'s sandbox would copy one it cannot hold (see restore-fixture-links.ts). Read from the
// folder itself, not from git: a copy of the repository without its history runs this too.
import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { FIXTURE_LINKS } from './restore-fixture-links.ts';

it('links.json lists every symbolic link under tests/fixtures, with its target', () => {
  const links = readdirSync(join(REPO_ROOT, 'tests/fixtures'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => join(entry.parentPath, entry.name).slice(REPO_ROOT.length + 1));
  expect(Object.keys(FIXTURE_LINKS).sort()).toEqual(links.sort());
  for (const path of links) expect(FIXTURE_LINKS[path], path).toBe(readlinkSync(join(REPO_ROOT, path)));
});
