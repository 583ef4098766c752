// The raw-HTML and image checks (html-check.ts) at their edges, as an author meets them: which URLs
// name files of the deck (shipped by the build, checked to exist), the warnings for media on the
// network, paths from the site's root and images without alt text, and which elements left open
// at a slide's end are a mistake. html-assets.test.ts has the common cases; these pin the rules
// reveal.js and HTML decide: when reveal reads `data-background` as an image, which end tags HTML
// lets go, and that HTML shown as code is not HTML.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { deckOf, slideHtml } from './helpers.ts';

const diagnostics = (text: string) => deckOf(text).diagnostics.map(formatDiagnostic);
const assets = (text: string) => deckOf(text).deck.assets.map((a) => `${a.path} @${a.line}`);

const remote = (url: string, line: number) =>
  `slides/01.md:${line} warning remote-url: \`${url}\` is off the site: the slide needs a network to show it\n  hint: download the file into images/ and name it from there`;
const noAlt = (line: number) =>
  `slides/01.md:${line} warning missing-alt: this image has no alt text: a screen reader, the PDF and a failed load show nothing\n  hint: describe it: \`![what it shows](images/…)\` or \`alt="…"\`; \`alt=""\` marks a decoration`;
const unclosed = (name: string, line: number, count = '') =>
  `slides/01.md:${line} warning unclosed-html: \`<${name}>\` is never closed on this slide${count}: the rest of the slide lands inside it\n  hint: add \`</${name}>\` where it should end`;

describe('media on the network', () => {
  it('warns of a raw image, video or sound on another site, at its line, but not of an embedded page', () => {
    const text = [
      '# A',
      '<img src="https://example.com/a.png" alt="a">',
      '<video src="https://example.com/v.mp4"></video>',
      '<audio src="https://example.com/s.ogg"></audio>',
      '<iframe src="https://example.com/"></iframe>',
      '<iframe data-src="https://example.com/lazy"></iframe>',
    ].join('\n\n');
    expect(diagnostics(text)).toEqual([remote('https://example.com/a.png', 3), remote('https://example.com/v.mp4', 5), remote('https://example.com/s.ogg', 7)]);
  });

  it("warns of a slide's background image or video on another site, at the comment's line, but not of a background page", () => {
    const result = deckOf(
      '# A\n\n<!-- .slide: data-background-image="https://example.com/bg.png" data-background-video="https://example.com/v.mp4" data-background-iframe="https://example.com/" -->',
    );
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([remote('https://example.com/bg.png', 3), remote('https://example.com/v.mp4', 3)]);
    expect(result.deck.assets).toEqual([]);
  });
});

describe('slide backgrounds that are files of the deck', () => {
  it('count every kind of background, the embedded page too, at the comment line', () => {
    expect(
      assets('# A\n\n<!-- .slide: data-background-image="images/bg.png" data-background-video="media/loop.mp4" data-background-iframe="demo/index.html" -->'),
    ).toEqual(['images/bg.png @2', 'media/loop.mp4 @2', 'demo/index.html @2']);
  });

  it('take `data-background` for an image when reveal.js does: an image extension ending the name, any case, before a query or fragment', () => {
    expect(
      assets(
        [
          '<!-- .slide: data-background="images/a.jpg" -->',
          '<!-- .slide: data-background="images/b.JPEG" -->',
          '<!-- .slide: data-background="images/c.png?v=2" -->',
          '<!-- .slide: data-background="images/d.webp#x" -->',
        ].join('\n\n---\n\n'),
      ),
    ).toEqual(['images/a.jpg @0', 'images/b.JPEG @4', 'images/c.png @8', 'images/d.webp @12']);
  });

  it('and for a colour otherwise, which names no file (as reveal.js reads `black`, `rgb(…)` or `clip.gifv`)', () => {
    const result = deckOf(
      [
        '<!-- .slide: data-background="black" -->',
        '<!-- .slide: data-background="rgb(20, 20, 20)" -->',
        '<!-- .slide: data-background="images/clip.gifv" -->',
      ].join('\n\n---\n\n'),
    );
    expect(result.deck.assets).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('URLs that name no file', () => {
  it('the page itself or the site itself (`.`, `/`, `?print-pdf`): nothing to ship or look for, and no root-path warning', () => {
    const result = deckOf('<iframe src="."></iframe>\n\n<iframe src="/"></iframe>\n\n<iframe src="?print-pdf"></iframe>');
    expect(result.deck.assets).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it("a path from the site's root is the deck's file, with a warning naming it from the deck", () => {
    const result = deckOf('# A\n\n<img src="/images/a.png" alt="a">');
    expect(result.deck.assets.map((a) => a.path)).toEqual(['images/a.png']);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "slides/01.md:3 warning root-path: `/images/a.png` starts at the site's root: it shows only where the deck is served at a domain's root, not from a sub-path or the single file\n  hint: name it from the deck: `images/a.png`",
    ]);
  });
});

describe('alt text', () => {
  it('is missing from a Markdown image whose brackets hold nothing or only spaces, and from a raw `<img>` without `alt`', () => {
    expect(
      diagnostics('![](images/a.png)\n\n![ ](images/b.png)\n\n<img src="images/c.png">\n\n![a cat](images/d.png) <img src="images/e.png" alt="">'),
    ).toEqual([noAlt(1), noAlt(3), noAlt(5)]);
  });
});

describe('HTML shown as code', () => {
  it('is text: no element left open, no file, no warning', () => {
    const result = deckOf(
      '# A\n\nWrite `<iframe>` or `<div>` and `<img src="images/x.png">`\n\n```html\n<textarea>\n<video src="https://example.com/v.mp4">\n```',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.deck.assets).toEqual([]);
    expect(slideHtml(result, 0)).toContain('<p>Write <code>&lt;iframe&gt;</code> or <code>&lt;div&gt;</code>');
    expect(slideHtml(result, 0)).not.toContain('</iframe>');
  });
});

describe('elements left open at the end of a slide', () => {
  // HTML's optional end tags: the browser closes these itself without taking the rest of the slide in.
  it.each([
    'p',
    'li',
    'dt',
    'dd',
    'tr',
    'th',
    'td',
    'thead',
    'tbody',
    'tfoot',
    'option',
    'optgroup',
    'rb',
    'rt',
    'rp',
    'colgroup',
    'caption',
    'html',
    'head',
    'body',
  ])('`<%s>` may go without its end tag: no warning', (name) => {
    const result = deckOf(`# A\n\n<${name}>x\n\nmore`);
    expect(result.diagnostics).toEqual([]);
    expect(slideHtml(result, 0)).toContain(`<${name}>x`);
  });

  it('one warning a name, at the first of them, counting them', () => {
    expect(diagnostics('# A\n\n<div class="a">\n\n<div class="b">\n\ntext\n\n<section>')).toEqual([unclosed('div', 3, ' (2 of them)'), unclosed('section', 9)]);
  });

  it('closed by the end tag of the element around it, or self-closed in SVG: no warning', () => {
    expect(diagnostics('<div><span>text</div>')).toEqual([]);
    expect(diagnostics('<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/><circle r="1"/></svg>')).toEqual([]);
  });

  it('a start tag cut short (no `>`) at the end of a slide does not stop the build', () => {
    expect(slideHtml(deckOf('# A\n\n<div class="box"'), 0)).toBe('<h1>A</h1>\n<div class="box"');
    expect(slideHtml(deckOf('<div>a</div>\n\n<div class="x"'), 0)).toBe('<div>a</div>\n<div class="x"');
  });
});
