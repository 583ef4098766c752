// reveal-md decks name their separators as regexes in the front matter, matched against the whole
// file as reveal matches them. One that cannot split keeps reveal's default, with a warning.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck, formatDiagnostic, loadDeck } from '../../src/deck/index.ts';
import { unusableRegex } from '../../src/deck/separators.ts';
import { themeNames } from '../../src/themes/index.ts';

describe('a separator regex that cannot split', () => {
  it('does not parse, or matches an empty line', () => {
    expect(unusableRegex('(')).toBe('is not a regular expression JavaScript reads');
    expect(unusableRegex('^$')).toBe('matches an empty line');
    expect(unusableRegex('\\n*')).toBe('matches an empty line');
    expect(unusableRegex('^\\n\\n\\n')).toBeUndefined();
    expect(unusableRegex('<!--s-->')).toBeUndefined();
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
    const result = deck('css: a.css\nhighlightTheme: monokai\nseparator: "(x"', '# A\n---\n# B');
    expect(result.diagnostics.map(formatDiagnostic).map((d) => d.split('\n')[0])).toEqual([
      "slides/01.md:2:1 warning unsupported-option: reveal-md's `css` is not supported here; it is ignored",
      "slides/01.md:3:1 warning unsupported-option: reveal-md's `highlightTheme` is not supported here; it is ignored",
      'slides/01.md:4:1 warning unsupported-option: `separator: (x` is not a regular expression JavaScript reads; slides are split at `---` lines instead',
    ]);
    expect(titles(result)).toEqual([['A'], ['B']]);
  });

  it('splits where reveal does with a separator of blank lines (`^\\n\\n\\n`, `^\\n\\n`), never inside code', () => {
    // Three blank lines start a stack, two a slide below, one is a paragraph break; the blank lines in the code block stay.
    const body = '# A\n\ntext\n\n\n\n## B\n\nmore\n\n\n## C\n\n```\nx\n\n\n\ny\n```\n\n\n\n# D';
    const result = deck('separator: "^\\n\\n\\n"\nverticalSeparator: "^\\n\\n"', body);
    expect(titles(result)).toEqual([['A'], ['B', 'C'], ['D']]);
    expect(result.deck.stacks[1][1].html.replace(/<[^>]+>/g, '')).toContain('x\n\n\n\ny');
    expect(result.diagnostics).toEqual([]);
  });

  it('splits at any line that starts with a separator without `$` (`^---`), as reveal does', () => {
    const result = deck('separator: "^---"', '# A\n--- more\n# B\n---\n# C');
    expect(titles(result)).toEqual([['A'], ['B'], ['C']]);
  });
});

describe("reveal-md's `theme` as a stylesheet", () => {
  const load = async (theme: string, files: Record<string, string> = {}) => {
    const root = await mkdtemp(join(tmpdir(), 'theme-file-'));
    await mkdir(join(root, 'slides'));
    await writeFile(join(root, 'slides/01.md'), `---\ntitle: T\ntheme: ${theme}\n---\n# T\n`);
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
    const result = await loadDeck(root, 'slides', themeNames());
    await rm(root, { recursive: true, force: true });
    return result;
  };

  it('a file of the deck is its theme, checked like any file it names', async () => {
    const own = await load('css/evo.css', { 'css/evo.css': '.reveal h1 { color: red; }' });
    expect(own.diagnostics).toEqual([]);
    expect(own.deck.config.themeFile).toBe('css/evo.css');
    expect(own.deck.assets).toContainEqual({ path: 'css/evo.css', file: 'slides/01.md', line: 2 });
    const missing = await load('./css/gone.css');
    expect(missing.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:3 error missing-file: `css/gone.css` does not exist\n  hint: put the file under images/ or fix the path',
    ]);
  });

  it('a path to one of our themes is that theme; one on the network is reported and the default used', async () => {
    const ours = await load('node_modules/reveal.js/dist/theme/black.css');
    expect(ours.diagnostics).toEqual([]);
    expect(ours.deck.config.theme).toBe('black');
    expect(ours.deck.assets).toEqual([]);
    const remote = await load('https://example.com/themes/evo.css');
    expect(remote.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:3:1 warning unsupported-option: the theme `https://example.com/themes/evo.css` is on the network: the site loads styles from itself only (offline, and its policy); the default theme is used\n  hint: download the stylesheet into the deck and name it: `theme: css/theme.css`',
    ]);
  });
});

describe('separator regexes that could hang or throw', () => {
  const deck = (front: string, body: string) => buildDeck({ files: [{ path: 'slides/01.md', text: `---\n${front}\n---\n${body}` }] });

  it('a regex that can match nothing somewhere (a lookahead) never loops, and cuts nothing there', () => {
    const result = deck('separator: "(?=#)"', '# A\n\n# B');
    expect(result.deck.stacks.flat().length).toBe(1);
  });

  it('two regexes that cannot be joined (a group named twice) keep the default lines, with a warning', () => {
    const result = deck('separator: "(?<s>---)"\nverticalSeparator: "(?<s>----)"', '# A\n---\n# B');
    expect(result.deck.stacks.map((s) => s.length)).toEqual([1, 1]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unsupported-option']);
  });
});
