// Save-to-screen under the dev server: a copy of the talk, a slide saved, the frame that shows it.
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { saveToScreen, startDevServer } from '../../src/tools/live-edit.ts';
import { log, REPO } from './context.ts';

export async function saveToScreenRuns(browser: Browser, runs: number): Promise<number[]> {
  // In the system's temp folder: Vite's watcher skips dot-folders such as ~/.cache.
  const dir = join(tmpdir(), `deck-bench-live-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const folder of ['slides', 'images']) {
    await cp(join(REPO, folder), join(dir, folder), { recursive: true });
  }
  const dev = await startDevServer(dir, { cacheDir: `${dir}-vite-cache` });
  const page: Page = await browser.newPage();
  try {
    await page.goto(dev.url);
    await page.waitForSelector('.reveal.ready');
    const file = join(dir, 'slides/02-gitlab-runners.md');
    const original = await readFile(file, 'utf8');
    const figures: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const marker = `Saved ${Date.now()}-${i}`;
      // A person pauses between saves; the watcher may merge two saves that come close together.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ms = await withTimeout(
        saveToScreen(page, file, original.replace('## What are GitLab Runners?', `## ${marker}`), marker),
        20_000,
        'the saved slide',
      );
      if (i > 0) figures.push(ms);
      log(`${i === 0 ? 'warm-up' : `run ${i}/${runs}`} ours save-to-screen: ${Math.round(ms)}`);
    }
    return figures;
  } finally {
    await page.close();
    await dev.close();
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}-vite-cache`, { recursive: true, force: true });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not show within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
