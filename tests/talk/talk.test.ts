// The talk's own expectations as the loader reads slides/: its slide tree, notes, front matter,
// and that it is the author's seed with only our edits. Skipped once slides/ holds another deck.
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic, type LoadResult, loadDeck } from '../../src/deck/index.ts';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { fixture, loadSingleFile, shape } from '../unit/helpers.ts';
import { NOT_THE_TALK, slidesAreTheTalk } from './is-talk.ts';

const root = REPO_ROOT;

const notesOf = (r: LoadResult) => r.deck.stacks.flat().map((s) => s.notesHtml);
// Each test reads the talk, and asks whether slides/ holds it, itself: work done while no test runs
// (at import, in a describe body or beforeAll) is what mutation testing counts as static, and a
// static mutant runs every test file that imports its module.
const readTalk = () => loadDeck(root);

describe('the talk', () => {
  beforeEach((context) => {
    if (!slidesAreTheTalk()) context.skip(NOT_THE_TALK);
  });

  it('has the slide tree reveal.js gives its source: 30 slides, 3 extra code steps', async () => {
    const talk = await readTalk();
    expect(shape(talk)).toEqual([1, 2, 4, 10, 1, 3, 7, 1, 1]);
    expect(talk.deck.stacks.flat().reduce((n, s) => n + s.codeSteps, 0)).toBe(3);
    expect(talk.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("has the author's six notes", async () => {
    const talk = await readTalk();
    const notes = notesOf(talk).filter((n) => n !== undefined);
    expect(notes).toEqual([
      '<ul>\n<li>Each job runs separate</li>\n</ul>\n',
      "<ul>\n<li>We don't use this</li>\n</ul>\n",
      "<ul>\n<li>We won't go into much detail into this</li>\n<li>Containers share network namespace so can use localhost</li>\n</ul>\n",
      '<ul>\n<li>We will also look at the security concerns</li>\n</ul>\n',
      '<ul>\n<li>Mount the socket</li>\n<li>Unix socket that we use</li>\n</ul>\n',
      '<ul>\n<li>Legacy (deprecated links)</li>\n</ul>\n',
    ]);
  });

  it('takes its title, theme and options from the front matter', async () => {
    const talk = await readTalk();
    expect(talk.deck.config).toMatchObject({
      title: 'Gitlab Runners Docker-in-Docker Explained',
      author: 'Haseeb Majid',
      theme: 'zoe',
      reveal: { slideNumber: true },
    });
    expect(talk.deck.config.keywords).toContain('Docker-in-Docker');
  });

  it('references only images that exist', async () => {
    const talk = await readTalk();
    expect(talk.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it("is the same deck as the author's seed read as one unchanged file", async () => {
    const talk = await readTalk();
    const seed = await loadSingleFile(await fixture('seed/talk.md'));
    expect(shape(seed)).toEqual(shape(talk));
    // Our other edit: the author, a description and keywords for the page and the PDF.
    const { author, description, keywords, ...config } = talk.deck.config;
    expect([author, description, keywords]).not.toContain(undefined);
    expect(seed.deck.config).toEqual(config);
    expect(notesOf(seed)).toEqual(notesOf(talk));
    // Our only edits: the mis-decoded ellipsis, and the diagrams as SVG with alt text.
    // (The mis-decoded ellipsis is three characters, so its line is two columns wider.)
    const normalise = (html: string) =>
      html
        .replace('â€¦', '…')
        .replace(/<img [^>]*data-src="images\/([\w-]+)\.\w+"[^>]*>/g, '<img $1>')
        .replace(/--code-columns: \d+/, '--code-columns');
    const pairs = seed.deck.stacks.flat().map((slide, i) => [normalise(slide.html), normalise(talk.deck.stacks.flat()[i].html)]);
    for (const [fromSeed, fromSlides] of pairs) expect(fromSeed).toBe(fromSlides);
    // The seed's four diagrams are PNGs we do not have, without alt text.
    expect(seed.diagnostics.map((d) => d.code).sort()).toEqual([...Array(4).fill('missing-alt'), ...Array(4).fill('missing-file')]);
    expect(talk.diagnostics).toEqual([]);
  });
});
