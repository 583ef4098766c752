// How each slide is named (the PDF's bookmarks, the speaker's outline): its heading, else its first
// words, an image's alt text or its code's first line, cut near 60 characters; else its place.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { deckOf } from './helpers.ts';

const titles = (...texts: string[]) => deckOf(...texts).deck.outline.map((entry) => entry.title);

describe("a slide's name", () => {
  it('is its heading, trimmed, whatever follows it on the line', () => {
    expect(titles('# Heading <!-- .element: class="fragment" -->\n\nwords')).toEqual(['Heading']);
  });

  it('is what a reader sees: raw HTML in a heading or words is markup, not text (a `<br>` is a space)', () => {
    expect(titles('# Docker <em>in</em><br>Docker <span style="color: red">explained</span>')).toEqual(['Docker in Docker explained']);
    expect(titles('<b>Bold</b> words, `<code>` kept as written')).toEqual(['Bold words, <code> kept as written']);
    // The page's <title>, deck.json and the social card take the first heading.
    expect(deckOf('## A <abbr title="Continuous Integration">CI</abbr> pipeline').deck.config.title).toBe('A CI pipeline');
  });

  it('without a heading, its first words; an image alone names it by its alt text', () => {
    expect(titles('![The runner, drawn](images/a.png)')).toEqual(['The runner, drawn']);
    expect(titles('`docker run` starts it')).toEqual(['docker run starts it']);
    expect(titles('`docker run`')).toEqual(['docker run']);
  });

  it("without words, its code's first line that is not blank, spaces run together", () => {
    expect(titles('```sh\n   \n$ docker   run   -it\n```')).toEqual(['$ docker run -it']);
  });

  it("by an image's alt text, spaces trimmed", () => {
    expect(titles('<img src="images/a.png" alt="  The   runner  ">')).toEqual(['The runner']);
  });

  it('skips a spacer paragraph (`&nbsp;`) for the code below it', () => {
    expect(titles('&nbsp;\n\n```sh\n$ make\n```')).toEqual(['$ make']);
  });

  it('is its place when nothing else names it: `Slide 2`, or `Slide 2.1` in a stack', () => {
    expect(titles('<div class="x"></div>\n\n---\n\n<div></div>\n\n----\n\n<div></div>')).toEqual(['Slide 1', 'Slide 2.1', 'Slide 2.2']);
  });
});

describe('a long name', () => {
  it('of exactly 60 characters is kept whole', () => {
    const sixty = `${'word '.repeat(11)}abcde`;
    expect(sixty).toHaveLength(60);
    expect(titles(sixty)).toEqual([sixty]);
  });

  it('is cut at the last word that fits, without the punctuation before the cut', () => {
    expect(titles('Some words here: and more, that run past sixty characters in all, surely;')).toEqual([
      'Some words here: and more, that run past sixty characters in…',
    ]);
    expect(titles(`${'word '.repeat(10)}end., ${'tail'.repeat(5)}`)).toEqual([`${'word '.repeat(10)}end…`]);
  });

  it('is cut at 60 characters when its last space is within its first 20', () => {
    const text = `${'a'.repeat(9)} ${'b'.repeat(10)} ${'c'.repeat(50)}`;
    expect(titles(text)).toEqual([`${text.slice(0, 60)}…`]);
    expect(titles('Supercalifragilisticexpialidocious-and-then-some-more-words-without-any-spaces')).toEqual([
      'Supercalifragilisticexpialidocious-and-then-some-more-words-…',
    ]);
  });
});

describe('an empty slide', () => {
  it('is reported when it shows nothing, attributes comments and blank lines included', () => {
    const { diagnostics } = deckOf('# A\n\n---\n\n<!-- .slide: data-state="x" -->\n\n---\n\n# C');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:4 warning empty-slide: this slide is empty\n  hint: two separators in a row make an empty slide; remove one',
    ]);
  });

  it('is not reported when it has only notes', () => {
    expect(deckOf('# A\n\n---\n\nnotes:\nsay this').diagnostics).toEqual([]);
  });
});

describe('speaker notes', () => {
  it('report their problems at their own lines', () => {
    const { diagnostics } = deckOf('# A\n\nnotes:\n\n```klingon\nx\n```');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:5:4 warning unknown-language: highlight.js has no language `klingon`; the block is shown uncoloured',
    ]);
  });

  it("keep their footnotes apart from the slide's and from other slides' notes", () => {
    const { deck } = deckOf('A [^1]\n\n[^1]: one\n\nnotes:\nB [^1]\n\n[^1]: two\n\n---\n\nC\n\nnotes:\nD [^1]\n\n[^1]: three');
    const ids = [deck.stacks[0][0].html, deck.stacks[0][0].notesHtml, deck.stacks[1][0].notesHtml].map((html) => /<li id="([^"]+)"/.exec(html ?? '')?.[1]);
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain(undefined);
  });
});

describe('where notes start', () => {
  it('at `notes:` or `note:` at the start of a line (after spaces), not at a word ending in it', () => {
    expect(deckOf('# A\nfootnotes: are words').deck.stacks[0][0].notesHtml).toBeUndefined();
    expect(deckOf('# A\n   Notes: say this').deck.stacks[0][0].notesHtml).toBe('<p>say this</p>\n');
  });

  it('their problems are reported at their lines, past blank lines after `notes:`', () => {
    const { diagnostics } = deckOf('# A\n\nnotes:\n   \n\n```klingon\nx\n```');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['unknown-language', 5]]);
  });
});
