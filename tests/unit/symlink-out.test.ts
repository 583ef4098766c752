// A deck must never publish a file from outside its project, however its images/ folder links
// there: a slide that names a link out fails the build at its line, and a link out that no slide
// names is neither copied nor inlined. The secret's text is looked for in every file written.
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { expect, it } from 'vitest';
import { siteConfig } from '../../src/vite/site-config.ts';

const SECRET = 'TOKEN-6f1d9c2e-never-published';
const BOX = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#c00"/></svg>';

/** A deck whose images/ holds a link to a secret outside it, a folder link out, and a real image. */
async function deckWithLinksOut(slide: string): Promise<string> {
  const outside = await mkdtemp(join(tmpdir(), 'deck-outside-'));
  await writeFile(join(outside, 'secret.png'), SECRET);
  await mkdir(join(outside, 'keys'));
  await writeFile(join(outside, 'keys', 'id.png'), SECRET);
  const dir = await mkdtemp(join(tmpdir(), 'deck-links-out-'));
  await mkdir(join(dir, 'slides'));
  await mkdir(join(dir, 'images'));
  await writeFile(join(dir, 'images', 'box.svg'), BOX);
  await symlink(join(outside, 'secret.png'), join(dir, 'images', 'leak.png'));
  await symlink(join(outside, 'keys'), join(dir, 'images', 'keys'));
  await writeFile(join(dir, 'slides', '01.md'), slide);
  return dir;
}

/** Every file under `dir` (none when it was never written). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function buildDeck(dir: string): Promise<string> {
  const outDir = join(dir, 'dist');
  await build({ ...siteConfig({ deckRoot: dir, outDir, socialCard: false }), configFile: false, logLevel: 'silent' });
  return outDir;
}

it('fails the build at the line that names a link out, and writes nothing of it', async () => {
  const dir = await deckWithLinksOut('# Leak\n\n![box](images/box.svg)\n\n![a secret](images/leak.png)\n\n![a key](images/keys/id.png)\n');
  await expect(buildDeck(dir)).rejects.toThrow(
    /slides\/01\.md:5 error outside-project: `images\/leak\.png` leads outside the project[\s\S]*slides\/01\.md:7 error outside-project: `images\/keys\/id\.png`/,
  );
  for (const file of await filesUnder(join(dir, 'dist'))) expect(await readFile(file, 'utf8'), file).not.toContain(SECRET);
});

it('publishes what the slides name inside the project, and no link out that sits beside it', async () => {
  const dir = await deckWithLinksOut('# Fine\n\n![box](images/box.svg)\n\n![the same box, by a detour](images/../images/box.svg)\n');
  const outDir = await buildDeck(dir);
  const written = await filesUnder(outDir);
  expect(written.map((f) => f.slice(outDir.length + 1)).filter((f) => f.startsWith('images/'))).toEqual(['images/box.svg']);
  // The single file is among them: it inlines the box, and nothing else from images/.
  expect(written.some((f) => f.endsWith('fine.html'))).toBe(true);
  for (const file of written) expect(await readFile(file, 'utf8'), file).not.toContain(SECRET);
});
