// The `test` every browser spec imports: one page a worker for the specs that take it, and the same
// worker fixtures for all, so that Playwright never starts a new worker (and a new Chromium) to go
// from one kind of spec to the other. (A worker serves only tests with the same worker fixtures.)
//
// Playwright's own `page` is a new context and a new renderer process each test, and starting one
// (its V8, and reveal's and axe-core's scripts compiled cold) was about 40 % of a theme test's time
// here. With `test` from here each test still opens its deck in a new document: between tests the
// worker's page goes back to about:blank, and loses every listener, media emulation and other
// window the test left. A spec that installs what cannot be undone (a fake clock, routes, init
// scripts, a new viewport) imports `freshPageTest`, which keeps Playwright's own page.
import { type BrowserContext, test as base, type Page } from '@playwright/test';

/** The page events tests listen to; a listener left by one test would see the next one's pages. */
const PAGE_EVENTS = ['request', 'response', 'requestfailed', 'console', 'pageerror', 'popup', 'dialog', 'load'] as const;

/** Playwright's own `page` and `context`, new each test, on workers the other specs share. */
export const freshPageTest = base.extend<object, { workerPage: Page }>({
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
});

/** The worker's one page, blanked between tests, and its context. */
export const test = freshPageTest.extend<{ page: Page; context: BrowserContext }>({
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
