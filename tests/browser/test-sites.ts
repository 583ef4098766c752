// What the pre-test builds (prepare.ts, prepare-corpus.ts) share: how a fixture site is built, and
// what stands in for the files a deck names.
import { build } from 'vite';
import { siteConfig } from '../../src/vite/site-config.ts';

/** A 1×1 PNG; browsers sniff it whatever the file's extension. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Stand-in content for an image or iframe a deck names. */
export const placeholder = (path: string): string | Buffer => (path.endsWith('.html') ? '<p>placeholder</p>' : PIXEL);

/**
 * Builds the deck under `deckRoot` into `outDir` for the tests to serve. No social card: no test
 * reads one of these decks' cards (talk-share.spec.ts reads the talk's); the single file only where
 * a test opens it.
 */
export async function buildTestSite(deckRoot: string, outDir: string, { singleFile = false, logLevel = 'warn' as 'warn' | 'silent' } = {}): Promise<void> {
  await build({ ...siteConfig({ deckRoot, outDir, singleFile, socialCard: false, warn: false }), configFile: false, logLevel });
}
