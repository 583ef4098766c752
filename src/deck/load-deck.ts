// Loading a deck from disk: read its files, build it (or take the build from the cache), and check
// the files it names. The build is a pure function of the source, the names it checks against and
// the engine, so its result is kept by their hash: a build of an unchanged deck skips markdown-it,
// highlight.js and KaTeX, importing none of them (about 0.4 s of a 1.4 s build here). The files a
// deck names are checked on every load: they are not part of the key.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../repo-root.ts';
import type { KnownNames } from './check-config.ts';
import { checkFiles } from './check-files.ts';
import { sortDiagnostics } from './diagnostics.ts';
import { locateFile, readDeckSource } from './read.ts';
import { revealOptionNames } from './reveal-options.ts';
import type { DeckSource, LoadResult } from './types.ts';

/** Beside Vite's own cache; `DECK_CACHE=0` turns it off, `DECK_CACHE_DIR` moves it. */
export const DECK_CACHE_DIR = join(REPO_ROOT, 'node_modules/.cache/deck-loader');
/** Entries kept: a few decks, a few versions of each. */
export const KEEP = 40;

/**
 * Reads the deck under `root` and builds it, checking that every file it names exists there and
 * its Reveal options against reveal.js's; `themes`, when given, are the ones it may name.
 */
export async function loadDeck(root: string, slidesDir = 'slides', themes?: readonly string[]): Promise<LoadResult> {
  const known: KnownNames = { revealOptions: revealOptionNames(), ...(themes ? { themes } : {}) };
  const { deck, diagnostics } = await buildCached(await readDeckSource(root, slidesDir), known);
  return { deck, diagnostics: sortDiagnostics([...diagnostics, ...checkFiles(deck.assets, (path) => locateFile(root, path))]) };
}

async function buildCached(source: DeckSource, known: KnownNames): Promise<LoadResult> {
  const cache = process.env.DECK_CACHE === '0' ? undefined : (process.env.DECK_CACHE_DIR ?? DECK_CACHE_DIR);
  const key =
    cache &&
    createHash('sha256')
      .update(engineFingerprint())
      .update(JSON.stringify([source, known]))
      .digest('hex')
      .slice(0, 32);
  const file = cache && key && join(cache, `${key}.json`);
  if (file) {
    const hit = readEntry(file);
    if (hit) return hit;
  }
  const { buildDeck } = await import('./build-deck.ts');
  const built = buildDeck(source, known);
  if (cache && file) writeEntry(cache, file, built);
  return built;
}

function readEntry(file: string): LoadResult | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LoadResult;
  } catch {
    // Not there, or cut short by a crash: build again.
    return undefined;
  }
}

function writeEntry(dir: string, file: string, result: LoadResult): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Whole or not at all: two builds at once may write the same entry.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(result));
    renameSync(partial, file);
    prune(dir);
  } catch {
    // A read-only disk only costs the next build its time.
  }
}

function prune(dir: string): void {
  const entries = readdirSync(dir).filter((name) => name.endsWith('.json'));
  if (entries.length <= KEEP) return;
  const byAge = entries.map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs })).sort((a, b) => b.at - a.at);
  for (const { name } of byAge.slice(KEEP)) rmSync(join(dir, name), { force: true });
}

let fingerprint: string | undefined;

/** The loader's own code and the versions of everything it uses: a change to either is a new key. */
function engineFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const deckDir = import.meta.dirname;
  for (const name of (readdirSync(deckDir, { recursive: true }) as string[]).sort()) {
    if (!name.endsWith('.ts')) continue;
    hash.update(name).update(readFileSync(join(deckDir, name)));
  }
  try {
    hash.update(readFileSync(join(REPO_ROOT, 'package-lock.json')));
  } catch {
    // No lock file: the code alone.
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}
