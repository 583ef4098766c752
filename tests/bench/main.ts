// `npm run bench`: this deck against the tools presenters use instead, on this machine, in one
// interleaved run; writes BENCHMARKS.md and benchmarks.svg and exits 1 when a budget is missed.
// This file runs the parts in order and writes the report: the tasks are in tasks.ts and live.ts,
// the weights in weigh.ts, the rounds in interleave.ts, the text in report.ts.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { themeNames } from '../../src/themes/index.ts';
import { launchBrowser } from '../../src/tools/browser.ts';
import { findChromium } from '../../src/tools/chromium.ts';
import { runTool, type Tool } from '../../src/tools/cli.ts';
import { checkBudgets } from './budgets.ts';
import { drawChart } from './chart.ts';
import { commandsRun } from './commands.ts';
import { log, npm, type PeerSite, REPO, SCRATCH, version } from './context.ts';
import { themedDeck } from './decks.ts';
import { runInterleaved } from './interleave.ts';
import { saveToScreenRuns } from './live.ts';
import { type StaticServer, serveFolder, timeCommand } from './measure.ts';
import { LOADER_SIZES, METRICS, type Result, type ToolId } from './metrics.ts';
import { installCommand, missingPeers, PEERS_DIR, peerBin, preparePeerTalk, SLIDEV_DIR } from './peers.ts';
import { tapToProjectorRuns } from './remote.ts';
import { renderReport, renderTable } from './report.ts';
import { formatValue, median } from './stats.ts';
import { buildTasks, devTasks, hazardTasks, loaderTasks, pageTasks, pdfTasks, pptxTasks } from './tasks.ts';
import { bundleHasParser, themeWeights, weights } from './weigh.ts';

const SEED = process.env.DECK_BENCH_SEED ?? join(REPO, '../shared/seeds/000_d09949ea4af93861.txt');
const REPORT = join(REPO, 'BENCHMARKS.md');
const CHART = 'benchmarks.svg';

/** The figures by group, for `--only`: each is one or more of the runs below. */
const GROUPS = ['build', 'dev', 'page', 'pdf', 'pptx', 'loader', 'live', 'remote', 'weights'] as const;
type Group = (typeof GROUPS)[number];

const HELP = `usage: npm run bench [-- --runs N] [--quick] [--no-peers] [--only GROUP,…]

Measures this deck against reveal.js (markdown + highlight + notes plugins), reveal-md, Marp CLI,
decktape and Slidev on the same talk, as medians of N runs (default 5) after a warm-up, peers and
ours interleaved. Writes BENCHMARKS.md and ${CHART}; exits 1 when a budget is missed.

  --runs N     runs per figure after the warm-up (default 5)
  --quick      one run, decks up to 3,000 slides: a smoke check, not figures to publish
  --no-peers   this deck alone (no ratios)
  --only G,…   these groups of figures alone (${GROUPS.join(', ')}), printed, not written: to
               see a change against the peers without the whole run

Peers are installed outside the repository, never committed:
  ${installCommand()}
The talk given to them: DECK_BENCH_SEED (default ../shared/seeds/000_d09949ea4af93861.txt).`;

interface Options {
  runs: number;
  quick: boolean;
  peers: boolean;
  /** The groups to measure; every one when undefined (and only then is the report written). */
  only?: ReadonlySet<Group>;
}

const BENCH_TOOL: Tool<Options> = {
  name: 'bench',
  help: HELP,
  options: { runs: { type: 'string' }, quick: { type: 'boolean' }, 'no-peers': { type: 'boolean' }, only: { type: 'string' } },
  read(values) {
    const quick = values.quick === true;
    const runs = values.runs === undefined ? (quick ? 1 : 5) : Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) return { error: '--runs wants a whole number of at least 1' };
    let only: Set<Group> | undefined;
    if (typeof values.only === 'string') {
      const named = values.only.split(',').map((g) => g.trim());
      const unknown = named.filter((g) => !(GROUPS as readonly string[]).includes(g));
      if (unknown.length > 0) return { error: `--only takes groups of ${GROUPS.join(', ')}; not ${unknown.join(', ') || 'none'}` };
      only = new Set(named as Group[]);
    }
    return { options: { runs, quick, peers: values['no-peers'] !== true, ...(only ? { only } : {}) } };
  },
};

