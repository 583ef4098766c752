// reveal-md's separator options in a deck's front matter (separators.ts), in the cases
// reveal-md-front-matter.test.ts leaves out: a deck that names only one of `separator` and
// `verticalSeparator` keeps reveal-md's default for the other (`\r?\n---\r?\n`, `\r?\n----\r?\n`);
// `notesSeparator` is read as reveal reads it (any case, at a line's start); the separators of the
// first file split the deck's other files too; and each option that cannot be used is reported at
// its line, with what is used instead.
import { describe, expect, it } from 'vitest';
import { buildDeck, formatDiagnostic, type LoadResult } from '../../src/deck/index.ts';
import { deckOf } from './helpers.ts';

const deck = (front: string, ...bodies: string[]) =>
  buildDeck({ files: bodies.map((body, i) => ({ path: `slides/0${i + 1}.md`, text: i === 0 ? `---\n${front}\n---\n${body}` : body })) });
const titles = (result: LoadResult) => result.deck.stacks.map((stack) => stack.map((slide) => slide.title));
const HINT = '\n  hint: give a regex that matches the separator, e.g. `^---$` or `<!--s-->`';

describe('one separator named', () => {
  it('`separator` alone: slides below still start at `----` lines, and `---` is a rule', () => {
    const result = deck('separator: <!--s-->', '# A\n<!--s-->\n# B\n----\n# C\n---\n\nstill C');
    expect(titles(result)).toEqual([['A'], ['B', 'C']]);
    expect(result.deck.stacks[1][1].html).toBe('<h1>C</h1>\n<hr>\n<p>still C</p>\n');
    expect(result.diagnostics).toEqual([]);
  });

  it('`verticalSeparator` alone: stacks still start at `---` lines, and `----` is a rule', () => {
    const result = deck('verticalSeparator: <!--v-->', '# A\n---\n# B\n<!--v-->\n# C\n----\n\nstill C');
    expect(titles(result)).toEqual([['A'], ['B', 'C']]);
    expect(result.deck.stacks[1][1].html).toBe('<h1>C</h1>\n<hr>\n<p>still C</p>\n');
    expect(result.diagnostics).toEqual([]);
  });
});

describe("the first file's separators", () => {
  it("split the deck's other files as well", () => {
    const result = deck('separator: <!--s-->', '# A\n<!--s-->\n# B', '# C\n<!--s-->\n# D\n---\n\nstill D');
    expect(titles(result)).toEqual([['A'], ['B'], ['C'], ['D']]);
    expect(result.deck.stacks[3][0].html).toBe('<h1>D</h1>\n<hr>\n<p>still D</p>\n');
  });
});

describe('the default separator lines', () => {
  it('split a file that starts with a blank line', () => {
    expect(titles(deckOf('\n# A\n\n---\n\n# B'))).toEqual([['A'], ['B']]);
  });
});

describe('`notesSeparator`', () => {
  it('starts the notes at its own lines, in any case, and `notes:` is then text', () => {
    const result = deck('notesSeparator: "^Speaker:"', '# A\n\nSPEAKER: say A\n\n---\n\n# B\n\nnotes: not notes');
    expect(result.deck.stacks[0][0].notesHtml).toBe('<p>say A</p>\n');
    expect(result.deck.stacks[1][0].html).toBe('<h1>B</h1>\n<p>notes: not notes</p>\n');
    expect(result.diagnostics).toEqual([]);
  });

  it('that matches no line start (empty, across a line break, or no regex) is reported, and `notes:` lines used', () => {
    for (const source of ['^$', '\\\\n\\\\nNote:', '(x']) {
      const result = deck(`notesSeparator: "${source}"`, '# A\n\nnotes: say A');
      expect(result.deck.stacks[0][0].notesHtml).toBe('<p>say A</p>\n');
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([
        `slides/01.md:2:1 warning unsupported-option: \`notesSeparator: ${source.replaceAll('\\\\', '\\')}\` is not a regex that matches the start of a line; notes start at \`notes:\` lines instead`,
      ]);
    }
  });
});

describe('a separator that cannot split', () => {
  it('`verticalSeparator` that does not parse: reported at its line, slides below at `----` lines', () => {
    const result = deck('title: T\nverticalSeparator: "(x"', '# A\n----\n# B');
    expect(titles(result)).toEqual([['A', 'B']]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `slides/01.md:3:1 warning unsupported-option: \`verticalSeparator: (x\` is not a regular expression JavaScript reads; slides are split at \`----\` lines instead${HINT}`,
    ]);
  });

  it('a lone line break (`\\n`) matches an empty line: reported, stacks at `---` lines', () => {
    const result = deck('separator: "\\\\n"', '# A\n---\n# B');
    expect(titles(result)).toEqual([['A'], ['B']]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `slides/01.md:2:1 warning unsupported-option: \`separator: \\n\` matches an empty line; slides are split at \`---\` lines instead${HINT}`,
    ]);
  });

  it('two that do not make one regex: reported at `separator`', () => {
    const result = deck('title: T\nseparator: "(?<s>---)"\nverticalSeparator: "(?<s>----)"', '# A\n---\n# B');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:3:1 warning unsupported-option: `separator` and `verticalSeparator` do not make one regular expression together (a group named twice?); slides are split at `---` and `----` lines instead',
    ]);
  });
});
