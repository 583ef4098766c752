// `npm run bench`: this deck against the tools presenters use instead, on this machine, in one
// interleaved run; writes BENCHMARKS.md and benchmarks.svg and exits 1 when a budget is missed.
// Only this file prints, spawns and writes; the figures come from measure.ts, the text from report.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { findChromium, launchBrowser } from '../browser.ts';
import { saveToScreen, startDevServer } from '../live-edit.ts';
import { checkBudgets } from './budgets.ts';
import { drawChart } from './chart.ts';
import { generateDeck } from './decks.ts';
import { type StaticServer, serveFolder, timeCommand, timeFirstSlide, timeUntilServed, weighPage } from './measure.ts';
import { METRICS, type Result, type ToolId } from './metrics.ts';
import { chromeEnv, installCommand, missingPeers, PEERS_DIR, type PeerTalk, peerBin, preparePeerTalk, SLIDEV_DIR } from './peers.ts';
import { renderReport } from './report.ts';
import { formatValue, median } from './stats.ts';

const REPO = join(import.meta.dirname, '../../..');
const SCRATCH = join(PEERS_DIR, 'run');
const SEED = process.env.DECK_BENCH_SEED ?? join(REPO, '../shared/seeds/000_d09949ea4af93861.txt');
const REPORT = join(REPO, 'BENCHMARKS.md');
const CHART = 'benchmarks.svg';

const HELP = `usage: npm run bench [-- --runs N] [--quick] [--no-peers]

Measures this deck against reveal.js (markdown + highlight + notes plugins), reveal-md, Marp CLI,
decktape and Slidev on the same talk, as medians of N runs (default 5) after a warm-up, peers and
ours interleaved. Writes BENCHMARKS.md and ${CHART}; exits 1 when a budget is missed.

  --runs N     runs per figure after the warm-up (default 5)
  --quick      one run, decks up to 3,000 slides: a smoke check, not figures to publish
  --no-peers   this deck alone (no ratios)

Peers are installed outside the repository, never committed:
  ${installCommand()}
The talk given to them: DECK_BENCH_SEED (default ../shared/seeds/000_d09949ea4af93861.txt).`;

interface Options {
  runs: number;
  quick: boolean;
  peers: boolean;
}

function parseArgs(args: string[]): Options | 'help' | { error: string } {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const quick = args.includes('--quick');
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args[at + 1]) : quick ? 1 : 5;
  if (!Number.isInteger(runs) || runs < 1) return { error: '--runs wants a whole number of at least 1' };
  const known = new Set(['--quick', '--no-peers', '--runs', String(args[at + 1])]);
  const unknown = args.find((a) => !known.has(a));
  if (unknown) return { error: `unknown option ${unknown} (see --help)` };
  return { runs, quick, peers: !args.includes('--no-peers') };
}

const log = (message: string) => console.log(`bench: ${message}`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** One timed thing for one tool; a run returns a figure per metric it measures. */
interface Task {
  tool: ToolId;
  metrics: string[];
  run: () => Promise<Record<string, number>>;
  /** Fewer runs for a slow peer (decktape's PDF), said in the table. */
  maxRuns?: number;
  /** Runs once before the measured rounds (a server's cache, the OS's file cache). @default true */
  warmUp?: boolean;
  /** After the rounds: e.g. close a server. */
  done?: () => Promise<void>;
}

/** Round-robin: every task once per round, so load that comes and goes hits every tool alike. */
async function runInterleaved(tasks: Task[], runs: number, results: Result[]): Promise<void> {
  const collected = new Map<Task, Record<string, number>[]>();
  const failed = new Map<Task, string>();
  for (let round = 0; round <= runs; round++) {
    for (const task of tasks) {
      if (failed.has(task)) continue;
      if (round === 0 && task.warmUp === false) continue;
      if (round > (task.maxRuns ?? runs)) continue;
      try {
        const figures = await task.run();
        if (round > 0) collected.set(task, [...(collected.get(task) ?? []), figures]);
        log(`${round === 0 ? 'warm-up' : `run ${round}/${runs}`} ${task.tool} ${task.metrics[0]}: ${Math.round(Object.values(figures)[0])}`);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`${task.tool} ${task.metrics.join(', ')} failed: ${reason}`);
        failed.set(task, reason);
      }
    }
  }
  for (const task of tasks) {
    await task.done?.();
    const reason = failed.get(task);
    for (const metric of task.metrics) {
      if (reason) {
        results.push({ metric, tool: task.tool, skipped: `failed here: ${reason.slice(0, 160)}` });
        continue;
      }
      const runsDone = (collected.get(task) ?? []).map((f) => f[metric]);
      const note = task.maxRuns !== undefined && task.maxRuns < runs ? `${runsDone.length} runs` : undefined;
      results.push({ metric, tool: task.tool, runs: runsDone, ...(note ? { note } : {}) });
    }
  }
}

