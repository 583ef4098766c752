// The built talk under its Content-Security-Policy (a <meta> in the page, and the same policy sent
// as a header here): it runs, steps, opens the speaker view, and the policy is enforced (an inline
// script injected into the page does not run). Links out of the deck cannot reach back into it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { walkWithSpace } from './deck-page.ts';
import { expect, freshPageTest as test } from './worker-page.ts';

const TALK = 'talk/sub/path/';
const dist = join(import.meta.dirname, '../../dist');

/** Records every policy violation in the page (and pop-ups it opens) on `window.violations`. */
async function watchViolations(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

test.describe('the built site under its Content-Security-Policy', () => {
  test('has no inline script, and names its policy in the page', () => {
    const page = parseDocument(readFileSync(join(dist, 'index.html'), 'utf8'));
    const scripts = DomUtils.getElementsByTagName('script', page);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.attribs.src).toBeTruthy();
      expect(DomUtils.textContent(script).trim()).toBe('');
    }
    const meta = DomUtils.getElementsByTagName('meta', page).find((m) => m.attribs['http-equiv'] === 'Content-Security-Policy');
    expect(meta?.attribs.content).toMatch(/(^|; )script-src 'self' 'sha256-[\w+/=]+'(;|$)/);
  });

  test('runs the deck, steps, and the speaker view, with the policy enforced', async ({ page }) => {
    const policy = DomUtils.getElementsByTagName('meta', parseDocument(readFileSync(join(dist, 'index.html'), 'utf8'))).find(
      (m) => m.attribs['http-equiv'] === 'Content-Security-Policy',
    )?.attribs.content;
    expect(policy).toBeTruthy();
    // The same policy as a header too, as a host may send it.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const html = (response.headers()['content-type'] ?? '').startsWith('text/html');
      await route.fulfill({ response, headers: { ...response.headers(), ...(html ? { 'content-security-policy': policy ?? '' } : {}) } });
    });
    await watchViolations(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(TALK);
    await page.waitForSelector('.reveal.ready');
    // Space reaches every slide of whatever deck slides/ holds (the talk's own count is tests/talk's).
    const states = await walkWithSpace(page);
    const { slides } = JSON.parse(readFileSync(join(dist, 'deck.json'), 'utf8')) as { slides: number };
    expect(new Set(states.map((state) => state.position.split('/').slice(0, 2).join('/'))).size).toBe(slides);

    // Enforced: a script injected inline does not run, and is reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.head.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    // (Once per policy: the <meta> and the header each report it.)
    await expect.poll(() => violations(page)).toContain('script-src-elem inline');
    expect(new Set(await violations(page))).toEqual(new Set(['script-src-elem inline']));

    // The speaker view's own inline script is the one the policy pins by hash: it connects.
    await page.keyboard.press('Home');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await expect(popup.locator('#connection-status')).toBeHidden();
    await expect(popup.locator('#current-slide iframe')).toHaveCount(1);
    expect(await violations(popup)).toEqual([]);
    expect(errors).toEqual([]);
    // Requests still on their way when the test ends (the previews loading) are dropped, not failed.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('links out of the deck open with rel="noopener noreferrer"', async ({ page }) => {
    // A fixture deck with links out: the deck in slides/ may have none.
    await page.goto('decks/themes/');
    await page.waitForSelector('.reveal.ready');
    const links = await page.$$eval('.reveal .slides a[href^="http"]', (as) => as.map((a) => a.getAttribute('rel')));
    expect(links.length).toBeGreaterThan(0);
    for (const rel of links) expect(rel).toBe('noopener noreferrer');
  });
});
