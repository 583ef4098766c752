// Property-based tests (fast-check) of the whole loader: random decks made of the syntax that
// trips loaders up (separators, fences holding separators, notes, steps, footnotes, raw HTML, `%`
// and `[` in URLs, unicode, CRLF, BOMs) never make `buildDeck` throw, and lose no line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeck, type SourceFile } from '../../src/deck/index.ts';
import { extractNotes } from '../../src/deck/notes.ts';
import { normalise } from '../../src/deck/read.ts';
import { splitSlides } from '../../src/deck/split.ts';
import { runs } from './property-runs.ts';

/** Lines that are syntax: each is one of the loader's cases, or an input that once crashed it. */
const SYNTAX = [
  '---',
  '----',
  '```',
  '```yaml [1|2]',
  '```js [2-9|x]',
  '~~~',
  '````md',
  '  ```',
  'notes:',
  'Note: more',
  '[^1]',
  'a [^2] b',
  '[^1]: https://example.com/',
  '[^2]: text',
  '<div>',
  '</div>',
  '<iframe src="demo.html">',
  '<img src="images/100%.png" alt="x">',
  '<img src="images/[a].png">',
  '![a](images/50%25%zz.png)',
  '[l](a%zz "t")',
  '<!-- .slide: data-background="images/bg%.png" -->',
  '<!-- .element: class="fragment" -->',
  '<!--',
  '-->',
  '+++',
  'title = "x',
  '日本語 🎉 ﷽',
  '\u200b',
  '',
  '# Heading',
  '- item',
  '    indented code',
];

const line = fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const file = fc.record({
  lines: fc.array(line, { maxLength: 40 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});
const deck = fc.array(file, { minLength: 1, maxLength: 4 });

/** A file as it may sit on disk: CRLF line ends, a BOM. */
const onDisk = (f: { lines: string[]; crlf: boolean; bom: boolean }) => (f.bom ? '\uFEFF' : '') + f.lines.join(f.crlf ? '\r\n' : '\n');
const sources = (files: { lines: string[]; crlf: boolean; bom: boolean }[], read: (text: string) => string): SourceFile[] =>
  files.map((f, i) => ({ path: `slides/${String(i + 1).padStart(2, '0')}.md`, text: read(onDisk(f)) }));

const RE_SEPARATOR = /^-{3,4}$/;
const RE_NOTES = /^\s*notes?:/i;
const RE_WORD = /^w\d+x$/;
const RE_TAG = /<[^>]*>/g;

describe('random decks', () => {
  it('never make buildDeck throw, read from disk or passed raw', () => {
    fc.assert(
      fc.property(deck, (files) => {
        for (const text of [normalise, (t: string) => t]) {
          const { deck: built, diagnostics } = buildDeck({ files: sources(files, text) });
          expect(built.stacks.flat().length).toBeGreaterThan(0);
          for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: runs(1000) },
    );
  }, 120_000);

  it('lose nothing: every line that is not a separator is in a slide or its notes', () => {
    fc.assert(
      fc.property(file, (f) => {
        const text = normalise(onDisk(f));
        const lines = text.split('\n');
        const kept = new Array<number>(lines.length).fill(0);
        for (const slide of splitSlides({ path: 'slides/01.md', text }, 0).stacks.flat()) {
          const parts = extractNotes(slide);
          const together = `${parts.body}\n${parts.notes ?? ''}`;
          for (let i = slide.startLine; i < slide.endLine; i++) {
            kept[i]++;
            // A `notes:` line is a marker: the text after it on its line starts the notes.
            const held = together.includes(lines[i].trim()) || (RE_NOTES.test(lines[i]) && together.includes(lines[i].replace(RE_NOTES, '').trim()));
            expect(held, `line ${i}: ${JSON.stringify(lines[i])}`).toBe(true);
          }
        }
        kept.forEach((count, i) => {
          expect(count === 1 || (count === 0 && RE_SEPARATOR.test(lines[i])), `line ${i}: ${JSON.stringify(lines[i])}`).toBe(true);
        });
      }),
      { numRuns: runs(3000) },
    );
  }, 120_000);

  it('render every word of a slide into its section or its notes', () => {
    // Words, with the syntax that moves them (fences, notes, separators, steps, raw HTML) between.
    const STRUCTURE = [
      '---',
      '----',
      '```',
      '```yaml [1|2]',
      '~~~',
      'notes:',
      '<div>',
      '</div>',
      '',
      '- item',
      '# Heading',
      'a [^1] b',
      '[^1]: https://example.com/\n',
    ];
    const words = fc.array(fc.oneof(fc.constantFrom(...STRUCTURE), fc.constant('WORD')), { maxLength: 40 });
    fc.assert(
      fc.property(words, (tokens) => {
        const lines = tokens.map((t, i) => (t === 'WORD' ? `w${i}x` : t));
        const { deck: built, diagnostics } = buildDeck({ files: [{ path: 'slides/01.md', text: `start\n${lines.join('\n')}` }] });
        // An unused footnote's definition is dropped, with a warning (its own text is a URL, no word).
        if (diagnostics.some((d) => d.code === 'unused-footnote')) return;
        const shown = built.stacks
          .flat()
          .map((s) => `${s.html}\n${s.notesHtml ?? ''}`)
          .join('\n')
          .replace(RE_TAG, '');
        for (const word of lines.filter((l) => RE_WORD.test(l))) expect(shown).toContain(word);
      }),
      { numRuns: runs(2000) },
    );
  }, 120_000);

  it('loads a 5,000-slide deck', () => {
    const slide = (i: number) => `## Slide ${i}\n\n\`\`\`yaml [1|2]\na: ${i}\nb: ${i}\n\`\`\`\n\nnotes:\nSay ${i}.`;
    const text = Array.from({ length: 5000 }, (_, i) => slide(i)).join('\n\n---\n\n');
    const started = performance.now();
    const { deck: built, diagnostics } = buildDeck({ files: [{ path: 'slides/01.md', text }] });
    console.log(`5,000 slides loaded in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect(built.stacks).toHaveLength(5000);
    expect(built.stacks[4999][0].notesHtml).toContain('Say 4999.');
    expect(built.stacks.flat().reduce((n, s) => n + s.codeSteps, 0)).toBe(5000);
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
