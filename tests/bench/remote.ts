// A tap on the phone's Next button → the projector's slide changes, on loopback through
// `npm run present`'s server: the phone page and the projector page in one browser, both reading
// the same clock (performance.timeOrigin + now is the machine's time in both).
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { newSecret } from '../../src/remote/secret.ts';
import { SPEAKER_PATH, startPresentServer } from '../../src/remote/server.ts';
import { freePort, log, REPO } from './context.ts';

const NOW = 'performance.timeOrigin + performance.now()';

export async function tapToProjectorRuns(browser: Browser, runs: number): Promise<number[]> {
  const secret = newSecret();
  const server = await startPresentServer({ outDir: join(REPO, 'dist'), host: '127.0.0.1', port: await freePort(), secret });
  const projectorContext = await browser.newContext({ reducedMotion: 'reduce' });
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    const projector = await projectorContext.newPage();
    await projector.goto(`http://127.0.0.1:${server.port}/`);
    await projector.waitForFunction(() => document.documentElement.dataset.remote === 'connected');
    const phone = await phoneContext.newPage();
    await phone.goto(`http://127.0.0.1:${server.port}${SPEAKER_PATH}?key=${secret}`);
    await phone.waitForFunction(() => document.documentElement.dataset.state === 'connected');
    const figures: number[] = [];
    // The talk has 33 states: one tap each, from the first.
    for (let i = 0; i <= Math.min(runs, 30); i++) {
      await phone.evaluate(`document.querySelector('.phone-next-button').addEventListener('pointerdown', () => { window.tapAt = ${NOW}; }, { once: true })`);
      await watchSlideChange(projector);
      await phone.locator('.phone-next-button').tap();
      const [shownAt, tapAt] = [Number(await projector.evaluate('window.shownAt')), Number(await phone.evaluate('window.tapAt'))];
      const ms = shownAt - tapAt;
      if (i > 0) figures.push(ms);
      log(`${i === 0 ? 'warm-up' : `run ${i}/${runs}`} ours tap-to-projector: ${ms.toFixed(1)}`);
    }
    return figures;
  } finally {
    await projectorContext.close();
    await phoneContext.close();
    await server.close();
  }
}

/** Sets the projector's `window.shownAt` to a promise of the time its present slide changes (a new `.present` section). */
async function watchSlideChange(projector: Page): Promise<void> {
  await projector.evaluate(`window.shownAt = new Promise((resolve) => {
    const present = () => document.querySelector('.reveal .slides section.present:not(.stack)');
    const before = present();
    const observer = new MutationObserver(() => {
      if (present() === before) return;
      observer.disconnect();
      resolve(${NOW});
    });
    observer.observe(document.querySelector('.reveal .slides'), { subtree: true, attributes: true, attributeFilter: ['class'] });
  }); 0`);
}
