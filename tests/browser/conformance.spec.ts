// Differential test: the conformance decks rendered by our loader and by reveal.js's own
// markdown + highlight plugins must give the same slide tree, the same states under Space and the
// same highlighted lines at each state. reveal.js's side is its recorded reading
// (tests/reveal-readings.ts) while reveal.js, the deck and the reading code are those it was
// recorded from; else reveal's page is read here, live, beside ours.

import { conformanceReading, RECORD_ENV, type Reading, recordedReading, recordReading } from '../reveal-readings.ts';
import { readDeck } from './deck-reading.ts';
import { expect, freshPageTest as test } from './worker-page.ts';

const DECKS = [
  { name: 'an-intro-to-pocketbase', tree: [1, 1, 1, 3, 1, 4, 1, 2, 1, 2, 1, 3, 1, 5, 1, 1, 1, 1] },
  { name: 'docker-as-a-dev-tool', tree: [1, 1, 3, 3, 3, 5, 5, 2, 6, 5, 7, 8, 1, 1, 4] },
];

const recording = Boolean(process.env[RECORD_ENV]);

for (const { name, tree } of DECKS) {
  test(`${name}: same tree, states and highlights as reveal.js's markdown plugin`, async ({ browser }) => {
    test.slow();
    const source = conformanceReading(name);
    const recorded = recording ? undefined : recordedReading(source);
    /** A deck read in a page of its own (a context of its own, closed with it): two can be read at once. */
    const readIn = async (url: string): Promise<Reading> => {
      const page = await browser.newPage();
      try {
        return await readDeck(page, url);
      } finally {
        await page.close();
      }
    };
    const readReveal = async (): Promise<Reading> => {
      const reading = await readIn(`conformance/${name}/reveal/`);
      if (recording) recordReading(source, reading);
      return reading;
    };
    // Each walk in the page: Space as reveal handles it, each state read in the same turn.
    const [{ tree: ourTree, states: ourStates }, { tree: theirTree, states: theirStates }] = await Promise.all([
      readIn(`conformance/${name}/ours/`),
      recorded ?? readReveal(),
    ]);
    expect(theirTree).toEqual(tree);
    expect(ourTree).toEqual(tree);
    expect(ourStates.length).toBeGreaterThan(tree.reduce((a, b) => a + b, 0));
    expect(ourStates.map((s) => s.position)).toEqual(theirStates.map((s) => s.position));
    expect(ourStates.map((s) => s.highlighted)).toEqual(theirStates.map((s) => s.highlighted));
    // Not vacuous: the decks do step through highlighted lines.
    expect(ourStates.filter((s) => s.highlighted.some((lines) => lines.length > 0)).length).toBeGreaterThan(10);
  });
}
