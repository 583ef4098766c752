import { describe, expect, it } from 'vitest';
import { splitSlides } from '../../src/deck/split.ts';
import type { StackSource } from '../../src/deck/types.ts';

const split = (text: string, startLine = 0) => {
  const { stacks, diagnostics } = splitSlides({ path: 'slides/01.md', text }, startLine);
  return { stacks, diagnostics, texts: stacks.map((s) => s.map((slide) => slide.text)) };
};

/** Every line is in exactly one slide or is a separator. */
function expectLossless(text: string, stacks: StackSource[]): void {
  const lines = text.split('\n');
  const seen = new Array<number>(lines.length).fill(0);
  for (const slide of stacks.flat()) {
    for (let i = slide.startLine; i < slide.endLine; i++) seen[i]++;
    expect(slide.text).toBe(lines.slice(slide.startLine, slide.endLine).join('\n'));
  }
  seen.forEach((count, i) => {
    expect(count === 1 || (count === 0 && /^-{3,4}$/.test(lines[i]))).toBe(true);
  });
}

describe('splitSlides', () => {
  it('splits on `---` (horizontal) and `----` (vertical) lines', () => {
    const { texts } = split('A\n\n---\n\nB1\n\n----\n\nB2\n---\nC');
    expect(texts).toEqual([['A\n'], ['\nB1\n', '\nB2'], ['C']]);
  });

  it('splits on `---` right under a text or list line (not a setext heading here)', () => {
    expect(split('- item\n---\n## Next').texts).toEqual([['- item'], ['## Next']]);
  });

  it('keeps positions: start and end lines of each slide', () => {
    const { stacks } = split('A\n---\nB\n----\nC', 0);
    expect(stacks.flat().map((s) => [s.startLine, s.endLine])).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
  });

  it("names each slide by its file and its place among the file's slides, front matter aside", () => {
    const { stacks } = split('+++\ntitle = "T"\n+++\nA\n---\nB\n----\nC', 3);
    expect(stacks.flat().map((s) => s.id)).toEqual(['slides/01.md#0', 'slides/01.md#1', 'slides/01.md#2']);
  });

  it.each([
    ['```', '```'],
    ['~~~', '~~~'],
    ['````yaml', '````'],
    ['  ```', '  ```'],
  ])('does not split on `---` or `----` inside a %s fence, but says the code holds one', (open, close) => {
    const text = `A\n${open}\nx\n---\ny\n----\n${close}\nB`;
    const { texts, diagnostics } = split(text);
    expect(texts).toEqual([[text]]);
    // YAML blocks may hold `---` (a document start) and more: no warning there.
    // Said at the block's opening fence, naming the separators it takes in.
    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual(
      open.includes('yaml')
        ? []
        : [['separator-in-code', 1, 'this code block runs to line 7 and takes in the slide separators on lines 4, 6: the 2 slides after them show as code']],
    );
  });

  it('says, at its opening fence, which slides and notes a block took in when its closing fence is missing', () => {
    const { texts, diagnostics } = split('```yaml\na: 1\nnotes:\nn\n---\n# B\n```js\nx\n```\n# C');
    expect(texts).toHaveLength(1);
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.hint])).toEqual([
      [
        'separator-in-code',
        0,
        0,
        'this code block runs to line 9 and takes in the `notes:` line 3, the slide separator on line 5 and the fence "```js" on line 7: the slide after it shows as code, notes and all',
        'if its closing fence is missing, close it with ``` before line 3',
      ],
    ]);
  });

  it('needs a closing fence at least as long as the opener, of the same character', () => {
    const text = '````\n```\n---\n~~~~\n````\n---\nB';
    expect(split(text).texts).toEqual([['````\n```\n---\n~~~~\n````'], ['B']]);
  });

  it('does not split inside a multi-line HTML comment', () => {
    const text = 'A\n<!--\n---\n----\n-->\nB';
    expect(split(text).texts).toEqual([[text]]);
    expect(split('A <!-- x --> y\n---\nB').texts).toEqual([['A <!-- x --> y'], ['B']]);
  });

  it('reports a comment never closed as an error where it opens, with the separators it hides', () => {
    const { texts, diagnostics } = split('A\n---\nB <!-- to do\nC\n---\nD');
    expect(texts).toEqual([['A'], ['B <!-- to do\nC\n---\nD']]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'unclosed-comment', line: 2, column: 2, message: expect.stringContaining('1 slide separator(s)') }),
    ]);
  });

  it('reads a comment closed and another opened on one line, and a `<!--` in inline code as text', () => {
    // Closed, then a second one left open: the separator is inside it.
    expect(split('<!--\nx --> y <!-- z\n---\nB').diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['unclosed-comment', 1, 8]]);
    // Inline code: `<!--` is shown as text, and the slides after it split.
    const code = split('Write `<!--` to start a comment\n---\nB');
    expect(code.texts).toEqual([['Write `<!--` to start a comment'], ['B']]);
    expect(code.diagnostics).toEqual([]);
  });

  it('only whole lines separate: `--- x`, ` ---`, `-----` do not', () => {
    const text = '--- x\n ---\n-----\n---- \nA';
    expect(split(text).texts).toEqual([[text]]);
  });

  it('starts at the line after the front matter', () => {
    const { stacks } = split('+++\ntitle = "x"\n+++\n# A\n---\nB', 3);
    expect(stacks.flat().map((s) => s.text)).toEqual(['# A', 'B']);
  });

  it('reports an unclosed fence: an error when it swallows separators, else a warning', () => {
    expect(split('A\n```\ncode\n---\nB').diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'unclosed-fence', line: 1, column: 0 })]);
    expect(split('A\n```\ncode').diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'unclosed-fence' })]);
  });

  it('is lossless on random decks and never throws', () => {
    const vocabulary = ['---', '----', '```', '~~~', '````', '<!--', '-->', 'text', '', 'notes:', '- item', '# h'];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join('\n');
      expectLossless(text, split(text).stacks);
    }
  });
});
