// Real decks by other authors (tests/fixtures/corpus/, sources in its README), each rendered by our
// loader and by reveal.js's own markdown, highlight and notes plugins as its author presented it:
// the same slide tree, the same states under Space with the same highlighted lines, the same notes.
// All of them match; where a future deck differs on purpose (reveal's faults), write it down here.
// reveal.js's side is its recorded reading (tests/reveal-readings.ts) while reveal.js, the deck and
// the reading code are those it was recorded from; else reveal's page is read here, live.
import type { BrowserContext, Page } from '@playwright/test';
import { CORPUS_ERRORS, CORPUS_NAMES } from '../corpus-decks.ts';
import { corpusReading, RECORD_ENV, type Reading, recordedReading, recordReading } from '../reveal-readings.ts';
import { readDeck } from './deck-reading.ts';
import { expect, freshPageTest as test } from './worker-page.ts';

const recording = Boolean(process.env[RECORD_ENV]);

test.describe.configure({ mode: 'parallel' });

// One browser context a worker: reveal.js's own files, the same for every deck, load once. Our
// side of each deck loads into one page: a page is a renderer process, cold to start (worker-page.ts).
let context: BrowserContext;
let ours: Page;
test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  // Offline, as in the room: a remote image fails at once instead of waiting on the network.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  ours = await context.newPage();
});
test.afterAll(() => context.close());

// The decks that do not build are tests/unit/corpus.test.ts's: their errors say what to change.
for (const name of CORPUS_NAMES.filter((n) => !(n in CORPUS_ERRORS))) {
  test(`${name}: reads as reveal.js's markdown plugin reads it`, async () => {
    const source = corpusReading(name);
    const recorded = recording ? undefined : recordedReading(source);
    // Live, the two pages side by side, each in its own renderer: a deck costs the slower of the two.
    const readReveal = async (): Promise<Reading> => {
      const page = await context.newPage();
      const reading = await readDeck(page, `corpus/${name}/reveal/`);
      await page.close();
      if (recording) recordReading(source, reading);
      return reading;
    };
    const [{ tree: ourTree, notes: ourNotes, states: ourStates }, { tree: theirTree, notes: theirNotes, states: theirStates }] = await Promise.all([
      readDeck(ours, `corpus/${name}/ours/`),
      recorded ?? readReveal(),
    ]);
    expect(ourTree).toEqual(theirTree);
    expect(ourNotes).toEqual(theirNotes);
    expect(ourStates.map((s) => s.position)).toEqual(theirStates.map((s) => s.position));
    expect(ourStates.map((s) => s.highlighted)).toEqual(theirStates.map((s) => s.highlighted));
  });
}
