// The page head of a deck whose front matter says little: only the tags that have a value, one a
// line, and the site's URL taken only when it is a web address.
import { describe, expect, it } from 'vitest';
import { renderPageHead } from '../../src/site/page-head.ts';

describe('renderPageHead, with little to say', () => {
  it('gives a title and the tags that need no value, one a line', () => {
    expect(renderPageHead({ reveal: {} }).split('\n')).toEqual([
      '<title>Slides</title>',
      '<meta property="og:type" content="website">',
      '<meta property="og:title" content="Slides">',
      '<meta name="twitter:card" content="summary">',
      '<meta name="twitter:title" content="Slides">',
    ]);
  });

  it('takes an http or https site URL, adding the final slash, and nothing else', () => {
    const card = { path: 'card.png', width: 1200, height: 630, alt: 'Card' };
    expect(renderPageHead({ reveal: {} }, { siteUrl: 'http://example.com/slides', card })).toContain(
      '<meta property="og:image" content="http://example.com/slides/card.png">',
    );
    expect(renderPageHead({ reveal: {} }, { siteUrl: 'https://example.com/', card })).toContain('<link rel="canonical" href="https://example.com/">');
    for (const siteUrl of ['ftp://example.com/', 'file:///home/me/', 'not a url', '']) {
      const head = renderPageHead({ reveal: {} }, { siteUrl, card });
      expect(head, siteUrl).not.toContain('canonical');
      expect(head, siteUrl).toContain('<meta property="og:image" content="card.png">');
    }
  });
});
