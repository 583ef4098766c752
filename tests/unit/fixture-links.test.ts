// tests/fixtures/links.json must name every symbolic link committed under tests/fixtures, or
// `npm run mutation`'s sandbox would copy one it cannot hold (see restore-fixture-links.ts).
import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { FIXTURE_LINKS } from './restore-fixture-links.ts';

it('links.json lists every symbolic link committed under tests/fixtures, with its target', () => {
  const staged = execFileSync('git', ['ls-files', '-s', 'tests/fixtures'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const links = staged
    .split('\n')
    .filter((line) => line.startsWith('120000 '))
    .map((line) => line.split('\t')[1]);
  expect(Object.keys(FIXTURE_LINKS).sort()).toEqual(links.sort());
  for (const path of links) expect(FIXTURE_LINKS[path], path).toBe(readlinkSync(join(REPO_ROOT, path)));
});
