// Property tests (fast-check) of what a presenter's files really hold: comments left open, quotes
// nested past markdown-it's limit, attribute comments that would inject markup, and inputs that
// once took the loader seconds or threw. Each hazard is either shown or named by a diagnostic.
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { buildDeck, renderSections } from '../../src/deck/index.ts';
import { undefinedRefs } from '../../src/deck/markdown/footnote-check.ts';
import { HAZARD_IDS, HAZARDS } from '../bench/hazards.ts';
import { runs } from './property-runs.ts';

const DEEP = `${'> '.repeat(100)}deep`;
const RE_WORD = /^w\d+x$/;
const RE_TAG = /<[^>]*>/g;
/** What the DOM's setAttribute takes: no name that could close the tag or open another. */
const RE_ATTRIBUTE_NAME = /^[\p{L}_:][\p{L}\p{N}_:.-]*$/u;

/** Words the author commented out on purpose: inside a `<!--` … `-->` pair, as the lines give it. */
function commentedOut(lines: string[]): Set<number> {
  const hidden = new Set<number>();
  let open: number | undefined;
  lines.forEach((line, i) => {
    if (open === undefined && line === '<!--') open = i;
    else if (open !== undefined && line === '-->') {
      for (let k = open; k <= i; k++) hidden.add(k);
      open = undefined;
    }
  });
  return hidden;
}

describe('hazards on a presenter’s disk', () => {
  it('every word is shown, commented out on purpose, or after a diagnostic that says why it is not', () => {
    const STRUCTURE = ['---', '----', '<!--', '-->', DEEP, '', '# Heading', '- item', 'text'];
    const tokens = fc.array(fc.oneof(fc.constantFrom(...STRUCTURE), fc.constant('WORD'), fc.constant('WORD')), { maxLength: 40 });
    fc.assert(
      fc.property(tokens, (list) => {
        const lines = ['start', ...list.map((t, i) => (t === 'WORD' ? `w${i}x` : t))];
        const { deck, diagnostics } = buildDeck({ files: [{ path: 'slides/01.md', text: lines.join('\n') }] });
        const shown = deck.stacks
          .flat()
          .map((s) => s.html)
          .join('\n')
          .replace(RE_TAG, '');
        const hidden = commentedOut(lines);
        const said = diagnostics.filter((d) => d.code === 'unclosed-comment' || d.code === 'too-deep').map((d) => d.line);
        lines.forEach((line, i) => {
          if (!RE_WORD.test(line) || shown.includes(line) || hidden.has(i)) return;
          expect(
            said.some((at) => at <= i),
            `${line} (line ${i + 1}) is neither shown nor named by a diagnostic:\n${lines.join('\n')}`,
          ).toBe(true);
        });
        // And the diagnostics are not cried wolf: an unclosed comment is one the lines leave open.
        const opened = lines.lastIndexOf('<!--');
        const leftOpen = opened >= 0 && !lines.slice(opened).includes('-->');
        if (!leftOpen) expect(diagnostics.filter((d) => d.code === 'unclosed-comment')).toEqual([]);
      }),
      { numRuns: runs(2000) },
    );
  }, 120_000);

  it('attribute comments never put markup into a tag: bad names are errors, good ones applied', () => {
    const name = fc.oneof(
      fc.constantFrom('class', 'data-id', 'data-x><img', 'on<b', 'a/b', "it's", 'data-background-color', 'id'),
      fc.string({ maxLength: 8 }).filter((s) => s !== '' && !/[\s"=]/.test(s)),
    );
    const attribute = fc.tuple(
      name,
      fc.string({ maxLength: 6 }).filter((s) => !s.includes('"') && !s.includes('-->') && s !== ''),
    );
    const comment = fc.tuple(fc.constantFrom('.slide:', '.element:'), fc.array(attribute, { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(comment, ([kind, attributes]) => {
        const spec = attributes.map(([n, v]) => `${n}="${v}"`).join(' ');
        const text = `# Title\n\n- point\n<!-- ${kind} ${spec} -->\n`;
        const { deck, diagnostics } = buildDeck({ files: [{ path: 'slides/01.md', text }] });
        const names: string[] = [];
        const parser = new Parser({ onattribute: (n) => names.push(n) }, { lowerCaseAttributeNames: false });
        parser.end(renderSections(deck));
        for (const n of names) expect(n).toMatch(RE_ATTRIBUTE_NAME);
        const bad = attributes.filter(([n]) => !RE_ATTRIBUTE_NAME.test(n));
        expect(diagnostics.filter((d) => d.code === 'invalid-attribute')).toHaveLength(bad.length);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('finds undefined footnote references exactly as the regex it replaced, in one pass', () => {
    const regex = /\[\^([^\]\s]+)\](?!:)/g;
    const text = fc.string({ unit: fc.constantFrom('[', '^', ']', ':', ' ', 'a', '1', '\n'), maxLength: 24 });
    fc.assert(
      fc.property(text, (s) => {
        expect([...undefinedRefs(s)]).toEqual([...s.matchAll(regex)].map((m) => [m[0], m[1]]));
      }),
      { numRuns: runs(5000) },
    );
  });

  it.each(HAZARD_IDS)('%s, an input that once took seconds or threw, loads without throwing (its time: npm run bench)', (id) => {
    expect(() => buildDeck({ files: [{ path: 'slides/01.md', text: HAZARDS[id].text() }] })).not.toThrow();
  });

  it('a line of 40,000 backticks before a `<!--` loads without throwing', () => {
    expect(() => buildDeck({ files: [{ path: 'slides/01.md', text: `${'`'.repeat(40_000)}<!--` }] })).not.toThrow();
  });

  it('a 1,700-step spec on a long block is an error at its fence, not a RangeError', () => {
    const { deck, diagnostics } = buildDeck({ files: [{ path: 'slides/01.md', text: HAZARDS.steps.text() }] });
    expect(diagnostics.map((d) => [d.code, d.line, d.severity])).toEqual([['too-many-steps', 2, 'error']]);
    // What is rendered stays within the budget: at most 50,000 rows of code.
    expect(renderSections(deck).split('<tr').length - 1).toBeLessThanOrEqual(50_000);
  });
});
