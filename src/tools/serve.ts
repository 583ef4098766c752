// The built site served locally for the tools and the benchmark: a static server (sirv), not
// Vite's preview, so a tool that only serves never loads Vite (or a browser library).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { UserError } from './user-error.ts';

export interface ServedSite {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site (default `dist/`) on `port`, or on a free port when it is 0. */
export async function serveSite(outDir = 'dist', port = 0): Promise<ServedSite> {
  if (!existsSync(`${outDir}/index.html`)) throw new UserError(`${outDir}/ holds no built site: run npm run build first`);
  return serveFolder(outDir, port);
}

/** Serves any folder on `port` (0: a free one), uncompressed and uncached: the tools and the benchmark alike. */
export async function serveFolder(dir: string, port = 0): Promise<ServedSite> {
  const files = sirv(dir, { dev: true, etag: false });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  } catch (error) {
    if (error instanceof Error && /EADDRINUSE/.test(error.message)) {
      throw new UserError(`port ${port} is busy: pick another with --port, or leave --port out to use a free one`);
    }
    throw error;
  }
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves `dist/` (build it first) on a free port. */
export function serveBuiltSite(): Promise<ServedSite> {
  return serveSite('dist', 0);
}
