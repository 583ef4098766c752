// @vitest-environment happy-dom
// The notice for a page opened from disk (`file://`), where browsers block the deck's module
// script: hidden while the script loads, shown (and the deck hidden) when it fails. The page's head
// runs here in a fake DOM; share.spec.ts opens the built page from `file://` in Chromium.
import { beforeEach, describe, expect, it } from 'vitest';
import { NEEDS_SERVER_SCRIPT, renderNeedsServer } from '../../../src/site/needs-server.ts';

function page(singleFile?: string): void {
  const { head, body } = renderNeedsServer(singleFile);
  document.documentElement.className = '';
  // The head names its script file (the site's CSP allows no inline script); run the file's text as the browser would.
  // Parsed in a template, which loads nothing, so the script tag can go before it is in the page.
  const template = document.createElement('template');
  template.innerHTML = head;
  for (const script of template.content.querySelectorAll('script')) script.remove();
  document.head.replaceChildren(template.content);
  document.body.innerHTML = `${body}<div class="reveal"><div class="slides"><section>Slide</section></div></div>`;
  // biome-ignore lint/security/noGlobalEval: runs the page's own script file, as the browser would load it.
  window.eval(NEEDS_SERVER_SCRIPT);
}

const shown = (selector: string) => getComputedStyle(document.querySelector(selector) as Element).display !== 'none';
const notice = () => document.querySelector('[role="alert"]') as HTMLElement;

/** What a browser does when it blocks a module script from `file://`. */
function blockScript(): void {
  const script = document.createElement('script');
  script.type = 'module';
  document.body.append(script);
  script.dispatchEvent(new Event('error'));
}

describe('the needs-a-server notice', () => {
  beforeEach(() => page('deck.html'));

  it("is hidden while the deck's script runs", () => {
    expect(shown('[role="alert"]')).toBe(false);
    expect(shown('.reveal')).toBe(true);
  });

  it('shows, and hides the deck, when the script is blocked', () => {
    blockScript();
    expect(shown('[role="alert"]')).toBe(true);
    expect(shown('.reveal')).toBe(false);
    expect(notice().querySelector('h1')?.textContent).toBe('These slides need a web server');
  });

  it('does not show for an image that fails', () => {
    const img = document.createElement('img');
    document.body.append(img);
    img.dispatchEvent(new Event('error'));
    expect(shown('[role="alert"]')).toBe(false);
  });

  it('points to the single file when the build wrote one, its name escaped', () => {
    page('my deck & <notes>.html');
    const link = notice().querySelector('a');
    expect(link?.getAttribute('href')).toBe('my%20deck%20&%20%3Cnotes%3E.html');
    expect(link?.textContent).toBe('my deck & <notes>.html');
  });

  it('without a single file, says only how to serve the folder', () => {
    page();
    expect(notice().querySelector('a')).toBeNull();
    expect([...notice().querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      "Browsers do not run the slides' script from a file opened directly (file://).",
      'Or serve this folder, e.g. with python3 -m http.server in it, and open the address it prints.',
    ]);
  });
});
