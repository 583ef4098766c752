// reveal-md decks name their separators as regexes in the front matter; each names one line, read
// here as a test of one line. What cannot be read that way keeps reveal's default, with a warning.
import { describe, expect, it } from 'vitest';
import { buildDeck, formatDiagnostic } from '../../src/deck/index.ts';
import { lineTest } from '../../src/deck/separators.ts';

const matches = (source: string, line: string) => {
  const test = lineTest(source);
  return 'test' in test && test.test(line);
};

describe('a separator regex as a line test', () => {
  it.each([
    ['---', '---'],
    ['^---$', '---'],
    ['\\r?\\n---\\r?\\n', '---'],
    ['^(\\r\\n?|\\n)----(\\r\\n?|\\n)$', '----'],
    ['\\n---\\n', '---'],
    ['<!--s-->', '<!--s-->'],
    ['^\\s*-{3}\\s*$', ' --- '],
  ])('%s matches the line %j, and no other', (source, line) => {
    expect(matches(source, line)).toBe(true);
    expect(matches(source, `${line}x`)).toBe(false);
    expect(matches(source, '# a heading')).toBe(false);
  });

  it('cannot read a regex that spans lines, matches nothing, or does not parse', () => {
    expect(lineTest('a\\nb')).toEqual({ why: 'spans more than one line' });
    expect(lineTest('^$')).toEqual({ why: 'matches an empty line' });
    expect(lineTest('(')).toEqual({ why: 'is not a regular expression JavaScript reads' });
  });
});

describe("a reveal-md deck's front matter", () => {
  const deck = (front: string, body: string) => buildDeck({ files: [{ path: 'slides/01.md', text: `---\n${front}\n---\n${body}` }] });
  const titles = (result: ReturnType<typeof deck>) => result.deck.stacks.map((stack) => stack.map((slide) => slide.title));

  it('splits at its own separators, and starts notes at its own notes separator', () => {
    const result = deck(
      'separator: <!--s-->\nverticalSeparator: <!--v-->\nnotesSeparator: "^Note:"',
      '# A\n\nNote: say A\n<!--s-->\n# B\n<!--v-->\n# C\n\n---\n\nstill C',
    );
    expect(titles(result)).toEqual([['A'], ['B', 'C']]);
    expect(result.deck.stacks[0][0].notesHtml).toBe('<p>say A</p>\n');
    // `---` is no separator in this deck: a rule in slide C.
    expect(result.deck.stacks[1][1].html).toContain('<hr>');
    expect(result.diagnostics).toEqual([]);
  });

  it('takes Reveal options from `revealOptions`, as reveal-md does', () => {
    expect(deck('revealOptions:\n  transition: fade\n  controls: false', '# A').deck.config.reveal).toEqual({ transition: 'fade', controls: false });
  });

  it('warns, at its line, of each key it does not honour, and of a separator it cannot read', () => {
    const result = deck('css: a.css\nhighlightTheme: monokai\nseparator: "x\\\\ny"', '# A\n---\n# B');
    expect(result.diagnostics.map(formatDiagnostic).map((d) => d.split('\n')[0])).toEqual([
      "slides/01.md:2:1 warning unsupported-option: reveal-md's `css` is not supported here; it is ignored",
      "slides/01.md:3:1 warning unsupported-option: reveal-md's `highlightTheme` is not supported here; it is ignored",
      'slides/01.md:4:1 warning unsupported-option: `separator: x\\ny` spans more than one line; slides are split at `---` lines instead',
    ]);
    expect(titles(result)).toEqual([['A'], ['B']]);
  });
});
