// A reveal-md deck's own stylesheet as its theme (`theme: css/evo.css`) is what the built site is
// styled with, in the theme's place; one of our themes named by a path stays ours.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/vite/site-config.ts';

async function builtCss(theme: string, files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'theme-file-build-'));
  try {
    await mkdir(join(root, 'slides'));
    await writeFile(join(root, 'slides/01.md'), `---\ntitle: T\ntheme: ${theme}\n---\n# T\n`);
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), text);
    }
    const outDir = join(root, 'dist');
    await build({ ...siteConfig({ deckRoot: root, outDir, singleFile: false, socialCard: false, warn: false }), configFile: false, logLevel: 'silent' });
    const assets = join(outDir, 'assets');
    const css = (await readdir(assets)).filter((f) => f.endsWith('.css'));
    return (await Promise.all(css.map((f) => readFile(join(assets, f), 'utf8')))).join('\n');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe('a theme given as a stylesheet', () => {
  it("is the deck's own file, bundled in the theme's place", async () => {
    const css = await builtCss('css/evo.css', { 'css/evo.css': '.reveal h1 { color: rgb(200, 30, 60); }\n' });
    expect(css).toMatch(/#c81e3c|rgb\(200,\s*30,\s*60\)/);
    // Not white's rules on top: white's headings are #222.
    expect(css).not.toContain('--r-heading-color:#222');
  }, 60_000);

  it('naming one of our themes by a path, is that theme', async () => {
    const css = await builtCss('themes/black.css', {});
    expect(css).toContain('--r-background-color:#191919');
  }, 60_000);
});
