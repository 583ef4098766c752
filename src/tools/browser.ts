// Shared by the tools and tests: which Chromium to drive, and the built site served locally.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Frame, type Page } from '@playwright/test';
import sirv from 'sirv';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

import { UserError } from './user-error.ts';

export { UserError };

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set (the user's explicit choice), else Debian's
 * `/usr/bin/chromium`, else `undefined`, which lets Playwright use its own browser if installed.
 */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

/** The browser a tool will use, or why there is none. */
export function findChromium(): { path: string } | { missing: string } {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit && !existsSync(explicit)) return { missing: `CHROMIUM_PATH names ${explicit}, which does not exist` };
  const path = chromiumPath() ?? chromium.executablePath();
  return existsSync(path) ? { path } : { missing: 'no Chromium found' };
}

export async function launchBrowser(): Promise<Browser> {
  const found = findChromium();
  if ('missing' in found) {
    throw new UserError(
      `${found.missing}: install Debian's (apt-get install chromium), set CHROMIUM_PATH to a Chrome or Chromium, or run npx playwright install chromium`,
    );
  }
  try {
    return await chromium.launch({ executablePath: found.path });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(`Chromium at ${found.path} did not start (${reason})`);
  }
}

export interface Site {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site (default `dist/`) on `port`, or on a free port when it is 0. A static server
 * (sirv), not Vite's preview: importing Vite costs a second of `npm run pdf` and serves nothing more.
 */
export async function serveSite(outDir = 'dist', port = 0): Promise<Site> {
  if (!existsSync(`${outDir}/index.html`)) throw new UserError(`${outDir}/ holds no built site: run npm run build first`);
  return serveFolder(outDir, port);
}

/** Serves any folder on `port` (0: a free one), uncompressed and uncached: the tools and the benchmark alike. */
export async function serveFolder(dir: string, port = 0): Promise<Site> {
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
export function serveBuiltSite(): Promise<Site> {
  return serveSite('dist', 0);
}

/**
 * Where the deck stands, `h/v/f` (stack, slide in it, fragments shown), read from the DOM:
 * the URL hash lags, as reveal writes it once a second at most. A frame: the speaker view's previews.
 */
export function position(page: Page | Frame): Promise<string> {
  return page.evaluate(() => {
    const stacks = [...document.querySelectorAll('.reveal .slides > section')];
    const h = stacks.findIndex((s) => s.classList.contains('present'));
    const stack = stacks[h];
    const slides = stack ? [...stack.querySelectorAll(':scope > section')] : [];
    const v = Math.max(
      slides.findIndex((s) => s.classList.contains('present')),
      0,
    );
    const slide = slides[v] ?? stack;
    return `${h}/${v}/${slide?.querySelectorAll('.fragment.visible').length ?? 0}`;
  });
}
