// The commands behind each figure, as BENCHMARKS.md lists them.

export function commandsRun(options: { peers: boolean }): string[] {
  const ours = [
    'DECK_SINGLE_FILE=0 DECK_SOCIAL_CARD=0 npm run build -- --outDir OUT --emptyOutDir   # the site alone',
    'DECK_SOCIAL_CARD=0 npm run build …   # + the single file',
    'DECK_SINGLE_FILE=0 npm run build …   # + the social card, its cache (node_modules/.vite/deck-share) emptied first',
    'npm run build …   # as shipped',
    'npm run dev -- --port P --strictPort   # until GET / answers',
    'npm run pdf -- -o OUT.pdf ; npm run pdf -- --notes -o OUT.pdf   # dist/ already built',
    'vite build (siteConfig, no single file, no card) of the talk with `theme = NAME` in its front matter, for each theme   # CSS weight',
    'tsx tests/bench/load-child.ts DECK   # loadDeck once in a fresh process; peak RSS',
    'startDevServer + saveToScreen (src/tools/live-edit.ts)   # save a slide, wait for the frame that shows it',
    'Chromium via Playwright, a fresh context per load: navigation start → `.reveal.ready` (Marp: `.bespoke-marp-active`) + one frame',
  ];
  if (!options.peers) return ours;
  return [
    ...ours,
    'reveal-md talk.md --static OUT ; reveal-md talk.md --port P   # until GET /talk.md answers',
    'reveal-md talk.md --print OUT.pdf --puppeteer-chromium-executable /usr/bin/chromium',
    'marp talk.md -o OUT/index.html ; marp -s DIR (PORT=P) until GET /talk.md answers ; marp talk.md --pdf --allow-local-files',
    'decktape reveal --chrome-path /usr/bin/chromium URL OUT.pdf   # the reveal.js page',
    'slidev build talk.md --out OUT ; slidev talk.md --port P (until GET / answers) ; slidev export talk.md --executable-path /usr/bin/chromium',
    'reveal.js page: reveal.js 6 dist, data-markdown="deck.md" with the markdown, highlight and notes plugins, white theme',
  ];
}
