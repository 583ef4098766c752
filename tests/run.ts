// `npm test`: lint, types, contrast and the unit tests, one after another, while the browser tests'
// sites are built beside them; then the browser tests on those sites. On two cores each of the two
// alone left about a third of the machine idle (sampled every 2 s: vitest mostly 31–40 %, the builds
// 25–41 %), so together they take about 34 s here where one after the other took 41–49 s.
import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:os';
import { BUILD_ENV, BUILD_SITES, SITES_BUILT } from './browser/pre-test.ts';

const CHECKS = ['npm run lint', 'npm run typecheck', 'node --import tsx/esm src/themes/check-contrast.ts > /dev/null', 'npm run test:unit'];

interface Ended {
  code: number;
  output: string;
}

/** What runs beside the checks: stopped when a check fails or the run is interrupted. */
const beside = new Set<ChildProcess>();
/** The command in front, whose output is on the terminal. */
let inFront: ChildProcess | undefined;
let interrupted = false;

/** Runs a shell command; its output goes to the terminal, or is kept for a failure to show. */
function run(command: string, { env = {}, keepOutput = false }: { env?: Record<string, string>; keepOutput?: boolean } = {}): Promise<Ended> {
  // Each in a process group of its own, so that a signal reaches all it started (npm, a shell, the
  // tool itself), not just the shell spawn gives us.
  const child = spawn(command, {
    shell: true,
    detached: true,
    stdio: keepOutput ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env },
  });
  if (keepOutput) beside.add(child);
  else inFront = child;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      beside.delete(child);
      // Stopped by a signal: the shell's status for it, 128 + its number.
      resolve({ code: code ?? 128 + (signal ? constants.signals[signal] : 0), output });
    });
  });
}

function signalGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  try {
    if (child?.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function stopBeside(): void {
  for (const child of beside) signalGroup(child, 'SIGTERM');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    stopBeside();
    // Passed on as it came, once each time: Playwright closes its browsers and server on the first
    // Ctrl-C and quits at once on a second, as it does without this script.
    signalGroup(inFront, signal);
  });
}

async function main(): Promise<number> {
  const sites = run(BUILD_SITES, { env: BUILD_ENV, keepOutput: true });
  for (const command of CHECKS) {
    const { code } = await run(command);
    if (code !== 0 || interrupted) {
      stopBeside();
      return code || 130;
    }
  }
  const built = await sites;
  if (interrupted) return 130;
  if (built.code !== 0) {
    process.stderr.write(`${built.output}\nnpm test: the browser tests' sites did not build (\`${BUILD_SITES}\`)\n`);
    return built.code;
  }
  return (await run('npm run test:browser', { env: { [SITES_BUILT]: '1' } })).code;
}

process.exit(await main());
