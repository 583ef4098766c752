// Before any browser test: open the built talk once. When the deck is broken (its script throws,
// or Reveal never starts) the run stops here within seconds, with the reason, instead of every test
// waiting out its own timeout.
import { chromium, type FullConfig } from '@playwright/test';
import { chromiumPath } from '../../src/tools/chromium.ts';

/** Reveal lays the talk out in well under a second; this is room for a busy machine. */
const READY_TIMEOUT_MS = 10_000;
const TALK = 'talk/sub/path/';

export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('global setup: no baseURL in playwright.config.ts');
  const url = new URL(TALK, baseURL).href;
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    const threw = new Promise<void>((resolve) =>
      page.on('pageerror', (error) => {
        errors.push(error.stack ?? error.message);
        resolve();
      }),
    );
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`The built talk did not load: ${url} answered ${response?.status() ?? 'nothing'}`);
    // Whichever comes first: Reveal ready, the page throwing, or the time running out.
    const ready = page.waitForSelector('.reveal.ready', { timeout: READY_TIMEOUT_MS }).then(
      () => true,
      () => false,
    );
    const outcome = await Promise.race([ready, threw.then(() => false)]);
    // A deck that throws just after it is ready is broken too: give its handlers a frame to run.
    if (outcome) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    if (!outcome || errors.length > 0) {
      const why = errors.length > 0 ? `the page threw:\n  ${errors.join('\n  ')}` : `Reveal was not ready (.reveal.ready) after ${READY_TIMEOUT_MS / 1000} s`;
      throw new Error(`The built talk is broken, so no browser test can pass: ${why}\n(${url}; \`npm run build && npm run preview\` shows it)`);
    }
  } finally {
    await browser.close();
  }
}
