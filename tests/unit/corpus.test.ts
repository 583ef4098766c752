// The corpus of public decks (tests/fixtures/corpus/): each loads as a presenter who brings it would
// load it, on a disk that holds the files it names. Those that build are compared with reveal.js in
// tests/browser/corpus.spec.ts; those that do not must say exactly what to change (errors.json).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck, formatDiagnostic, loadDeck } from '../../src/deck/index.ts';
import { themeNames } from '../../src/themes/index.ts';
import { CORPUS_ERRORS, CORPUS_NAMES, corpusDeck, corpusSource } from '../corpus-decks.ts';
import { corpusReading, RECORD_COMMAND, recordedReading } from '../reveal-readings.ts';

describe('the corpus of public decks', () => {
  it('holds 15 or more decks, reveal.js and reveal-md, in four or more languages', () => {
    const sources = CORPUS_NAMES.map(corpusSource);
    expect(sources.length).toBeGreaterThanOrEqual(15);
    expect(new Set(sources.map((s) => s.kind))).toEqual(new Set(['reveal-markdown', 'reveal-md']));
    expect(new Set(sources.map((s) => s.language)).size).toBeGreaterThanOrEqual(4);
  });

  it("has reveal.js's reading of each deck that builds, recorded from today's reveal.js, deck and reading code", () => {
    // corpus.spec.ts would read the others live: right, but slow. Recorded again, they are used.
    const stale = CORPUS_NAMES.filter((name) => !(name in CORPUS_ERRORS) && !recordedReading(corpusReading(name)));
    expect(stale, `record reveal.js's readings again: ${RECORD_COMMAND}`).toEqual([]);
  });

  it.each(CORPUS_NAMES)('%s: builds, or its errors say what to change', async (name) => {
    const { ours } = corpusDeck(name);
    const root = await mkdtemp(join(tmpdir(), 'corpus-'));
    try {
      await mkdir(join(root, 'slides'));
      await writeFile(join(root, 'slides', `${name}.md`), ours);
      // The files it names, in the project (outside it, nothing is written: that is the point of outside-project).
      for (const asset of buildDeck({ files: [{ path: `slides/${name}.md`, text: ours }] }).deck.assets) {
        const file = join(root, asset.path);
        if (!file.startsWith(`${root}/`)) continue;
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, '');
      }
      const { diagnostics } = await loadDeck(root, 'slides', themeNames());
      const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
      expect(errors).toEqual(CORPUS_ERRORS[name] ?? []);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
