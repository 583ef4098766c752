// Raw HTML in slides: the deck's files it names (which the build ships and the check looks for),
// and raw-text elements left open (`<iframe>`, `<textarea>`, …), closed with a warning so they do
// not swallow the rest of the slide.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { deckOf, slideHtml } from './helpers.ts';

const assets = (text: string) => deckOf(text).deck.assets.map((a) => `${a.path} @${a.line}`);

describe('files a slide names', () => {
  it.each([
    ['<img src="images/a.png">', 'images/a.png @0'],
    ['<img data-src="images/a.png">', 'images/a.png @0'],
    ['<video poster="images/p.jpg"></video>', 'images/p.jpg @0'],
    ['<div data-background="images/bg.png"></div>', 'images/bg.png @0'],
    ['<div data-background-image="images/bg.png"></div>', 'images/bg.png @0'],
    ['<iframe data-src="demo/index.html"></iframe>', 'demo/index.html @0'],
    ['![alt](images/md.png)', 'images/md.png @0'],
  ])('%s', (html, asset) => {
    expect(assets(html)).toEqual([asset]);
  });

  it('by their place: the line of the block or paragraph', () => {
    expect(assets('# A\n\n<img src="images/a.png">\n\ntext\nand ![b](images/b.png) <img src="images/c.png">\n')).toEqual([
      'images/a.png @2',
      'images/b.png @4',
      'images/c.png @4',
    ]);
    // Lines count from the file, past front matter and earlier slides.
    expect(assets('+++\ntitle = "T"\n+++\n# A\n\n---\n\n![b](images/b.png)\n')).toEqual(['images/b.png @7']);
  });

  it('as the path in the deck: resolved as the browser does (`./`, `x/..`), query and fragment cut, escapes decoded', () => {
    expect(assets('<img src="./images/a%20b.svg?v=2#part">')).toEqual(['images/a b.svg @0']);
    expect(assets('<img src="images/50%.png">')).toEqual(['images/50%.png @0']);
    expect(assets('<img src="images/a&amp;b.png">')).toEqual(['images/a&b.png @0']);
    expect(assets('<img src="docs/./a.png">')).toEqual(['docs/a.png @0']);
    expect(assets('<img src="images/../a.png">')).toEqual(['a.png @0']);
    // Out of the project: kept as written, for the loader to refuse (outside-project).
    expect(assets('<img src="../a.png">')).toEqual(['../a.png @0']);
    expect(assets('<img src="images/%2e%2e/%2e%2e/a.png">')).toEqual(['../a.png @0']);
  });

  it('not files of the deck: other sites, data, in-page links', () => {
    expect(
      assets(
        [
          '<img src="https://example.com/a.png">',
          '<img src="HTTP://example.com/a.png">',
          '<img src="//cdn.example.com/a.png">',
          '<img src="data:image/png;base64,AAAA">',
          '<img src="#top">',
          '<iframe src="git+ssh://host/x"></iframe>',
          '![remote](https://example.com/b.png)',
          '<img>',
          '<img src="">',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it("names a slide without words by its first image's alt text", () => {
    const { deck } = deckOf('<img src="images/a.png">\n<img src="images/b.png" alt="The runner">\n<img src="images/c.png" alt="Other">');
    expect(deck.outline[0].title).toBe('The runner');
    expect(deckOf('<p>\n<span alt="not an image">x</span>\n</p>').deck.outline[0].title).toBe('Slide 1');
  });
});

describe('raw-text elements left open', () => {
  it.each(['iframe', 'textarea', 'script', 'style', 'title', 'xmp', 'noembed', 'noframes'])('`<%s>` is closed, with a warning at its line', (name) => {
    const result = deckOf(`# A\n\n<${name}>\n\nnotes:\nsay this`);
    expect(slideHtml(result, 0)).toBe(`<h1>A</h1>\n<${name}>\n</${name}>`);
    expect(result.deck.stacks[0][0].notesHtml).toBe('<p>say this</p>\n');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `slides/01.md:3 warning unclosed-html: \`<${name}>\` is never closed; closed here so it does not swallow the rest of the slide\n  hint: add \`</${name}>\``,
    ]);
  });

  it('in any case of letters', () => {
    expect(deckOf('<IFRAME src="https://example.com">\n').diagnostics.map((d) => d.code)).toEqual(['unclosed-html']);
  });

  it("inside a paragraph, at the paragraph's line", () => {
    const result = deckOf('# A\n\ntext <textarea>\n');
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['unclosed-html', 2]]);
  });

  it('closed, or left open where HTML allows it (`<p>`, `<li>`): no warning', () => {
    expect(deckOf('<iframe src="https://example.com"></iframe>\n\n<div>\n\n<p>open\n\n</div>').diagnostics).toEqual([]);
    expect(deckOf('<ul><li>one<li>two</ul>\n\n<p>open').diagnostics).toEqual([]);
  });

  it('any other element left open at the end of its slide: a warning at its tag', () => {
    expect(deckOf('# A\n\n<div class="columns">\n\n- left\n\n---\n\n<span>x</span>').diagnostics.map((d) => [d.code, d.line])).toEqual([['unclosed-html', 2]]);
  });
});