function version(pkgDir: string): string {
  const file = join(pkgDir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
}

async function freePort(): Promise<number> {
  const server = await serveFolder(SCRATCH);
  const port = Number(new URL(server.url).port);
  await server.close();
  return port;
}

// --- the tasks ---------------------------------------------------------------------------------

function buildTasks(talk: PeerTalk | undefined, runs: number): Task[] {
  const out = join(SCRATCH, 'build');
  const build = (env: Record<string, string>, before?: () => Promise<void>) => async () => {
    await before?.();
    return { ms: await timeCommand(npm, ['run', 'build', '--', '--outDir', join(out, 'ours'), '--emptyOutDir'], { cwd: REPO, env }) };
  };
  const clearCard = () => rm(join(REPO, 'node_modules/.vite/deck-share'), { recursive: true, force: true });
  const tasks: Task[] = [
    { tool: 'ours', metrics: ['build-site'], run: rename(build({ DECK_SINGLE_FILE: '0', DECK_SOCIAL_CARD: '0' }), 'build-site') },
    { tool: 'ours', metrics: ['build-single'], run: rename(build({ DECK_SOCIAL_CARD: '0' }), 'build-single') },
    { tool: 'ours', metrics: ['build-card'], run: rename(build({ DECK_SINGLE_FILE: '0' }, clearCard), 'build-card') },
    { tool: 'ours', metrics: ['build-all'], run: rename(build({}), 'build-all') },
  ];
  if (talk) {
    tasks.push(
      {
        tool: 'reveal-md',
        metrics: ['build-site'],
        run: async () => ({ 'build-site': await timeCommand(peerBin('reveal-md'), [talk.revealMd, '--static', join(out, 'reveal-md')], { cwd: talk.dir }) }),
      },
      {
        tool: 'marp',
        metrics: ['build-site'],
        run: async () => ({ 'build-site': await timeCommand(peerBin('marp'), [talk.marp, '-o', join(out, 'marp', 'index.html')], { cwd: talk.dir }) }),
      },
    );
  }
  const slidev = talk?.slidev;
  if (slidev) {
    tasks.push({
      tool: 'slidev',
      metrics: ['build-site'],
      // About 11 s a build here: three runs after the warm-up (the table says so).
      maxRuns: Math.min(3, runs),
      run: async () => ({
        'build-site': await timeCommand(peerBin('slidev'), ['build', slidev, '--out', join(out, 'slidev')], { cwd: join(talk.dir, 'slidev') }),
      }),
    });
  }
  return tasks;
}

function rename(run: () => Promise<{ ms: number }>, metric: string): () => Promise<Record<string, number>> {
  return async () => ({ [metric]: (await run()).ms });
}

function devTasks(talk: PeerTalk | undefined): Task[] {
  const served = (
    tool: ToolId,
    command: string,
    args: (port: number) => string[],
    path: string,
    cwd: string,
    env?: (port: number) => Record<string, string>,
  ): Task => ({
    tool,
    metrics: ['dev-start'],
    run: async () => {
      const port = await freePort();
      return { 'dev-start': await timeUntilServed(command, args(port), `http://127.0.0.1:${port}${path}`, { cwd, env: env?.(port) }) };
    },
  });
  const tasks = [served('ours', npm, (port) => ['run', 'dev', '--', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], '/', REPO)];
  if (talk) {
    tasks.push(
      served(
        'reveal-md',
        peerBin('reveal-md'),
        (port) => [talk.revealMd, '--port', String(port), '--host', '127.0.0.1', '--disable-auto-open'],
        '/talk.md',
        talk.dir,
      ),
      served(
        'marp',
        peerBin('marp'),
        () => ['-s', join(talk.dir, 'marp')],
        '/talk.md',
        talk.dir,
        (port) => ({ PORT: String(port) }),
      ),
    );
    const slidev = talk.slidev;
    if (slidev)
      tasks.push(served('slidev', peerBin('slidev'), (port) => [slidev, '--port', String(port), '--bind', '127.0.0.1'], '/', join(talk.dir, 'slidev')));
  }
  return tasks;
}

interface Site {
  tool: ToolId;
  server: StaticServer;
  path: string;
  ready: string;
}

function pageTasks(browser: Browser, sites: Site[]): Task[] {
  return sites.map((site) => ({
    tool: site.tool,
    metrics: ['first-slide', 'page-bytes'],
    // A page load is short and noisy: the median of three loads a round, rounds interleaved.
    run: async () => {
      const loads = [];
      for (let i = 0; i < 3; i++) loads.push(await timeFirstSlide(browser, new URL(site.path, site.server.url).href, site.ready));
      return { 'first-slide': median(loads.map((l) => l.firstSlideMs)), 'page-bytes': median(loads.map((l) => l.bytes)) };
    },
  }));
}

function pdfTasks(talk: PeerTalk | undefined, revealPage: Site | undefined, chromium: string, quick: boolean): Task[] {
  const out = join(SCRATCH, 'pdf');
  const tasks: Task[] = [
    { tool: 'ours', metrics: ['pdf'], run: async () => ({ pdf: await timeCommand(npm, ['run', 'pdf', '--', '-o', join(out, 'ours.pdf')], { cwd: REPO }) }) },
    {
      tool: 'ours',
      metrics: ['pdf-notes'],
      run: async () => ({ 'pdf-notes': await timeCommand(npm, ['run', 'pdf', '--', '--notes', '-o', join(out, 'ours-notes.pdf')], { cwd: REPO }) }),
    },
  ];
  if (!talk) return tasks;
  const env = chromeEnv(chromium);
  tasks.push(
    {
      tool: 'reveal-md',
      metrics: ['pdf'],
      run: async () => ({
        pdf: await timeCommand(
          peerBin('reveal-md'),
          [talk.revealMd, '--print', join(out, 'reveal-md.pdf'), '--puppeteer-chromium-executable', chromium, '--puppeteer-launch-args=--no-sandbox'],
          { cwd: talk.dir, env },
        ),
      }),
    },
    {
      tool: 'marp',
      metrics: ['pdf'],
      run: async () => ({
        pdf: await timeCommand(peerBin('marp'), [talk.marp, '--pdf', '--allow-local-files', '-o', join(out, 'marp.pdf')], { cwd: talk.dir, env }),
      }),
    },
  );
  const slidev = talk.slidev;
  if (slidev) {
    tasks.push({
      tool: 'slidev',
      metrics: ['pdf'],
      maxRuns: quick ? 1 : 3,
      warmUp: false,
      run: async () => ({
        pdf: await timeCommand(peerBin('slidev'), ['export', slidev, '--output', join(out, 'slidev.pdf'), '--executable-path', chromium], {
          cwd: join(talk.dir, 'slidev'),
          env,
          timeoutMs: 300_000,
        }),
      }),
    });
  }
  if (revealPage) {
    tasks.push({
      tool: 'decktape',
      metrics: ['pdf'],
      // About 35 s a run on an idle machine: three runs, no warm-up (the table says so).
      maxRuns: quick ? 1 : 3,
      warmUp: false,
      run: async () => ({
        pdf: await timeCommand(
          peerBin('decktape'),
          ['reveal', '--chrome-path', chromium, '--chrome-arg=--no-sandbox', new URL(revealPage.path, revealPage.server.url).href, join(out, 'decktape.pdf')],
          { cwd: talk.dir, env, timeoutMs: 300_000 },
        ),
      }),
    });
  }
  return tasks;
}

async function loaderTasks(sizes: number[]): Promise<Task[]> {
  const tsx = join(REPO, 'node_modules/.bin/tsx');
  const tasks: Task[] = [];
  for (const size of sizes) {
    const dir = join(SCRATCH, `deck-${size}`);
    const count = await generateDeck(REPO, dir, size);
    if (count !== size) log(`the ${size}-slide deck holds ${count} slides (whole files of the talk)`);
    tasks.push({
      tool: 'ours',
      metrics: [`load-${size}`, `load-${size}-memory`],
      run: async () => {
        const output = execFileSync(tsx, [join(REPO, 'src/tools/bench/load-child.ts'), dir], { encoding: 'utf8' });
        const { ms, peakMB } = JSON.parse(output.trim().split('\n').pop() ?? '{}') as { ms: number; peakMB: number };
        return { [`load-${size}`]: ms, [`load-${size}-memory`]: peakMB };
      },
    });
  }
  return tasks;
}

async function saveToScreenRuns(browser: Browser, runs: number): Promise<number[]> {
  // In the system's temp folder: Vite's watcher skips dot-folders such as ~/.cache.
  const dir = join(tmpdir(), `deck-bench-live-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const folder of ['slides', 'images']) {
    await cp(join(REPO, folder), join(dir, folder), { recursive: true });
  }
  const dev = await startDevServer(dir, { cacheDir: `${dir}-vite-cache` });
  const page: Page = await browser.newPage();
  try {
    await page.goto(dev.url);
    await page.waitForSelector('.reveal.ready');
    const file = join(dir, 'slides/02-gitlab-runners.md');
    const original = await readFile(file, 'utf8');
    const figures: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const marker = `Saved ${Date.now()}-${i}`;
      // A person pauses between saves; the watcher may merge two saves that come close together.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ms = await withTimeout(
        saveToScreen(page, file, original.replace('## What are GitLab Runners?', `## ${marker}`), marker),
        20_000,
        'the saved slide',
      );
      if (i > 0) figures.push(ms);
      log(`${i === 0 ? 'warm-up' : `run ${i}/${runs}`} ours save-to-screen: ${Math.round(ms)}`);
    }
    return figures;
  } finally {
    await page.close();
    await dev.close();
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}-vite-cache`, { recursive: true, force: true });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not show within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Sizes are the same every load: one weighing per tool. */
async function weights(browser: Browser, sites: Site[], results: Result[]): Promise<void> {
  for (const site of sites) {
    try {
      const w = await weighPage(browser, new URL(site.path, site.server.url).href, site.ready);
      results.push(
        { metric: 'js-raw', tool: site.tool, runs: [w.js.raw] },
        { metric: 'js-gzip', tool: site.tool, runs: [w.js.gzip] },
        { metric: 'css-raw', tool: site.tool, runs: [w.css.raw] },
        { metric: 'css-gzip', tool: site.tool, runs: [w.css.gzip] },
        { metric: 'fonts', tool: site.tool, runs: [w.fonts] },
      );
    } catch (error) {
      log(`${site.tool}: could not weigh the page: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    }
  }
}

