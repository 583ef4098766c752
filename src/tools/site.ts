// The built site for tools: is `dist/` older than what it is built from, and building it again.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult } from '../deck/types.ts';
import { REPO_ROOT } from '../repo-root.ts';
import { MANIFEST_FILE, parseManifest, type SiteManifest } from '../site/manifest.ts';
import { UserError } from './user-error.ts';

/** What the site is built from: the deck's folders, and the engine's sources and config. */
function sources(deckRoot: string): string[] {
  // Not src/tools: the tools read the site, nothing of them is in it.
  const src = readdirSync(join(REPO_ROOT, 'src'))
    .filter((name) => name !== 'tools')
    .map((name) => join('src', name));
  const engine = [...src, 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'].map((p) => join(REPO_ROOT, p));
  return [join(deckRoot, 'slides'), join(deckRoot, 'images'), ...engine];
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** True when `outDir` has no site (or one built before sites carried `deck.json`), or any source changed after it was built. */
export function siteIsStale(deckRoot: string, outDir: string): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index) || !existsSync(join(outDir, MANIFEST_FILE))) return true;
  const built = statSync(index).mtimeMs;
  return sources(deckRoot).some((path) => newest(path) > built);
}

/** What the built site in `outDir` says of its deck (`deck.json`, written by the build). */
export function readManifest(outDir: string): SiteManifest {
  const file = join(outDir, MANIFEST_FILE);
  if (!existsSync(file)) throw new UserError(`${file} is missing: build the site again (npm run build)`);
  const manifest = parseManifest(readFileSync(file, 'utf8'));
  if ('error' in manifest) throw new UserError(`${file} ${manifest.error}: build the site again (npm run build)`);
  return manifest;
}

/**
 * Reads the deck under `deckRoot` to build it, printing its problems; a deck with errors stops
 * there (`then` says what to do after fixing them, e.g. `export again`).
 */
export async function readDeckToBuild(deckRoot: string, then: string): Promise<LoadResult> {
  // The loader loads only here: a tool on a fresh site starts without it (and its parsers load only
  // when its cache misses).
  const [{ formatDiagnostic, hasErrors }, { loadDeck }, { themeNames }] = await Promise.all([
    import('../deck/diagnostics.ts'),
    import('../deck/load-deck.ts'),
    import('../themes/index.ts'),
  ]);
  const loaded = await loadDeck(deckRoot, 'slides', themeNames());
  for (const d of loaded.diagnostics) console.error(formatDiagnostic(d));
  if (hasErrors(loaded.diagnostics)) throw new UserError(`the deck has errors (above): fix them, then ${then}`);
  return loaded;
}

/** Builds the deck under `deckRoot` into `outDir`; a deck's errors come back as one message. `loaded`: the deck, when the caller has read it already. */
export async function buildSite(deckRoot: string, outDir: string, loaded?: LoadResult): Promise<void> {
  // Loaded only to build: Vite and the site's plugins cost `npm run pdf` a second when dist/ is fresh.
  const [{ build }, { siteConfig }] = await Promise.all([import('vite'), import('../vite/site-config.ts')]);
  try {
    const config = siteConfig({ deckRoot, outDir, ...(loaded ? { loaded: Promise.resolve(loaded) } : {}) });
    await build({ ...config, configFile: false, logLevel: 'silent' });
  } catch (error) {
    // The deck plugin reports the deck's errors already formatted (`file:line:col error code: …`).
    throw new UserError(`the site did not build:\n${buildMessage(error)}`);
  }
}

const RE_STACK_LINE = /^\s+at /;
const RE_NOISE = /^Build failed with \d+ errors?:?$|^\[plugin [^\]]+\]$/;
const RE_PREFIX = /^(?:\[plugin [^\]]+\]\s*)?(?:\w*Error: )?/;

/** The bundler wraps the plugin's message in its own lines and a stack: keep the message. */
export function buildMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !RE_STACK_LINE.test(line) && !RE_NOISE.test(line.trim()))
    .map((line) => line.replace(RE_PREFIX, ''))
    .join('\n');
}
