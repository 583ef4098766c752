// Playwright's Chromium for the tools and tests that drive a page (check, the benchmark,
// the browser tests). The served site and the browser's path live in serve.ts and chromium.ts.
import { type Browser, chromium, type Frame, type Page } from '@playwright/test';
import { requireChromium } from './chromium.ts';
import { UserError } from './user-error.ts';

export async function launchBrowser(): Promise<Browser> {
  const path = await requireChromium();
  try {
    return await chromium.launch({ executablePath: path });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(`Chromium at ${path} did not start (${reason})`);
  }
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
    const v = Math.max(
      slides.findIndex((s) => s.classList.contains('present')),
      0,
    );
    const slide = slides[v] ?? stack;
    return `${h}/${v}/${slide?.querySelectorAll('.fragment.visible').length ?? 0}`;
  });
}