// --- the run -----------------------------------------------------------------------------------

async function bench(options: Options): Promise<number> {
  const loadStart = loadavg();
  const chromium = await findChromium();
  if ('missing' in chromium) throw new Error(`${chromium.missing}: the browser figures need Chromium (apt-get install chromium)`);
  await mkdir(SCRATCH, { recursive: true });
  const results: Result[] = [];
  const wanted = (group: Group) => !options.only || options.only.has(group);

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
      skipPeer(tool, ['build-site', 'first-slide', 'pdf', ...(tool === 'marp' ? ['pptx'] : [])], missing[tool] ?? 'not run: a peer it needs is missing');
  }
  if (options.peers && !talk?.slidev) {
    skipPeer('slidev', ['build-site', 'first-slide', 'pdf', 'pptx'], 'not installed (see how above the table)');
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
    const sites: PeerSite[] = [{ tool: 'ours', server: await serve(join(REPO, 'dist')), path: './', ready: '.reveal.ready' }];
    // The peers' sites serve the page, PDF and weight figures.
    if (talk && (wanted('page') || wanted('pdf') || wanted('weights'))) {
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
    const sizes = options.quick ? LOADER_SIZES.filter((n) => n <= 3000) : LOADER_SIZES;
    log(`runs: ${options.runs} after a warm-up, interleaved`);
    const first = [
      ...(wanted('build') ? buildTasks(talk, options.runs) : []),
      ...(wanted('dev') ? devTasks(talk) : []),
      ...(wanted('page') ? pageTasks(browser, sites) : []),
    ];
    await runInterleaved(first, options.runs, results);
    if (wanted('pdf')) await runInterleaved(pdfTasks(talk, sites[1], chromium.path, options.quick), options.runs, results);
    if (wanted('pptx')) await runInterleaved(pptxTasks(talk, chromium.path, options.quick), options.runs, results);
    if (wanted('loader')) await runInterleaved([...(await loaderTasks(sizes)), ...(await hazardTasks())], options.runs, results);
    if (wanted('live')) {
      try {
        results.push({ metric: 'save-to-screen', tool: 'ours', runs: await saveToScreenRuns(browser, options.runs) });
      } catch (error) {
        results.push({ metric: 'save-to-screen', tool: 'ours', skipped: `failed here: ${error instanceof Error ? error.message.split('\n')[0] : error}` });
      }
    }
    if (wanted('remote')) {
      try {
        results.push({ metric: 'tap-to-projector', tool: 'ours', runs: await tapToProjectorRuns(browser, options.runs) });
      } catch (error) {
        results.push({ metric: 'tap-to-projector', tool: 'ours', skipped: `failed here: ${error instanceof Error ? error.message.split('\n')[0] : error}` });
      }
    }
    if (wanted('weights')) {
      await weights(browser, sites, results);
      const themes = await themeWeights(themeNames(), async (theme) => {
        const dir = join(SCRATCH, 'themes', theme);
        await themedDeck(REPO, dir, theme);
        return dir;
      });
      const heaviest = themes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
      log(`theme CSS, gzip: ${themes.map((t) => `${t.theme} ${formatValue(t.gzip, 'bytes')}`).join(', ')}`);
      results.push({ metric: 'css-gzip-any-theme', tool: 'ours', runs: [heaviest.gzip], note: `${heaviest.theme}, the heaviest of ${themes.length}` });
    }
  } finally {
    for (const server of servers) await server.close();
    await browser.close();
  }

  if (options.only) {
    // A part of the figures: the table on the terminal, BENCHMARKS.md left as the last whole run wrote it.
    console.log(renderTable(results));
    return 0;
  }
  const budgets = checkBudgets(results, { bundleHasParser: await bundleHasParser(join(REPO, 'dist')) });
  // Debian's wrapper script prints a shell warning on stderr here; only the version matters.
  const chromiumVersion = execFileSync(chromium.path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
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

await runTool(BENCH_TOOL, bench);