/** highlight.js or a Markdown parser in our built JS (the budget forbids both). */
async function bundleHasParser(dist: string): Promise<boolean> {
  const assets = join(dist, 'assets');
  const names = (await readdir(assets)).filter((n) => n.endsWith('.js'));
  const texts = await Promise.all(names.map((n) => readFile(join(assets, n), 'utf8')));
  // Library code, not names: reveal.js core names `.hljs` in its auto-animate selectors, and reveal's
  // speaker view page (a string) still calls `marked.parse` for `data-markdown` notes, which we never send.
  return texts.some((t) => /highlightAuto|registerLanguage|Could not find the language|markdown-it|MarkdownIt|linkify-it|markedjs|new Remarkable/.test(t));
}

// --- the run -----------------------------------------------------------------------------------

async function bench(options: Options): Promise<number> {
  const loadStart = loadavg();
  const chromium = findChromium();
  if ('missing' in chromium) throw new Error(`${chromium.missing}: the browser figures need Chromium (apt-get install chromium)`);
  await mkdir(SCRATCH, { recursive: true });
  const results: Result[] = [];

  const missing = options.peers ? missingPeers() : {};
  const skipPeer = (tool: ToolId, metrics: string[], why: string) => {
    for (const metric of metrics) results.push({ metric, tool, skipped: why });
  };
  if (options.peers) {
    log(`peers from ${PEERS_DIR} (install: ${installCommand()})`);
    for (const [tool, why] of Object.entries(missing)) log(`${tool}: ${why}`);
  }
  const havePeers = options.peers && !missing['reveal.js'] && !missing['reveal-md'] && !missing.marp;
  const talk = havePeers ? await preparePeerTalk(SEED, join(REPO, 'images'), join(SCRATCH, 'talk')) : undefined;
  if (options.peers && !havePeers) {
    for (const tool of ['reveal.js', 'reveal-md', 'marp', 'decktape'] as ToolId[])
      skipPeer(tool, ['build-site', 'first-slide', 'pdf'], missing[tool] ?? 'not run: a peer it needs is missing');
  }
  if (options.peers && !talk?.slidev) {
    skipPeer('slidev', ['build-site', 'first-slide', 'pdf'], 'not installed (see how above the table)');
  }

  log('building dist/ once (npm run build): the site the page and PDF figures use');
  await timeCommand(npm, ['run', 'build'], { cwd: REPO });

  const browser = await launchBrowser();
  const servers: StaticServer[] = [];
  try {
    const serve = async (dir: string) => {
      const server = await serveFolder(dir);
      servers.push(server);
      return server;
    };
    const sites: Site[] = [{ tool: 'ours', server: await serve(join(REPO, 'dist')), path: './', ready: '.reveal.ready' }];
    if (talk) {
      sites.push({ tool: 'reveal.js', server: await serve(talk.revealPage), path: './', ready: '.reveal.ready' });
      const staticOut = join(SCRATCH, 'sites', 'reveal-md');
      await timeCommand(peerBin('reveal-md'), [talk.revealMd, '--static', staticOut], { cwd: talk.dir });
      sites.push({ tool: 'reveal-md', server: await serve(staticOut), path: './talk.html', ready: '.reveal.ready' });
      const marpOut = join(SCRATCH, 'sites', 'marp');
      await timeCommand(peerBin('marp'), [talk.marp, '-o', join(marpOut, 'index.html')], { cwd: talk.dir });
      await cp(join(talk.dir, 'marp', 'images'), join(marpOut, 'images'), { recursive: true });
      sites.push({ tool: 'marp', server: await serve(marpOut), path: './', ready: '.bespoke-marp-active' });
      if (talk.slidev) {
        const slidevOut = join(SCRATCH, 'sites', 'slidev');
        try {
          await timeCommand(peerBin('slidev'), ['build', talk.slidev, '--out', slidevOut], { cwd: join(talk.dir, 'slidev'), timeoutMs: 300_000 });
          sites.push({ tool: 'slidev', server: await serve(slidevOut), path: './', ready: '.slidev-page' });
        } catch (error) {
          skipPeer('slidev', ['first-slide'], `its build failed here: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        }
      }
    }
    const sizes = options.quick ? [30, 300, 3000] : [30, 300, 3000, 10000];
    log(`runs: ${options.runs} after a warm-up, interleaved`);
    await runInterleaved([...buildTasks(talk, options.runs), ...devTasks(talk), ...pageTasks(browser, sites)], options.runs, results);
    await runInterleaved(pdfTasks(talk, sites[1], chromium.path, options.quick), options.runs, results);
    await runInterleaved(await loaderTasks(sizes), options.runs, results);
    try {
      results.push({ metric: 'save-to-screen', tool: 'ours', runs: await saveToScreenRuns(browser, options.runs) });
    } catch (error) {
      results.push({ metric: 'save-to-screen', tool: 'ours', skipped: `failed here: ${error instanceof Error ? error.message.split('\n')[0] : error}` });
    }
    await weights(browser, sites, results);
  } finally {
    for (const server of servers) await server.close();
    await browser.close();
  }

  const budgets = checkBudgets(results, { bundleHasParser: await bundleHasParser(join(REPO, 'dist')) });
  const chromiumVersion = execFileSync(chromium.path, ['--version'], { encoding: 'utf8' }).trim();
  const report = renderReport(
    {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: `${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
      cpus: cpus().length,
      load: { start: loadStart, end: loadavg() },
      versions: {
        vite: version(join(REPO, 'node_modules/vite')),
        'reveal.js (ours)': version(join(REPO, 'node_modules/reveal.js')),
        'reveal.js (peer page)': version(join(PEERS_DIR, 'node_modules/reveal.js')),
        'reveal-md': version(join(PEERS_DIR, 'node_modules/reveal-md')),
        'Marp CLI': version(join(PEERS_DIR, 'node_modules/@marp-team/marp-cli')),
        decktape: version(join(PEERS_DIR, 'node_modules/decktape')),
        Slidev: version(join(SLIDEV_DIR, 'node_modules/@slidev/cli')),
        Chromium: chromiumVersion.replace(/^Chromium /, ''),
      },
      runs: options.runs,
      commands: commandsRun(options),
      peersInstall: `${installCommand()}\` and, for Slidev, \`${installCommand(SLIDEV_DIR, ['@slidev/cli@53', '@slidev/theme-default', 'playwright-chromium@1'])}`,
    },
    results,
    budgets,
    CHART,
  );
  await writeFile(REPORT, report);
  await writeFile(join(REPO, CHART), drawChart(results));
  log(`wrote BENCHMARKS.md and ${CHART}`);
  for (const b of budgets) log(`budget ${b.met === undefined ? 'NOT CHECKED' : b.met ? 'met   ' : 'MISSED'} ${b.name}: ${b.detail}`);
  for (const metric of METRICS) {
    const ours = results.find((r) => r.metric === metric.id && r.tool === 'ours');
    if (ours && 'runs' in ours) log(`${metric.id}: ${formatValue(median(ours.runs), metric.unit)}`);
  }
  return budgets.some((b) => b.met === false) ? 1 : 0;
}

function commandsRun(options: Options): string[] {
  const ours = [
    'DECK_SINGLE_FILE=0 DECK_SOCIAL_CARD=0 npm run build -- --outDir OUT --emptyOutDir   # the site alone',
    'DECK_SOCIAL_CARD=0 npm run build …   # + the single file',
    'DECK_SINGLE_FILE=0 npm run build …   # + the social card, its cache (node_modules/.vite/deck-share) emptied first',
    'npm run build …   # as shipped',
    'npm run dev -- --port P --strictPort   # until GET / answers',
    'npm run pdf -- -o OUT.pdf ; npm run pdf -- --notes -o OUT.pdf   # dist/ already built',
    'tsx src/tools/bench/load-child.ts DECK   # loadDeck once in a fresh process; peak RSS',
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

async function main(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    console.log(HELP);
    return 0;
  }
  if ('error' in parsed) {
    console.error(`bench: ${parsed.error}`);
    return 2;
  }
  return bench(parsed);
}

process.exitCode = await main(process.argv.slice(2));
