// `npm run check`: the deck's problems as `file:line:col severity code: message`. First the
// loader's rules, then (unless `--no-render`) the rendered pass in Chromium (check/render.ts).
// Only `main` prints and sets the exit code: 0 when clean, 1 on any problem, 2 on a bad option.
import { resolve } from 'node:path';
import { formatCatalogue } from '../deck/codes.ts';
import { formatDiagnostic, hasErrors } from '../deck/diagnostics.ts';
import type { Diagnostic } from '../deck/index.ts';
import { loadDeck } from '../deck/load-deck.ts';
import { themeNames } from '../themes/index.ts';
import { runTool, type Tool } from './cli.ts';

const HELP = `usage: npm run check -- [--root DIR] [--no-render] [--json] [--errors-only] [--list]
Checks the slides in DIR/slides (default: the current folder) and prints each problem.
  --no-render    only the loader's rules; skip rendering every slide in Chromium
  --json         one JSON object on stdout: { diagnostics, slides, steps, timings }
  --errors-only  print errors only, and fail only on errors
  --list         every diagnostic code with its severity and what it means
  --timeout S    seconds the rendered pass may wait for the deck (default 60)
Exit code: 0 when there is no problem, 1 when there is any, 2 for a bad option.
(\`npm run check --list\` works too: npm passes such flags on.)`;

interface CheckOptions {
  root: string;
  render: boolean;
  json: boolean;
  errorsOnly: boolean;
  timeoutMs: number;
  /** Print the catalogue of diagnostic codes instead of checking. */
  list: boolean;
}

const CHECK_TOOL: Tool<CheckOptions> = {
  name: 'check',
  help: HELP,
  options: {
    root: { type: 'string' },
    timeout: { type: 'string' },
    'no-render': { type: 'boolean' },
    json: { type: 'boolean' },
    'errors-only': { type: 'boolean' },
    list: { type: 'boolean' },
  },
  read(values) {
    const timeout = Number(values.timeout ?? 60);
    if (!(timeout > 0)) return { error: '--timeout takes a number of seconds' };
    return {
      options: {
        root: resolve(typeof values.root === 'string' ? values.root : '.'),
        render: !values['no-render'],
        json: values.json === true,
        errorsOnly: values['errors-only'] === true,
        timeoutMs: timeout * 1000,
        list: values.list === true,
      },
    };
  },
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function check(options: CheckOptions): Promise<number> {
  if (options.list) {
    console.log(formatCatalogue());
    return 0;
  }
  const say = (line: string) => {
    if (!options.json) console.log(`check: ${line}`);
  };
  let at = performance.now();
  const loaded = await loadDeck(options.root, 'slides', themeNames());
  const { deck, diagnostics } = loaded;
  const timings: Record<string, number> = { rules: performance.now() - at };
  const slides = deck.stacks.flat();
  const steps = slides.reduce((n, s) => n + s.codeSteps, 0);
  say(`${slides.length} slides, ${steps} code steps: ${diagnostics.length} problem(s) from the rules (${seconds(timings.rules)})`);
  const found: Diagnostic[] = [...diagnostics];
  if (options.render && hasErrors(diagnostics)) {
    say('not rendered: fix the errors first (the site does not build with them)');
  } else if (options.render) {
    at = performance.now();
    // Loaded only now: Vite and Playwright take a second to import, which `--no-render` saves.
    const { renderDeck } = await import('./check/render-deck.ts');
    found.push(...(await renderDeck(options.root, loaded, { timeoutMs: options.timeoutMs, say })));
    timings.render = performance.now() - at;
    say(`rendered ${slides.length + steps} pages in Chromium: ${found.length - diagnostics.length} problem(s) (${seconds(timings.render)})`);
  }
  const shown = options.errorsOnly ? found.filter((d) => d.severity === 'error') : found;
  if (options.json) console.log(JSON.stringify({ diagnostics: shown, slides: slides.length, steps, timings }, null, 2));
  else for (const d of shown) console.error(formatDiagnostic(d));
  return (options.errorsOnly ? hasErrors(found) : found.length > 0) ? 1 : 0;
}

/**
 * `npm run check --list` (without `--`) hands the flag to npm, which passes it on as
 * `npm_config_list=true` (`--no-render` as `npm_config_render=`): read them back.
 */
function npmFlags(env: NodeJS.ProcessEnv): string[] {
  if (env.npm_lifecycle_event !== 'check') return [];
  const on = (name: string) => env[`npm_config_${name}`] === 'true';
  return [
    ...(on('list') ? ['--list'] : []),
    ...(on('json') ? ['--json'] : []),
    ...(on('errors_only') ? ['--errors-only'] : []),
    ...(on('help') ? ['--help'] : []),
    ...(env.npm_config_render === '' ? ['--no-render'] : []),
  ];
}

await runTool(CHECK_TOOL, check, [...process.argv.slice(2), ...npmFlags(process.env)]);
