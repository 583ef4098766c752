// Page head and the needs-a-server notice: parsed back with htmlparser2, as a browser or a link preview reads them.
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { DeckConfig } from '../../src/deck/types.ts';
import { NEEDS_SERVER_CLASS, NEEDS_SERVER_FILE, renderNeedsServer } from '../../src/site/needs-server.ts';
import { type PageHeadOptions, renderPageHead } from '../../src/site/page-head.ts';

const TALK: DeckConfig = {
  title: 'Gitlab Runners Docker-in-Docker Explained',
  author: 'Haseeb Majid',
  description: 'How GitLab Runners run CI jobs, and how Docker works inside them.',
  keywords: ['GitLab', 'Docker-in-Docker', 'DinD'],
  reveal: {},
};
const CARD = { path: 'social-card.png', width: 1200, height: 630, alt: 'Title slide' };
const ICON = { href: 'favicon.svg', type: 'image/svg+xml' };

/** What the head says: its title, every meta as `name or property → content`, every link as `rel → href`. */
function readHead(html: string) {
  const doc = parseDocument(`<head>${html}</head>`);
  const all = (name: string) => DomUtils.getElementsByTagName(name, doc);
  return {
    title: all('title').map((el) => DomUtils.textContent(el)),
    meta: Object.fromEntries(all('meta').map((el) => [el.attribs.name ?? el.attribs.property, el.attribs.content])),
    links: Object.fromEntries(all('link').map((el) => [el.attribs.rel, el.attribs])),
    elements: DomUtils.findAll((el) => el.name !== 'head', doc.children).map((el) => el.name),
  };
}

describe('renderPageHead', () => {
  it('gives the front matter as title, description, author and keywords, and the icon', () => {
    const head = readHead(renderPageHead(TALK, { icon: ICON, card: CARD }));
    expect(head.title).toEqual([TALK.title]);
    expect(head.meta).toMatchObject({ description: TALK.description, author: 'Haseeb Majid', keywords: 'GitLab, Docker-in-Docker, DinD' });
    expect(head.links.icon).toEqual({ rel: 'icon', type: 'image/svg+xml', href: 'favicon.svg' });
  });

  it("gives Open Graph and Twitter card tags, with a relative image when the site's URL is unknown", () => {
    const { meta, links } = readHead(renderPageHead(TALK, { icon: ICON, card: CARD }));
    expect(meta).toMatchObject({
      'og:type': 'website',
      'og:title': TALK.title,
      'og:description': TALK.description,
      'og:image': 'social-card.png',
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'Title slide',
      'twitter:card': 'summary_large_image',
      'twitter:title': TALK.title,
      'twitter:description': TALK.description,
      'twitter:image': 'social-card.png',
      'twitter:image:alt': 'Title slide',
    });
    expect(meta['og:url']).toBeUndefined();
    expect(links.canonical).toBeUndefined();
  });

  it("makes the page and image URLs absolute under the site's URL, sub-path kept", () => {
    for (const siteUrl of ['https://group.gitlab.io/slides', 'https://group.gitlab.io/slides/']) {
      const { meta, links } = readHead(renderPageHead(TALK, { siteUrl, card: CARD }));
      expect(meta['og:url']).toBe('https://group.gitlab.io/slides/');
      expect(links.canonical.href).toBe('https://group.gitlab.io/slides/');
      expect(meta['og:image']).toBe('https://group.gitlab.io/slides/social-card.png');
      expect(meta['twitter:image']).toBe('https://group.gitlab.io/slides/social-card.png');
    }
  });

  it('ignores a site URL that is not http(s)', () => {
    for (const siteUrl of ['not a url', 'javascript:alert(1)', 'file:///tmp/']) {
      const { meta } = readHead(renderPageHead(TALK, { siteUrl, card: CARD }));
      expect(meta['og:url']).toBeUndefined();
      expect(meta['og:image']).toBe('social-card.png');
    }
  });

  it('leaves out what it does not know: no card, no author, no description', () => {
    const { meta, links, title } = readHead(renderPageHead({ reveal: {} }));
    expect(title).toEqual(['Slides']);
    expect(Object.keys(meta).sort()).toEqual(['og:title', 'og:type', 'twitter:card', 'twitter:title']);
    expect(meta['twitter:card']).toBe('summary');
    expect(links).toEqual({});
  });

  it('escapes what the front matter says, so it stays text', () => {
    const nasty = `</title><script>alert("x")</script> & 'quotes' "double" <b>`;
    const options: PageHeadOptions = { icon: { href: 'data:image/svg+xml,%3Csvg%3E"onload="x', type: 'image/svg+xml' }, card: { ...CARD, alt: nasty } };
    const head = readHead(renderPageHead({ title: nasty, author: nasty, description: nasty, keywords: [nasty, 'b'], reveal: {} }, options));
    expect(head.title).toEqual([nasty]);
    expect(head.meta).toMatchObject({ author: nasty, description: nasty, keywords: `${nasty}, b`, 'og:title': nasty, 'og:image:alt': nasty });
    expect(head.links.icon.href).toBe('data:image/svg+xml,%3Csvg%3E"onload="x');
    expect(head.links.icon.onload).toBeUndefined();
    expect(head.elements.filter((name) => name !== 'meta' && name !== 'link')).toEqual(['title']);
  });
});

describe('renderNeedsServer', () => {
  it('has a notice hidden unless the script failed, pointing to the single file', () => {
    const { head, body } = renderNeedsServer('gitlab-runners-docker-in-docker-explained.html');
    const [notice] = DomUtils.getElementsByTagName('div', parseDocument(body));
    expect(notice.attribs).toEqual({ class: `${NEEDS_SERVER_CLASS}-notice`, role: 'alert' });
    const links = DomUtils.getElementsByTagName('a', parseDocument(body));
    expect(links.map((a) => [a.attribs.href, DomUtils.textContent(a)])).toEqual([
      ['gitlab-runners-docker-in-docker-explained.html', 'gitlab-runners-docker-in-docker-explained.html'],
    ]);
    const parts = parseDocument(head);
    // A classic script: browsers run it from file://, where they block the module script. In a
    // file beside the page, not inline: the site's Content-Security-Policy allows no inline script.
    const [script] = DomUtils.getElementsByTagName('script', parts);
    // Deferred: it must not hold back the module script's request for every visitor.
    expect(script.attribs).toEqual({ src: NEEDS_SERVER_FILE, defer: '' });
    expect(DomUtils.textContent(script)).toBe('');
    expect(DomUtils.getElementsByTagName('style', parts)).toHaveLength(1);
  });

  it('escapes the file name and says only "serve this folder" without one', () => {
    const body = renderNeedsServer('a "b" <c>.html').body;
    const [link] = DomUtils.getElementsByTagName('a', parseDocument(body));
    expect(link.attribs.href).toBe('a%20%22b%22%20%3Cc%3E.html');
    expect(DomUtils.textContent(link)).toBe('a "b" <c>.html');
    const plain = parseDocument(renderNeedsServer().body);
    expect(DomUtils.getElementsByTagName('a', plain)).toEqual([]);
    expect(DomUtils.textContent(plain)).toContain('serve this folder');
  });
});
