// Chromium started for one print and driven over the DevTools protocol (chrome-remote-interface).
// Not Playwright: loading its 7 MB bundle and opening a browser context cost `npm run pdf` about
// a quarter of a second of a 2-second budget, and a print needs four protocol calls.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import CDP from 'chrome-remote-interface';
import { UserError } from '../user-error.ts';

/** What Playwright passes too, for the same page: no first-run UI, no background work, sRGB colours, no scrollbars. */
const FLAGS = [
  '--headless',
  // Playwright runs Chromium without its sandbox by default; as root it will not start with it.
  '--no-sandbox',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  '--mute-audio',
  '--remote-debugging-port=0',
];

/** Signals that end the tool (Ctrl-C, `kill`, a closed terminal): each must take Chromium with it. */
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const RE_LISTENING = /DevTools listening on ws:\/\/[^\s:]+:(\d+)\//;

export interface Headless {
  /** The protocol session of the one tab Chromium opened. */
  client: CDP.Client;
  close(): Promise<void>;
}

/** Starts Chromium at `executable` with a throw-away profile and connects to its tab. */
export async function startHeadless(executable: string, timeoutMs: number): Promise<Headless> {
  // One folder for all Chromium writes: its profile, and its own temporary files
  // (`org.chromium.Chromium.*`), which a Chromium killed before it quits leaves behind. With TMPDIR
  // inside, they go when the folder goes, and nothing is swept from a temp folder others share.
  const home = await mkdtemp(join(tmpdir(), 'deck-pdf-chromium-'));
  const profile = join(home, 'profile');
  const temp = join(home, 'tmp');
  await Promise.all([mkdir(profile), mkdir(temp)]);
  // A process group of its own: Chromium's helpers (zygote, renderer, GPU) are killed with it.
  const child = spawn(executable, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
    env: { ...process.env, TMPDIR: temp },
  });
  // However the tool ends (Ctrl-C, `kill`, a crash), Chromium and its files end with it.
  const killOnExit = () => {
    killGroup(child);
    rmSync(home, { recursive: true, force: true, maxRetries: 3 });
  };
  process.once('exit', killOnExit);
  const onSignal = (signal: NodeJS.Signals) => {
    killOnExit();
    stopOnSignal(signal);
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async (client?: CDP.Client) => {
    // Asked to quit, Chromium removes its temporary files; killed, it leaves them in the temp folder.
    const quit = client?.Browser.close().catch(() => undefined);
    const forced = setTimeout(() => killGroup(child), client ? 5000 : 0);
    await quit;
    await client?.close().catch(() => undefined);
    await exited;
    clearTimeout(forced);
    process.off('exit', killOnExit);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    // Its helpers, should one outlive the browser process.
    killGroup(child);
    // Chromium may still be writing its profile as it quits.
    await rm(home, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const port = await devtoolsPort(child, executable, timeoutMs);
    // The protocol's description from the library, not fetched from Chromium: one round trip less.
    const client = await CDP({ port, host: '127.0.0.1', local: true });
    return { client, close: () => close(client) };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The port Chromium announces on stderr once it listens, or why it never did. */
function devtoolsPort(child: ChildProcess, executable: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let said = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      const last = said.trim().split('\n').slice(-1)[0];
      reject(new UserError(`Chromium at ${executable} did not start (${why}${last ? `: ${last}` : ''})`));
    };
    const timer = setTimeout(() => fail(`no answer within ${timeoutMs / 1000} s`), timeoutMs);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code) => fail(`it exited with code ${code}`));
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const port = RE_LISTENING.exec(said)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(Number(port));
      }
    });
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

/** Ends the tool as the signal would have, once Chromium is gone: a shell sees `130` after Ctrl-C. */
function stopOnSignal(signal: NodeJS.Signals): void {
  // Another listener (e.g. a test runner's) decides instead.
  if (process.listenerCount(signal) > 0) return;
  process.kill(process.pid, signal);
}
