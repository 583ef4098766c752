// One page for all the tests a worker runs of a spec that imports `test` from here. Playwright's
// own `page` is a new context and a new renderer process each test, and starting one (its V8, and
// reveal's and axe-core's scripts compiled cold) was about 40 % of a theme test's time here. Each
// test still opens its deck in a new document: between tests the page goes back to about:blank,
// and loses every listener, media emulation and other window the test left. What cannot be undone
// (a fake clock, routes, init scripts, a new viewport) keeps a spec on Playwright's own page.
import { type BrowserContext, test as base, type Page } from '@playwright/test';

/** The page events tests listen to; a listener left by one test would see the next one's pages. */
const PAGE_EVENTS = ['request', 'response', 'requestfailed', 'console', 'pageerror', 'popup', 'dialog', 'load'] as const;

export const test = base.extend<{ page: Page; context: BrowserContext }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, { project }) => {
      // The project's context options, as Playwright's own page gets them.
      const { baseURL, viewport, contextOptions } = project.use;
      const context = await browser.newContext({ ...contextOptions, baseURL, viewport });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ workerPage: page }, use) => {
    await use(page);
    for (const other of page.context().pages()) if (other !== page) await other.close();
    for (const event of PAGE_EVENTS) page.removeAllListeners(event);
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
    await page.goto('about:blank');
  },
  context: async ({ workerPage }, use) => use(workerPage.context()),
});

export { expect } from '@playwright/test';
