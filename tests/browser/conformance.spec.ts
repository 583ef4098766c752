// Differential test: the conformance decks rendered by our loader and by reveal.js's own
// markdown + highlight plugins, in the same browser, must give the same slide tree, the same
// states under Space and the same highlighted lines at each state.
import { expect, test } from '@playwright/test';
import { readDeck } from './deck-page.ts';

const DECKS = [
  { name: 'an-intro-to-pocketbase', tree: [1, 1, 1, 3, 1, 4, 1, 2, 1, 2, 1, 3, 1, 5, 1, 1, 1, 1] },
  { name: 'docker-as-a-dev-tool', tree: [1, 1, 3, 3, 3, 5, 5, 2, 6, 5, 7, 8, 1, 1, 4] },
];

for (const { name, tree } of DECKS) {
  test(`${name}: same tree, states and highlights as reveal.js's markdown plugin`, async ({ browser }) => {
    test.slow();
    const [ours, theirs] = await Promise.all([browser.newPage(), browser.newPage()]);
    // Side by side, as the corpus reads its decks; each walk in the page: Space as reveal handles
    // it, each state read in the same turn.
    const [{ tree: ourTree, states: ourStates }, { tree: theirTree, states: theirStates }] = await Promise.all([
      readDeck(ours, `conformance/${name}/ours/`),
      readDeck(theirs, `conformance/${name}/reveal/`),
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
