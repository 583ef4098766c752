// The loader's checks on what is fine as well as what is not: each rule stays quiet on correct
// decks (no false alarm), and says where the mistake is when there is one.
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/deck/index.ts';
import { revealOptionNames } from '../../src/deck/reveal-options.ts';
import { deckOf } from './helpers.ts';

const codes = (...texts: string[]) => deckOf(...texts).diagnostics.map((d) => d.code);

describe('footnotes', () => {
  it('say nothing when every reference has its definition, and ignore `[^1]` in code', () => {
    expect(codes('a [^1]\n\n[^1]: x\n\n`[^2]` and\n\n```\n[^3]\n```')).toEqual([]);
  });

  it('are checked per slide: a definition on another slide does not count', () => {
    // (The second slide, its footnote unused, shows nothing at all.)
    expect(codes('a [^1]\n\n---\n\n[^1]: x')).toEqual(['undefined-footnote', 'empty-slide', 'unused-footnote']);
  });
});

describe('images and media', () => {
  it('take `alt=""` as a decoration, and a colour background as no file', () => {
    const { deck, diagnostics } = deckOf('<!-- .slide: data-background="#fac828" -->\n\n<img src="images/a.svg" alt="">');
    expect(diagnostics).toEqual([]);
    expect(deck.assets.map((a) => a.path)).toEqual(['images/a.svg']);
  });

  it('count image backgrounds and videos as files of the deck, at the comment line', () => {
    const { deck } = deckOf('# A\n\n<!-- .slide: data-background="images/bg.png" data-background-video="v/loop.mp4" -->');
    expect(deck.assets.map((a) => `${a.path}:${a.line}`)).toEqual(['images/bg.png:2', 'v/loop.mp4:2']);
  });

  it('warn of remote images but not of an embedded remote page', () => {
    expect(codes('![x](https://example.com/a.png)\n\n<iframe src="https://example.com/"></iframe>')).toEqual(['remote-url']);
  });
});

describe('front matter and options', () => {
  it('know every option the talk uses, and name the closest to a misspelt one', () => {
    const known = { revealOptions: revealOptionNames() };
    const ok = buildDeck(
      { files: [{ path: 'slides/01.md', text: '+++\n[reveal_hugo]\nslide_number = true\ntotal_time = 60\ncenter = false\n+++\n# A' }] },
      known,
    );
    expect(ok.diagnostics).toEqual([]);
    const bad = buildDeck({ files: [{ path: 'slides/01.md', text: '+++\n[reveal]\ncontrolz = false\nqqqqqqqq = 1\n+++\n# A' }] }, known);
    expect(bad.diagnostics.map((d) => [d.line, d.column, d.hint])).toEqual([
      [2, 0, 'did you mean `controls`?'],
      [3, 0, undefined],
    ]);
  });

  it('make no empty slide of a file that ends with a separator and no newline (reveal makes none)', () => {
    expect(deckOf('# A\n\n---', '# B\n----').deck.stacks.map((stack) => stack.map((slide) => slide.title))).toEqual([['A'], ['B']]);
    expect(codes('# A\n\n---', '# B\n----')).toEqual([]);
    // With a newline after it, the separator opens a slide as in reveal: an empty one, said.
    expect(codes('# A\n\n---\n')).toEqual(['empty-slide']);
  });

  it('count a slide of a background alone as a slide that shows something', () => {
    expect(codes('# A\n\n---\n\n<!-- .slide: data-background-image="images/x.png" -->\n\n---\n\n# C').filter((c) => c !== 'missing-file')).toEqual([]);
    expect(codes('# A\n\n---\n\n<!-- .slide: data-background-color="#123456" -->')).toEqual([]);
    expect(codes('# A\n\n---\n\n<!-- .slide: class="quiet" -->')).toEqual(['empty-slide']);
  });

  it('take a later file starting `---` text `---` for a slide, and key: value for front matter', () => {
    // A, the empty slide before the file's first `---`, B, C.
    expect(deckOf('# A', '---\n# B\n---\n# C').deck.stacks.flat().length).toBe(4);
    expect(codes('# A', '---\n# B\n---\n# C')).toEqual(['empty-slide']);
    const later = deckOf('# A', '---\ntitle: x\n---\n# B');
    expect(later.diagnostics.map((d) => d.code)).toEqual(['late-front-matter']);
    expect(later.deck.stacks[1][0].html).toBe('<h1>B</h1>\n');
  });
});

describe('notes and fences', () => {
  it('allow `notes:` in a code block once, and warn of a second one outside code', () => {
    expect(codes('a\n\nnotes:\n```yaml\nnotes: x\n```')).toEqual([]);
    expect(codes('a\n\nnotes:\nx\n\nnote: y')).toEqual(['duplicate-notes']);
  });
});

describe('links that leave the deck', () => {
  it('get rel="noopener noreferrer", in Markdown and in raw HTML, and in-deck links do not', () => {
    const html = deckOf(
      '# A\n\n[out](https://example.org) and <a href="https://example.org/raw">raw</a> and <a href="#/1">in</a>\n\n<p><a href="mailto:a@b.c" class="x">mail</a> <a href="https://x.org" rel="me">own</a></p>\n\n---\n\nB',
    ).deck.stacks[0][0].html;
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">out</a>');
    expect(html).toContain('<a href="https://example.org/raw" rel="noopener noreferrer">raw</a>');
    expect(html).toContain('<a href="#/1">in</a>');
    expect(html).toContain('<a href="mailto:a@b.c" class="x" rel="noopener noreferrer">mail</a>');
    expect(html).toContain('<a href="https://x.org" rel="me">own</a>');
  });
});
