// How the benchmark times things: a whole command, a server until it serves, a page in Chromium
// until its first slide shows, and the loader in a fresh process. Each returns one run's figure.
import { type ChildProcess, spawn } from 'node:child_process';
import { basename } from 'node:path';
import type { Browser } from '@playwright/test';

export interface CommandOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Give up (and fail the run) after this long. @default 120 s */
  timeoutMs?: number;
}

export class CommandFailed extends Error {}

/** Wall time of a whole command, from spawn to exit, in ms; throws with its output if it fails. */
export function timeCommand(command: string, args: string[], options: CommandOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      if (code === 0) resolve(ms);
      else {
        // The last line the command printed usually says why; the table shows the first line.
        const last =
          output
            .trim()
            .split('\n')
            .filter((line) => line.trim() && !/^\s+at /.test(line))
            .pop() ?? '';
        reject(new CommandFailed(`${basename(command)} ended with ${signal ?? `exit code ${code}`}: ${last.trim()}\n${output.slice(-2000)}`));
      }
    });
  });
}

/**
 * Time from spawning a server to its first successful answer at `url`, in ms; then stops the
 * server (its whole process group: npm starts it as a child).
 */
export async function timeUntilServed(command: string, args: string[], url: string, options: CommandOptions): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: 'ignore', detached: true });
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new CommandFailed(`${command} exited (${code}) before serving ${url}`))));
  exited.catch(() => undefined);
  const deadline = started + (options.timeoutMs ?? 60_000);
  try {
    for (;;) {
      const ok = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (performance.now() > deadline) throw new CommandFailed(`${command} did not serve ${url} within ${options.timeoutMs ?? 60_000} ms`);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10))]);
    }
  } finally {
    await stopGroup(child);
  }
}

/** Ends a detached child and everything it started (npm runs the server as its own child). */
async function stopGroup(child: ChildProcess): Promise<void> {
  const running = () => child.exitCode === null && child.signalCode === null;
  if (child.pid === undefined || !running()) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // The group is gone already.
    }
  };
  signal('SIGTERM');
  await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 3000))]);
  if (running()) signal('SIGKILL');
}

export { type ServedSite as StaticServer, serveFolder } from '../../src/tools/serve.ts';

export interface PageFigures {
  /** Navigation start → the ready mark seen and the frame after it drawn, in ms. */
  firstSlideMs: number;
  /** Bytes transferred (navigation and resources) that finished before that moment. */
  bytes: number;
}

/**
 * Opens `url` in a fresh context (no cache: a new visitor) and waits until `readySelector` matches
 * (`.reveal.ready` for reveal.js decks, Marp's active slide) and a frame is drawn after it.
 */
export async function timeFirstSlide(browser: Browser, url: string, readySelector: string): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    // A string, not a function: tsx wraps named functions in a helper (`__name`) the page lacks.
    await page.addInitScript(`window.deckReadyAt = new Promise((resolve) => {
      const seen = () => {
        if (!document.querySelector(${JSON.stringify(readySelector)})) return false;
        requestAnimationFrame(() => resolve(performance.now()));
        return true;
      };
      const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });`);
    await page.goto(url, { waitUntil: 'commit' });
    return await page.evaluate(async () => {
      const at = await Promise.race([
        (window as unknown as { deckReadyAt: Promise<number> }).deckReadyAt,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no first slide within 30 s')), 30_000)),
      ]);
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      const bytes = entries.filter((e) => e.responseEnd <= at).reduce((sum, e) => sum + e.transferSize, 0);
      return { firstSlideMs: at, bytes };
    });
  } finally {
    await context.close();
  }
}

export interface PageWeight {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  fonts: number;
}

const RE_JS = /\.m?js(\?|$)/;
const RE_CSS = /\.css(\?|$)/;
const RE_FONT = /\.(woff2?|ttf|otf)(\?|$)/;

/**
 * What the page loads once its first slide shows and its fonts are ready: the JS and CSS files it
 * fetched plus its inline scripts and styles (raw and gzip -9), and its font files. Fonts inlined
 * into CSS as data: URLs count as CSS.
 */
export async function weighPage(browser: Browser, url: string, readySelector: string): Promise<PageWeight> {
  const { gzipSync } = await import('node:zlib');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(readySelector, { state: 'attached' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const seen = await page.evaluate(() => ({
      urls: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => e.name),
      scripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
      styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
    }));
    const weight: PageWeight = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, fonts: 0 };
    const add = (into: { raw: number; gzip: number }, body: Buffer) => {
      into.raw += body.length;
      into.gzip += gzipSync(body, { level: 9 }).length;
    };
    for (const text of seen.scripts) add(weight.js, Buffer.from(text));
    for (const text of seen.styles) add(weight.css, Buffer.from(text));
    for (const resource of new Set(seen.urls)) {
      const path = new URL(resource).pathname;
      const kind = RE_JS.test(path) ? 'js' : RE_CSS.test(path) ? 'css' : RE_FONT.test(path) ? 'font' : undefined;
      if (!kind || !resource.startsWith(new URL(url).origin)) continue;
      const body = Buffer.from(await (await fetch(resource)).arrayBuffer());
      if (kind === 'font') weight.fonts += body.length;
      else add(weight[kind], body);
    }
    return weight;
  } finally {
    await context.close();
  }
}
