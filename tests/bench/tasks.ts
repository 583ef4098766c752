// The timed tasks, ours and the peers' side by side: build, dev server start, first slide, PDF,
// and the loader on generated decks and on the inputs that once made it slow. Each is a command
// or a page load; interleave.ts runs them.
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { freePort, log, npm, type PeerSite, REPO, SCRATCH } from './context.ts';
import { generateDeck } from './decks.ts';
import { HAZARD_IDS, HAZARDS } from './hazards.ts';
import type { Task } from './interleave.ts';
import { timeCommand, timeFirstSlide, timeUntilServed } from './measure.ts';
import type { ToolId } from './metrics.ts';
import { chromeEnv, type PeerTalk, peerBin } from './peers.ts';
import { median } from './stats.ts';

export function buildTasks(talk: PeerTalk | undefined, runs: number): Task[] {
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

export function devTasks(talk: PeerTalk | undefined): Task[] {
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

export function pageTasks(browser: Browser, sites: PeerSite[]): Task[] {
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

export function pdfTasks(talk: PeerTalk | undefined, revealPage: PeerSite | undefined, chromium: string, quick: boolean): Task[] {
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

/** The PowerPoint exports: ours (editable text), and Marp's and Slidev's (a picture a slide). */
export function pptxTasks(talk: PeerTalk | undefined, chromium: string, quick: boolean): Task[] {
  const out = join(SCRATCH, 'pptx');
  const tasks: Task[] = [
    {
      tool: 'ours',
      metrics: ['pptx'],
      run: async () => ({ pptx: await timeCommand(npm, ['run', 'pptx', '--', '-o', join(out, 'ours.pptx')], { cwd: REPO }) }),
    },
  ];
  if (!talk) return tasks;
  const env = chromeEnv(chromium);
  tasks.push({
    tool: 'marp',
    metrics: ['pptx'],
    run: async () => ({
      pptx: await timeCommand(peerBin('marp'), [talk.marp, '--pptx', '--allow-local-files', '-o', join(out, 'marp.pptx')], { cwd: talk.dir, env }),
    }),
  });
  const slidev = talk.slidev;
  if (slidev) {
    tasks.push({
      tool: 'slidev',
      metrics: ['pptx'],
      // About 25 s a run: as its PDF, three runs and no warm-up.
      maxRuns: quick ? 1 : 3,
      warmUp: false,
      run: async () => ({
        pptx: await timeCommand(
          peerBin('slidev'),
          ['export', slidev, '--format', 'pptx', '--output', join(out, 'slidev.pptx'), '--executable-path', chromium],
          {
            cwd: join(talk.dir, 'slidev'),
            env,
            timeoutMs: 300_000,
          },
        ),
      }),
    });
  }
  return tasks;
}

/** Loads the deck in `dir` once in a fresh process (load-child.ts): the loader's time and the process's peak memory. */
function loadInChild(dir: string): { ms: number; peakMB: number } {
  const output = execFileSync(join(REPO, 'node_modules/.bin/tsx'), [join(REPO, 'tests/bench/load-child.ts'), dir], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as { ms: number; peakMB: number };
}

export async function loaderTasks(sizes: number[]): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const size of sizes) {
    const dir = join(SCRATCH, `deck-${size}`);
    const count = await generateDeck(REPO, dir, size);
    if (count !== size) log(`the ${size}-slide deck holds ${count} slides (whole files of the talk)`);
    tasks.push({
      tool: 'ours',
      metrics: [`load-${size}`, `load-${size}-memory`],
      run: async () => {
        const { ms, peakMB } = loadInChild(dir);
        return { [`load-${size}`]: ms, [`load-${size}-memory`]: peakMB };
      },
    });
  }
  return tasks;
}

/** Each input that once made the loader slow or throw, as a one-file deck loaded in a fresh process. */
export async function hazardTasks(): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const id of HAZARD_IDS) {
    const dir = join(SCRATCH, `hazard-${id}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(dir, 'slides'), { recursive: true });
    await writeFile(join(dir, 'slides', '01.md'), HAZARDS[id].text());
    tasks.push({
      tool: 'ours',
      metrics: [`hazard-${id}`],
      run: async () => ({ [`hazard-${id}`]: loadInChild(dir).ms }),
    });
  }
  return tasks;
}
