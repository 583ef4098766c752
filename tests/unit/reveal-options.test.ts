// The Reveal options a deck may set come from reveal.js's own `dist/config.d.ts` (reveal-options.ts):
// every member of its `RevealConfig`, and the notes plugin's pacing options. The members of the
// file's other interfaces (the markdown plugin's `separator`, KaTeX's `delimiters` and `version`)
// are not Reveal's options. Checked as an author meets it: loading a deck, no warning for a real
// option, `unknown-option` for the rest.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDiagnostic } from '../../src/deck/diagnostics.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Loads a one-file deck with a loader imported afresh: the names are read from reveal.js once a
 * process, and test files share their modules (vitest.config.ts), so without it this test would
 * check only what an earlier test read.
 */
async function load(frontMatter: string) {
  const dir = await mkdtemp(join(tmpdir(), 'reveal-options-'));
  dirs.push(dir);
  await mkdir(join(dir, 'slides'));
  await writeFile(join(dir, 'slides/01.md'), `+++\n${frontMatter}\n+++\n# A\n`);
  vi.resetModules();
  const { loadDeck } = await import('../../src/deck/load-deck.ts');
  return loadDeck(dir);
}

describe("a deck's Reveal options", () => {
  it("are reveal.js's own options, as its config declares them, and the speaker view's pacing", async () => {
    const { deck, diagnostics } = await load(
      '[reveal]\nwidth = 1280\ncontrols_layout = "edges"\nauto_animate_easing = "ease"\nmathjax3 = { tex = {} }\nhide_cursor_time = 5000\ntotal_time = 600\nminimum_time_per_slide = 30',
    );
    expect(diagnostics).toEqual([]);
    expect(deck.config.reveal).toEqual({
      width: 1280,
      controlsLayout: 'edges',
      autoAnimateEasing: 'ease',
      mathjax3: { tex: {} },
      hideCursorTime: 5000,
      totalTime: 600,
      minimumTimePerSlide: 30,
    });
  });

  it("are not the markdown plugin's or KaTeX's settings, which the same file declares", async () => {
    const { diagnostics } = await load('[reveal]\nseparator = "^---$"\ndelimiters = []\nversion = "5"\ncontrolz = false');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:3:1 warning unknown-option: Reveal has no option `separator`; it is ignored',
      'slides/01.md:4:1 warning unknown-option: Reveal has no option `delimiters`; it is ignored',
      'slides/01.md:5:1 warning unknown-option: Reveal has no option `version`; it is ignored',
      'slides/01.md:6:1 warning unknown-option: Reveal has no option `controlz`; it is ignored\n  hint: did you mean `controls`?',
    ]);
  });
});
