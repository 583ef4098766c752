// What the browser tests need built before them, and how: one command and one environment, for
// playwright.config.ts's web server and for tests/run.ts, which builds them beside the unit tests.

/** The talk (`npm run build`), then the fixture, conformance, corpus and theme sites (prepare.ts). */
export const BUILD_SITES = 'npm run build && tsx tests/browser/prepare.ts';

/** No site URL, whatever CI_PAGES_URL says: link-preview URLs stay relative to the server the tests start. */
export const BUILD_ENV = { DECK_SITE_URL: '' };

/** Set by tests/run.ts once it has built the sites in this run: the web server then only serves them. */
export const SITES_BUILT = 'DECK_TEST_SITES_BUILT';
