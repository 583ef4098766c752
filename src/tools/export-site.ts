// What every export (pdf, pptx, images) does around its own work: the site built when stale and
// its deck.json read, paths shown short, and the output written with a one-line reason on failure.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { SiteManifest } from '../site/manifest.ts';
import { requireChromium } from './chromium.ts';
import { type Headless, startHeadless } from './pdf/headless.ts';
import { buildSite, readDeckToBuild, readManifest, siteIsStale } from './site.ts';
import { UserError } from './user-error.ts';

export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

/** Paths inside the current folder relative to it, others in full. */
export const shown = (path: string) => {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') ? near : path;
};

/**
 * The site in `<root>/dist`, built first when it is missing, older than its sources, or `rebuild`
 * asks; `say` prints each stage. A fresh site was built from these slides without errors: its
 * deck.json has all an export needs.
 */
export async function freshSite(root: string, rebuild: boolean, say: (message: string) => void): Promise<{ outDir: string; deck: SiteManifest }> {
  const outDir = join(root, 'dist');
  const at = performance.now();
  if (rebuild || siteIsStale(root, outDir)) {
    // The slides read and checked (their mistakes printed), then built from that one reading.
    const loaded = await readDeckToBuild(root, 'export again');
    say(`read ${loaded.deck.stacks.flat().length} slides from ${shown(join(root, 'slides'))}/ (${seconds(at)}); building the site …`);
    await buildSite(root, outDir, loaded);
    say(`built the site in ${shown(outDir)}/ (${seconds(at)})`);
  } else {
    say(`${shown(outDir)}/ is up to date with the slides and the engine`);
  }
  return { outDir, deck: readManifest(outDir) };
}

/**
 * Chromium, started at once so that it comes up while the site is checked (or built) and served.
 * A failed start is reported where the promise is awaited. `--timeout` is the slides' time to
 * load; a Chromium that has not started in 30 s never will.
 */
export function startChromium(): Promise<Headless> {
  const starting = requireChromium().then((path) => startHeadless(path, 30_000));
  starting.catch(() => undefined);
  return starting;
}

/** Writes a file, its folder made if need be; a path that cannot hold it is the user's to fix, in one line. */
export async function writeOutput(output: string, data: Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, data);
  } catch (error) {
    throw new UserError(`cannot write ${shown(output)}: ${writeError(error)}`);
  }
}

/** Why a file or folder could not be written, in the user's words. */
export function writeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file stands where its folder should be';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
