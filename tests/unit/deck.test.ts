// Whole decks: the talk as split into slides/, the author's seed as one file, the conformance decks.
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDeck, formatDiagnostic, renderSections, type LoadResult } from '../../src/deck/index.ts';
import { loadDeck } from '../../src/deck/read.ts';
import { deckOf, shape } from './helpers.ts';

const root = join(import.meta.dirname, '../..');
const fixture = (path: string) => readFile(join(root, 'tests/fixtures', path), 'utf8');

async function loadSingleFile(text: string): Promise<LoadResult> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-'));
  await mkdir(join(dir, 'slides'));
  await writeFile(join(dir, 'slides', 'talk.md'), text);
  return loadDeck(dir);
}

const notesOf = (r: LoadResult) => r.deck.stacks.flat().map((s) => s.notesHtml);

describe('the talk', () => {
  // Loaded in each test, not once for the file: mutation testing then knows which tests read the loader.
  let talk: LoadResult;
  beforeEach(async () => {
    talk = await loadDeck(root);
  });

  it('has the slide tree reveal.js gives its source: 30 slides, 3 extra code steps', () => {
    expect(shape(talk)).toEqual([1, 2, 4, 10, 1, 3, 7, 1, 1]);
    expect(talk.deck.stacks.flat().reduce((n, s) => n + s.steps, 0)).toBe(3);
    expect(talk.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('has the author\'s six notes', () => {
    const notes = notesOf(talk).filter((n) => n !== undefined);
    expect(notes).toEqual([
      '<ul>\n<li>Each job runs separate</li>\n</ul>\n',
      '<ul>\n<li>We don\'t use this</li>\n</ul>\n',
      '<ul>\n<li>We won\'t go into much detail into this</li>\n<li>Containers share network namespace so can use localhost</li>\n</ul>\n',
      '<ul>\n<li>We will also look at the security concerns</li>\n</ul>\n',
      '<ul>\n<li>Mount the socket</li>\n<li>Unix socket that we use</li>\n</ul>\n',
      '<ul>\n<li>Legacy (deprecated links)</li>\n</ul>\n',
    ]);
  });

  it('takes its title, theme and options from the front matter', () => {
    expect(talk.deck.config).toMatchObject({ title: 'Gitlab Runners Docker-in-Docker Explained', author: 'Haseeb Majid', theme: 'zoe', reveal: { slideNumber: true } });
    expect(talk.deck.config.keywords).toContain('Docker-in-Docker');
  });

  it('references only images that exist', () => {
    expect(talk.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('is the same deck as the author\'s seed read as one unchanged file', async () => {
    const seed = await loadSingleFile(await fixture('seed/talk.md'));
    expect(shape(seed)).toEqual(shape(talk));
    // Our other edit: the author, a description and keywords for the page and the PDF.
    const { author, description, keywords, ...config } = talk.deck.config;
    expect([author, description, keywords]).not.toContain(undefined);
    expect(seed.deck.config).toEqual(config);
    expect(notesOf(seed)).toEqual(notesOf(talk));
    // Our only edits: the mis-decoded ellipsis, and the diagrams as SVG with alt text.
    // (The mis-decoded ellipsis is three characters, so its line is two columns wider.)
    const normalise = (html: string) => html.replace('â€¦', '…').replace(/<img [^>]*data-src="images\/([\w-]+)\.\w+"[^>]*>/g, '<img $1>')
      .replace(/--code-columns: \d+/, '--code-columns');
    const pairs = seed.deck.stacks.flat().map((slide, i) => [normalise(slide.html), normalise(talk.deck.stacks.flat()[i].html)]);
    for (const [fromSeed, fromSlides] of pairs) expect(fromSeed).toBe(fromSlides);
    expect(seed.diagnostics.map((d) => d.code)).toEqual(['missing-file', 'missing-file', 'missing-file', 'missing-file']);
  });

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
});

describe('files and diagnostics', () => {
  it('starts a new horizontal slide at each file', () => {
    expect(shape(deckOf('# A\n----\nA2', '# B', '# C\n---\nD'))).toEqual([2, 1, 1, 1]);
  });

  it('reads front matter only from the first file', () => {
    expect(deckOf('+++\ntitle = "T"\n+++\n# A', '# B').deck.config.title).toBe('T');
    expect(deckOf('# A\n\n---\n\n# B').deck.config.title).toBe('A');
  });

  it('formats every problem of a bad deck as file:line:col severity code', () => {
    const bad = deckOf('+++\ntitle = "T"\n+++\n# A\n\n```yaml [3]\na: 1\n```\n\n---\n\n---\n\n```js\nx\n---\ny');
    expect(bad.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:14:1 error unclosed-fence: code fence ``` is never closed and swallows 1 slide separator(s)\n  hint: close it with a line ```',
      'slides/01.md:6:10 error invalid-step: `3` is outside the block\'s 1 line(s)\n  hint: steps are line numbers or ranges separated by `,`, steps separated by `|`, e.g. `[1-3,5|8]`',
      'slides/01.md:11 warning empty-slide: this slide is empty\n  hint: two separators in a row make an empty slide; remove one',
    ]);
  });

  it('outlines every slide: by its heading, else its first words, an image\'s alt text or its code', () => {
    const { deck } = deckOf('# Title\n\n---\n\nJust some words here\nand more\n\n----\n\n<img src="a.png" alt="A diagram of many things drawn with boxes, arrows and a great many labels">\n\n---\n\n<!-- .slide: id="code" -->\n```sh\n\n$ make\n```\n\n---\n\n');
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
