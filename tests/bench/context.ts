// What every part of the benchmark shares: where it runs, how it logs, how it spawns npm, and the
// sites it serves to the browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { type StaticServer, serveFolder } from './measure.ts';
import type { ToolId } from './metrics.ts';
import { PEERS_DIR } from './peers.ts';

export const REPO = REPO_ROOT;
/** Outside the repository, beside the peers: builds, PDFs and generated decks of a run. */
export const SCRATCH = join(PEERS_DIR, 'run');

export const log = (message: string) => console.log(`bench: ${message}`);
export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A built site served for the page figures: where its deck is ready to present. */
export interface PeerSite {
  tool: ToolId;
  server: StaticServer;
  path: string;
  ready: string;
}

export function version(pkgDir: string): string {
  const file = join(pkgDir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
}

export async function freePort(): Promise<number> {
  const server = await serveFolder(SCRATCH);
  const port = Number(new URL(server.url).port);
  await server.close();
  return port;
}
