// The Vite plugin: a deck with errors fails `vite build` with the loader's formatted diagnostics.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { expect, it } from 'vitest';
import { siteConfig } from '../../src/vite/site-config.ts';

async function buildDeckAt(markdown: string) {
  const dir = await mkdtemp(join(tmpdir(), 'deck-vite-'));
  await mkdir(join(dir, 'slides'));
  await writeFile(join(dir, 'slides', '01-intro.md'), markdown);
  const config = siteConfig({ deckRoot: dir, outDir: join(dir, 'dist'), singleFile: false, socialCard: false, warn: false });
  return build({ ...config, configFile: false, logLevel: 'silent', build: { ...config.build, write: false } });
}

it('fails the build on a loader error, saying where', async () => {
  await expect(buildDeckAt('# A\n\n```yaml [7]\na: 1\n```\n')).rejects.toThrow(
    "slides/01-intro.md:3:10 error invalid-step: `7` is outside the block's 1 line(s)",
  );
}, 30_000);

it('builds a deck with warnings only', async () => {
  await expect(buildDeckAt('# A\n\n```klingon\nx\n```\n')).resolves.toBeDefined();
}, 30_000);

it('fails the build on a missing image, saying where it is referenced', async () => {
  await expect(buildDeckAt('# A\n\n![A box](images/nope.png)\n')).rejects.toThrow('slides/01-intro.md:3 error missing-file: `images/nope.png` does not exist');
}, 30_000);
