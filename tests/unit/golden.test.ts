// Golden decks, as markdown-it keeps its fixtures: each deck's sections (read through an HTML
// parser, see canonical-html.ts) and its slide tree, config and diagnostics are compared with files
// beside it. `npm run test:update` rewrites them; review the diff before committing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck, formatDiagnostic, type LoadResult, loadDeck, renderSections } from '../../src/deck/index.ts';
import { normalise } from '../../src/deck/read.ts';
import { canonicalHtml } from './canonical-html.ts';

const fixtures = join(import.meta.dirname, '../fixtures');

/** What a maintainer reviews of a deck besides its HTML: tree, config, outline, files, problems. */
function summary({ deck, diagnostics }: LoadResult): string {
  return `${JSON.stringify(
    {
      config: deck.config,
      stacks: deck.stacks.map((stack) =>
        stack.map((s) => ({
          id: s.id,
          line: s.line,
          ...(s.title ? { title: s.title } : { label: s.label }),
          steps: s.codeSteps,
          ...(s.math ? { math: true } : {}),
          ...(Object.keys(s.attributes).length ? { attributes: s.attributes } : {}),
          notes: s.notesHtml !== undefined,
        })),
      ),
      outline: deck.outline.map((entry) => `${entry.h}/${entry.v} ${entry.title}`),
      assets: deck.assets.map((a) => `${a.path} (${a.file}:${a.line + 1})`),
      diagnostics: diagnostics.map(formatDiagnostic),
    },
    null,
    2,
  )}\n`;
}

const decks = readdirSync(join(fixtures, 'decks')).filter((name) => existsSync(join(fixtures, 'decks', name, 'slides')));

describe.each(decks)('fixture deck %s', (name) => {
  it('renders the sections and the tree in its golden files', async () => {
    const dir = join(fixtures, 'decks', name);
    const result = await loadDeck(dir);
    await expect(canonicalHtml(renderSections(result.deck))).toMatchFileSnapshot(join(dir, 'expected.html'));
    await expect(summary(result)).toMatchFileSnapshot(join(dir, 'expected.json'));
  });
});

const singleFiles = [
  ...readdirSync(join(fixtures, 'conformance'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('conformance', f)),
  'seed/talk.md',
];

describe.each(singleFiles)('single-file deck %s', (path) => {
  it('renders the sections and the tree in its golden files', async () => {
    const result = buildDeck({ files: [{ path: 'slides/deck.md', text: normalise(readFileSync(join(fixtures, path), 'utf8')) }] });
    const base = join(fixtures, path.replace(/\.md$/, ''));
    await expect(canonicalHtml(renderSections(result.deck))).toMatchFileSnapshot(`${base}.expected.html`);
    await expect(summary(result)).toMatchFileSnapshot(`${base}.expected.json`);
  });
});
