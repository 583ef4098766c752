// Live editing, measured: starts Vite's dev server on any deck folder and times a save until the
// open page shows it. The dev tests use both; the benchmark calls them for its save-to-screen figure.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createServer, type Logger, type ViteDevServer } from 'vite';
import { siteConfig } from '../vite/site-config.ts';

export interface DevServerOptions {
  /** @default 0: any free port */
  port?: number;
  /** Vite's cache; give a folder of its own when another dev server may be running. @default Vite's */
  cacheDir?: string;
  customLogger?: Logger;
}

export interface DevServer {
  url: string;
  server: ViteDevServer;
  close: () => Promise<void>;
}

/** Serves the deck in `deckRoot` as `npm run dev` does; resolves once a save in it would be seen. */
export async function startDevServer(deckRoot: string, options: DevServerOptions = {}): Promise<DevServer> {
  const server = await createServer({
    ...siteConfig({ deckRoot }),
    configFile: false,
    cacheDir: options.cacheDir,
    customLogger: options.customLogger,
    logLevel: options.customLogger ? undefined : 'warn',
    server: { host: '127.0.0.1', port: options.port ?? 0, strictPort: true },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server has no address');
  await watching(server, deckRoot);
  return { url, server, close: () => server.close() };
}

/**
 * The watcher scans a new folder in the background: until it is done, a save goes unseen. A probe
 * file written before the scan reaches it counts as already there (no event), so it is written
 * again until the watcher reports it: under load the scan took longer than a test's minute.
 */
async function watching(server: ViteDevServer, deckRoot: string): Promise<void> {
  const probe = join(deckRoot, `.watch-probe-${process.pid}`);
  let seen = false;
  const onAdd = (file: string) => {
    if (file === probe) seen = true;
  };
  server.watcher.on('add', onAdd);
  try {
    for (let attempt = 0; !seen; attempt++) {
      if (attempt > 0) await rm(probe, { force: true });
      await writeFile(probe, '');
      const deadline = Date.now() + 500;
      while (!seen && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    server.watcher.off('add', onAdd);
    await rm(probe, { force: true });
  }
}

/**
 * Vite's file watcher (chokidar) drops a second change to a file within 50 ms of the first; on a
 * loaded machine its events arrive late, so leave a wide margin (a person never saves this fast).
 */
const WATCHER_QUIET_MS = 250;
const lastSave = new Map<string, number>();

/**
 * Saves `text` to `file` as an editor does (in place), at least 250 ms after this helper last saved
 * it: a person never saves twice that fast, and the watcher would not see the second save.
 */
export async function save(file: string, text: string): Promise<void> {
  await quietFor(file);
  await writeFile(file, text);
}

async function quietFor(file: string): Promise<void> {
  const wait = (lastSave.get(file) ?? 0) + WATCHER_QUIET_MS - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastSave.set(file, performance.now());
}

/**
 * Saves `text` to `file` and returns the milliseconds until the frame after `expected` appears in
 * the page's slides (the time a presenter waits between saving and seeing the change).
 */
export async function saveToScreen(page: Page, file: string, text: string, expected: string): Promise<number> {
  await page.evaluate((expected) => {
    const slides = document.querySelector('.reveal .slides');
    if (!slides || slides.textContent?.includes(expected)) throw new Error(`"${expected}" is on the page already`);
    (window as unknown as { deckSeen: Promise<number> }).deckSeen = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!slides.textContent?.includes(expected)) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
      });
      observer.observe(slides, { childList: true, subtree: true, characterData: true });
    });
  }, expected);
  await quietFor(file);
  const saved = performance.timeOrigin + performance.now();
  await writeFile(file, text);
  const shown = await page.evaluate(() => (window as unknown as { deckSeen: Promise<number> }).deckSeen);
  return shown - saved;
}
