import { defineConfig } from '@playwright/test';
import { chromiumPath } from './src/tools/chromium.ts';
import { freePort } from './tests/browser/free-port.ts';
import { BUILD_ENV, BUILD_SITES, SITES_BUILT } from './tests/browser/pre-test.ts';

// Chosen once by the runner; its workers inherit it through the environment and load the same URL.
process.env.DECK_TEST_PORT ??= String(process.env.PORT ?? (await freePort()));
const port = Number(process.env.DECK_TEST_PORT);
const executablePath = chromiumPath();

export default defineConfig({
  // The engine's tests (tests/browser, on fixture decks) and the talk's own (tests/talk).
  testDir: 'tests',
  testMatch: ['browser/**/*.spec.ts', 'talk/**/*.spec.ts'],
  // Opens the built talk once: a broken deck stops the run in seconds, not a timeout per test.
  globalSetup: './tests/browser/global-setup.ts',
  timeout: 60_000,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 960 },
    // Software compositing: the same pages without the emulated GPU (SwiftShader) behind them, about
    // a tenth less time in the specs that draw most (themes, talk) here. The tools' own Chromium
    // (pdf, images, pptx, check) keeps its defaults: printing and screenshots took no less with it.
    launchOptions: { executablePath, args: ['--disable-gpu'] },
  },
  webServer: {
    // Build the talk and the conformance decks once (unless `npm test` just did), then serve them under sub-paths.
    command: `${process.env[SITES_BUILT] ? '' : `${BUILD_SITES} && `}tsx tests/browser/serve.ts`,
    url: `http://127.0.0.1:${port}/talk/sub/path/`,
    // Never a server this run did not start: a stale one would be tested instead of this checkout.
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(port), ...BUILD_ENV },
    stdout: 'ignore',
  },
});
