// Shared by the tools: Chromium (Debian's where installed, else Playwright's) and the built site served locally.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Frame, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';

/** Debian's chromium where it is installed; otherwise Playwright's own browser, if the user has one. */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

export async function launchBrowser(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: chromiumPath() });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`no Chromium to drive (${reason}); install Debian's chromium or run npx playwright install chromium`);
  }
}

/** Serves `dist/` (build it first) on a free port. */
export async function serveBuiltSite(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run npm run build first');
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server has no address');
  return { url, close: () => server.close() };
}

/**
 * Where the deck stands, `h/v/f` (stack, slide in it, fragments shown), read from the DOM:
 * the URL hash lags, as reveal writes it once a second at most. A frame: the speaker view's previews.
 */
export function position(page: Page | Frame): Promise<string> {
  return page.evaluate(() => {
    const stacks = [...document.querySelectorAll('.reveal .slides > section')];
    const h = stacks.findIndex((s) => s.classList.contains('present'));
    const stack = stacks[h];
    const slides = stack ? [...stack.querySelectorAll(':scope > section')] : [];
    const v = Math.max(slides.findIndex((s) => s.classList.contains('present')), 0);
    const slide = slides[v] ?? stack;
    return `${h}/${v}/${slide?.querySelectorAll('.fragment.visible').length ?? 0}`;
  });
}
