// `npm run shots`: a PNG of every state of the built deck (each slide and code step) at the
// deck's size, in shots/ (git-ignored), plus contact sheets to look through them quickly.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULTS } from '../client/deck-size.ts';
import { launchBrowser, position } from './browser.ts';
import { runTool, type Tool } from './cli.ts';
import { serveBuiltSite } from './serve.ts';

const HELP = `usage: npm run shots [-- --out DIR]
Builds nothing: run npm run build first. Writes DIR/NN-h-v-f.png for every state Space walks
through (default DIR: shots/), and DIR/sheet-N.png contact sheets of six shots each.`;
/** The deck's default size (the talk's); shots of a deck with another size are letterboxed. */
const SIZE = { width: DEFAULTS.width, height: DEFAULTS.height };

const SHOTS_TOOL: Tool<{ out: string }> = {
  name: 'shots',
  help: HELP,
  options: { out: { type: 'string' } },
  read: (values) => ({ options: { out: resolve(typeof values.out === 'string' ? values.out : 'shots') } }),
};

async function shoot({ out }: { out: string }): Promise<number> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const site = await serveBuiltSite();
  const browser = await launchBrowser();
  try {
    // At rest: no slide caught half-way through its transition (the engine turns them off on request).
    const page = await browser.newPage({ viewport: SIZE, reducedMotion: 'reduce' });
    await page.goto(site.url);
    await page.waitForSelector('.reveal.ready');
    await page.evaluate(() => document.fonts.ready);
    const files: string[] = [];
    for (let n = 0; n < 500; n++) {
      const before = await position(page);
      await page.waitForTimeout(400); // images decode, scrolled code settles
      const file = `${String(n + 1).padStart(2, '0')}-${before.replace(/\//g, '-')}.png`;
      await page.screenshot({ path: join(out, file) });
      files.push(file);
      await page.keyboard.press('Space');
      if (!(await movedFrom(page, before))) break;
    }
    await writeSheets(browser, out, files);
    console.log(`${files.length} shots in ${out}`);
  } finally {
    await browser.close();
    await site.close();
  }
  return 0;
}

/** True once the deck leaves `before` within 1.5 s; false at the last state. */
async function movedFrom(page: Page, before: string): Promise<boolean> {
  for (let t = 0; t < 15; t++) {
    if ((await position(page)) !== before) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/** Six shots to a page, labelled, so a person can look through the whole deck in a few images. */
async function writeSheets(browser: Awaited<ReturnType<typeof launchBrowser>>, out: string, files: string[]): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1530, height: 1200 } });
  for (let i = 0; i < files.length; i += 6) {
    const cells = files
      .slice(i, i + 6)
      .map((f) => `<figure><img src="${f}"><figcaption>${f}</figcaption></figure>`)
      .join('');
    const sheet = join(out, `sheet-${i / 6 + 1}.html`);
    await writeFile(
      sheet,
      `<style>body{margin:0;display:grid;grid-template-columns:repeat(3,500px);gap:10px;padding:5px;background:#888;font:14px sans-serif}
figure{margin:0}img{width:500px;border:1px solid #000;display:block}figcaption{color:#fff}</style>${cells}`,
    );
    await page.goto(`file://${sheet}`);
    await page.screenshot({ path: sheet.replace(/\.html$/, '.png'), fullPage: true });
    await rm(sheet);
  }
}

await runTool(SHOTS_TOOL, shoot);
