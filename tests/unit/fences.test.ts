// Code fences as the author sees them: where a fence ends decides which `---` and `notes:` lines
// are code. CommonMark's rule (markdown-it's `fence`): the closing fence is the same character, at
// least as long as the opening one, with nothing but spaces around it.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { deckOf, shape, slideHtml } from './helpers.ts';

/** The text of each `<code>` block in the slide, tags removed. */
const codeOf = (html: string) => [...html.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));

describe('a fence closes', () => {
  it.each([
    ['```', '```'],
    ['```', '````'],
    ['```', '``````'],
    ['~~~', '~~~~'],
    ['````', '`````'],
    ['```', '```   '],
    ['```', '  ```'],
  ])('opened with %s, at a line %j: the `---` after it splits', (open, close) => {
    const result = deckOf(`# A\n${open}\ncode\n${close}\n---\n# B`);
    expect(shape(result)).toEqual([1, 1]);
    expect(codeOf(slideHtml(result, 0))).toEqual(['code']);
    expect(result.diagnostics).toEqual([]);
  });

  it('with a longer fence, so `notes:` after it starts the notes', () => {
    const { deck, diagnostics } = deckOf('# A\n```\nnotes: in code\n````\nnotes:\nsay this');
    expect(deck.stacks[0][0].notesHtml).toBe('<p>say this</p>\n');
    expect(codeOf(deck.stacks[0][0].html)).toEqual(['notes: in code']);
    // Only the hint that a `notes:` line inside code may be a fence closed in the wrong place.
    expect(diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning separator-in-code']);
  });
});

describe('a fence does not close', () => {
  it.each([
    ['````', '```'],
    ['```', '~~~'],
    ['~~~~', '~~~'],
    ['```', '``` x'],
    ['```', '`` `'],
  ])('opened with %s, at a line %j: the `---` after it is code', (open, close) => {
    const result = deckOf(`# A\n${open}\ncode\n${close}\n---\n# B\n${open}\n`);
    expect(shape(result)).toEqual([1]);
    expect(codeOf(slideHtml(result, 0))).toEqual([`code\n${close}\n---\n# B`]);
  });

  it('with a shorter fence, and says so when it swallows a slide separator', () => {
    const { diagnostics } = deckOf('# A\n\n````\ncode\n```\n\n---\n\n# B');
    expect(diagnostics.map((d) => [d.severity, d.code, d.line, d.column])).toEqual([['error', 'unclosed-fence', 2, 0]]);
  });

  it('with a shorter fence, so `notes:` after it stays code', () => {
    const { deck } = deckOf('# A\n````\ncode\n```\nnotes:\nnot notes');
    expect(deck.stacks[0][0].notesHtml).toBeUndefined();
  });
});

describe('what opens a fence', () => {
  it('three backticks or tildes, indented or not: `---` inside is code', () => {
    for (const open of ['```', '~~~', '   ```yaml', '  ~~~~']) {
      const close = /[`~]+/.exec(open)?.[0];
      const result = deckOf(`# A\n${open}\n---\n${close}\n`);
      expect(shape(result), open).toEqual([1]);
      // A YAML block may hold `---` (a document marker); in other code it may be a misplaced fence.
      expect(
        result.diagnostics.map((d) => `${d.severity} ${d.code}`),
        open,
      ).toEqual(open.includes('yaml') ? [] : ['warning separator-in-code']);
    }
  });

  it('not two: `---` after `` `` `` splits', () => {
    expect(shape(deckOf('# A\n``\n---\n# B'))).toEqual([1, 1]);
  });

  it('not backticks with a backtick in the info string (inline code): `---` after it splits', () => {
    expect(shape(deckOf('# A\n```js` x\n---\n# B'))).toEqual([1, 1]);
    // Tildes may have one.
    expect(shape(deckOf('# A\n~~~js` x\n---\n~~~\n'))).toEqual([1]);
  });
});

describe('fences and HTML comments', () => {
  it("`<!--` in a fence's info string or its code is code: the `---` after the fence splits", () => {
    expect(shape(deckOf('# A\n```html <!--\ncode\n```\n---\n# B'))).toEqual([1, 1]);
    expect(shape(deckOf('# A\n```html\n<!-- a comment in code\n```\n---\n# B'))).toEqual([1, 1]);
  });

  it('a `---` after a multi-line HTML comment closes splits', () => {
    expect(shape(deckOf('# A\n<!--\nhidden\n-->\n---\n# B'))).toEqual([1, 1]);
  });

  it('a comment opened after a `-->` on the same line stays open over the `---` below', () => {
    expect(shape(deckOf('# A\nsome --> text <!-- open\n---\n-->\n# Still A'))).toEqual([1]);
    expect(shape(deckOf('# A\na --><!-- open\n---\n-->\n# Still A'))).toEqual([1]);
  });
});

describe('a fence never closed', () => {
  it('runs to the end of its file: a warning when it hides no separator', () => {
    const { diagnostics } = deckOf('# A\n\n```yaml\na: 1\n');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:3:1 warning unclosed-fence: code fence ``` is never closed; it runs to the end of the file\n  hint: close it with a line ```',
    ]);
  });

  it('is an error when it hides a vertical separator', () => {
    const { diagnostics } = deckOf('# A\n\n  ~~~~\ncode\n----\nB\n');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:3:3 error unclosed-fence: code fence ~~~~ is never closed and swallows 1 slide separator(s)\n  hint: close it with a line ~~~~',
    ]);
  });

  it('counts every separator it hides', () => {
    const { diagnostics } = deckOf('# A\n```\n---\n----\n---\n');
    expect(diagnostics.map((d) => d.message)).toEqual(['code fence ``` is never closed and swallows 3 slide separator(s)']);
  });
});

describe('what does not open a fence', () => {
  it('text before the backticks', () => {
    expect(shape(deckOf('# A\nsee ```\n---\n# B'))).toEqual([1, 1]);
  });

  it('one or two tildes', () => {
    expect(shape(deckOf('# A\n~\n---\n~~\n---\n# C'))).toEqual([1, 1, 1]);
  });
});
