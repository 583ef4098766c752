// Whole decks: the author's seed as one file, the conformance decks, files and diagnostics. The talk
// in slides/ has its own tests in tests/talk/.
import { describe, expect, it } from 'vitest';
import { buildDeck, formatDiagnostic, renderSections } from '../../src/deck/index.ts';
import { CONFORMANCE_DECKS } from '../conformance-decks.ts';
import { conformanceReading, RECORD_COMMAND, recordedReading } from '../reveal-readings.ts';
import { deckOf, fixture, loadSingleFile, shape } from './helpers.ts';

describe('the seed', () => {
  it('reads the same with CRLF line ends and a BOM', async () => {
    const text = await fixture('seed/talk.md');
    const plain = await loadSingleFile(text);
    const windows = await loadSingleFile(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
    expect(renderSections(windows.deck)).toBe(renderSections(plain.deck));
    expect(windows.deck.config).toEqual(plain.deck.config);
  });
});

describe('conformance decks', () => {
  it.each([
    ['an-intro-to-pocketbase.md', [1, 1, 1, 3, 1, 4, 1, 2, 1, 2, 1, 3, 1, 5, 1, 1, 1, 1]],
    ['docker-as-a-dev-tool.md', [1, 1, 3, 3, 3, 5, 5, 2, 6, 5, 7, 8, 1, 1, 4]],
  ])('%s has the tree reveal.js gives it, without errors', async (name, expected) => {
    const result = buildDeck({ files: [{ path: name, text: await fixture(`conformance/${name}`) }] });
    expect(shape(result)).toEqual(expected);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  });

  it("have reveal.js's reading recorded from today's reveal.js, deck and reading code", () => {
    // conformance.spec.ts would read the others live: right, but slow. Recorded again, they are used.
    const stale = CONFORMANCE_DECKS.filter((name) => !recordedReading(conformanceReading(name)));
    expect(stale, `record reveal.js's readings again: ${RECORD_COMMAND}`).toEqual([]);
  });
});

describe('files and diagnostics', () => {
  it('starts a new horizontal slide at each file', () => {
    expect(shape(deckOf('# A\n----\nA2', '# B', '# C\n---\nD'))).toEqual([2, 1, 1, 1]);
  });

  it('reads front matter only from the first file', () => {
    expect(deckOf('+++\ntitle = "T"\n+++\n# A', '# B').deck.config.title).toBe('T');
    expect(deckOf('# A\n\n---\n\n# B').deck.config.title).toBe('A');
  });

  it('formats every problem of a bad deck as file:line:col severity code, in the order of the lines', () => {
    const bad = deckOf('+++\ntitle = "T"\n+++\n# A\n\n```yaml [3]\na: 1\n```\n\n---\n\n---\n\n```js\nx\n---\ny');
    expect(bad.diagnostics.map(formatDiagnostic)).toEqual([
      "slides/01.md:6:10 error invalid-step: `3` is outside the block's 1 line(s)\n  hint: steps are line numbers or ranges separated by `,`, steps separated by `|`, e.g. `[1-3,5|8]`",
      'slides/01.md:11 warning empty-slide: this slide is empty\n  hint: two separators in a row make an empty slide; remove one',
      'slides/01.md:14:1 error unclosed-fence: code fence ``` is never closed and swallows 1 slide separator(s)\n  hint: close it with a line ```',
    ]);
  });

  it("outlines every slide: by its heading, else its first words, an image's alt text or its code", () => {
    const { deck } = deckOf(
      '# Title\n\n---\n\nJust some words here\nand more\n\n----\n\n<img src="a.png" alt="A diagram of many things drawn with boxes, arrows and a great many labels">\n\n---\n\n<!-- .slide: id="code" -->\n```sh\n\n$ make\n```\n\n---\n\n',
    );
    expect(deck.outline).toEqual([
      { title: 'Title', heading: true, h: 0, v: 0 },
      { title: 'Just some words here', heading: false, h: 1, v: 0 },
      { title: 'A diagram of many things drawn with boxes, arrows and a…', heading: false, h: 1, v: 1 },
      { title: '$ make', heading: false, h: 2, v: 0, id: 'code' },
      { title: 'Slide 4', heading: false, h: 3, v: 0 },
    ]);
  });

  it('reports a deck with no files', () => {
    expect(buildDeck({ files: [] }).diagnostics.map((d) => d.code)).toEqual(['no-slides']);
  });
});
