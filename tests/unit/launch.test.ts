// The tools' launcher (src/tools/launch.mjs): a tool runs from a bundle made once, each module still
// knows where its file is, the tool gets its arguments, and a changed source makes the bundle again.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/repo-root.ts';

const CACHE = join(REPO_ROOT, 'node_modules/.cache/deck-tools');
const dir = mkdtempSync(join(tmpdir(), 'deck-launch-'));
const tool = join(dir, 'tool.ts');
const lib = join(dir, 'lib/where.ts');
// The launcher names a tool's bundle after its path; this one's are removed after.
const cached = () => (existsSync(CACHE) ? readdirSync(CACHE).filter((f) => f.includes(dir.split('/').pop() ?? '-')) : []);

afterAll(() => {
  for (const file of cached()) rmSync(join(CACHE, file));
  rmSync(dir, { recursive: true, force: true });
});

const launch = (...args: string[]) =>
  JSON.parse(execFileSync(process.execPath, [join(REPO_ROOT, 'src/tools/launch.mjs'), tool, ...args], { cwd: REPO_ROOT, encoding: 'utf8' }));

it('runs a tool from a bundle kept between runs, made again when a file of it changes', () => {
  mkdirSync(join(dir, 'lib'));
  const typed: string = 'a type the bundle strips';
  writeFileSync(
    lib,
    `export const where = (): string => import.meta.dirname;\nexport const file = import.meta.url;\nexport const VALUE: string = ${JSON.stringify(typed)};\n`,
  );
  writeFileSync(
    tool,
    `import { file, VALUE, where } from './lib/where.ts';\nconsole.log(JSON.stringify({ tool: import.meta.filename, lib: where(), file, args: process.argv.slice(2), value: VALUE }));\n`,
  );

  expect(launch('--root', 'x')).toEqual({ tool, lib: join(dir, 'lib'), file: `file://${lib}`, args: ['--root', 'x'], value: typed });
  const [bundle] = cached().filter((f) => f.endsWith('.mjs'));
  expect(bundle).toBeDefined();

  // The next run takes the bundle as it is: a line written into it shows, so it was not made again.
  writeFileSync(join(CACHE, bundle), `console.log(JSON.stringify({ from: 'the kept bundle' }));\n`);
  expect(launch()).toEqual({ from: 'the kept bundle' });

  // A module the tool imports changes: the bundle is made again with it.
  writeFileSync(lib, `export const where = () => 'moved';\nexport const file = '';\nexport const VALUE = 'changed';\n`);
  expect(launch()).toEqual({ tool, lib: 'moved', file: '', args: [], value: 'changed' });
});
