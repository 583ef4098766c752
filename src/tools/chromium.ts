// Which Chromium the tools drive. No browser library is imported here: the PDF export starts its
// Chromium itself, and loads Playwright only to find Playwright's own browser.
import { existsSync } from 'node:fs';
import { UserError } from './user-error.ts';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set (the user's explicit choice), else Debian's
 * `/usr/bin/chromium`, else `undefined`, which lets Playwright use its own browser if installed.
 */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

/** The browser a tool will use, or why there is none. */
export async function findChromium(): Promise<{ path: string } | { missing: string }> {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit && !existsSync(explicit)) return { missing: `CHROMIUM_PATH names ${explicit}, which does not exist` };
  const path = chromiumPath() ?? (await import('@playwright/test')).chromium.executablePath();
  return existsSync(path) ? { path } : { missing: 'no Chromium found' };
}

/** The Chromium to drive, or a message that says how to get one. */
export async function requireChromium(): Promise<string> {
  const found = await findChromium();
  if ('missing' in found) {
    throw new UserError(
      `${found.missing}: install Debian's (apt-get install chromium), set CHROMIUM_PATH to a Chrome or Chromium, or run npx playwright install chromium`,
    );
  }
  return found.path;
}
