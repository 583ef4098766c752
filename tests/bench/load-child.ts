// Run by the benchmark in a fresh process per run: loads one deck once, as the build does, and
// prints the loader's time and the process's peak memory as JSON.
import { loadDeck } from '../../src/deck/index.ts';

// The loader's own time, not its cache's: every run after the first would read the last one's build.
process.env.DECK_CACHE = '0';
const root = process.argv[2];
if (!root) throw new Error('usage: tsx load-child.ts DECK_ROOT');
const started = performance.now();
const { deck } = await loadDeck(root);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, slides: deck.stacks.flat().length, peakMB: process.resourceUsage().maxRSS / 1024 }));
