// The budgets the issue sets, checked against a run's medians: each says what it compares and
// whether it held. A budget whose figures are missing is reported as not checked, never as met.
import { HAZARD_IDS, HAZARDS } from './hazards.ts';
import { hasRuns, type Result, type ToolId } from './metrics.ts';
import { median } from './stats.ts';

export interface BudgetCheck {
  name: string;
  /** The figures it compared, as a sentence. */
  detail: string;
  /** undefined: a figure it needs was not measured. */
  met: boolean | undefined;
}

export type Figures = (metric: string, tool?: ToolId) => number | undefined;

/** Medians by metric and tool. */
export function figures(results: Result[]): Figures {
  return (metric, tool = 'ours') => {
    const found = results.find((r) => r.metric === metric && r.tool === tool);
    return found && hasRuns(found) ? median(found.runs) : undefined;
  };
}

const KB = 1024;
const ms = (v: number) => `${Math.round(v)} ms`;
const kb = (v: number) => `${(v / KB).toFixed(1)} KB`;

function atMost(name: string, value: number | undefined, limit: number | undefined, show: (v: number) => string, what = ''): BudgetCheck {
  if (value === undefined || limit === undefined) return { name, detail: 'not measured in this run', met: undefined };
  return { name, detail: `${show(value)} against ${show(limit)}${what}`, met: value <= limit };
}

export function checkBudgets(results: Result[], extra: { bundleHasParser?: boolean } = {}): BudgetCheck[] {
  const f = figures(results);
  const reveal = f('first-slide', 'reveal.js');
  const load300 = f('load-300');
  const load2000 = f('load-2000');
  const checks = [
    atMost('site build ≤ 1.0 s', f('build-site'), 1000, ms),
    atMost('first slide ≤ 0.5× reveal.js with its plugins', f('first-slide'), reveal === undefined ? undefined : reveal * 0.5, ms, ' (half of reveal.js)'),
    atMost('first slide no slower than Marp HTML', f('first-slide'), f('first-slide', 'marp'), ms, ' (Marp)'),
    atMost('client JS ≤ 56 KB gzip', f('js-gzip'), 56 * KB, kb),
    atMost("the talk's CSS ≤ 16 KB gzip", f('css-gzip'), 16 * KB, kb),
    atMost('any theme ≤ 20 KB gzip', f('css-gzip-any-theme'), 20 * KB, kb),
    atMost('PDF ≤ 2.0 s after the build', f('pdf'), 2000, ms),
    atMost('PowerPoint ≤ 3.0 s after the build', f('pptx'), 3000, ms),
    atMost('save-to-screen ≤ 200 ms', f('save-to-screen'), 200, ms),
    atMost('phone tap → projector ≤ 50 ms', f('tap-to-projector'), 50, ms),
    atMost('3,000 slides load in ≤ 10× the 300-slide time', f('load-3000'), load300 === undefined ? undefined : load300 * 10, ms, ' (10× 300 slides)'),
    atMost('20,000 slides load in ≤ 10× the 2,000-slide time', f('load-20000'), load2000 === undefined ? undefined : load2000 * 10, ms, ' (10× 2,000 slides)'),
    ...HAZARD_IDS.map((id) => atMost(`${HAZARDS[id].label} loads in ≤ 1 s`, f(`hazard-${id}`), 1000, ms)),
  ];
  if (extra.bundleHasParser !== undefined) {
    checks.push({
      name: 'no highlight.js or Markdown parser in the client JS',
      detail: extra.bundleHasParser ? 'found one in the bundle' : 'none found in the bundle',
      met: !extra.bundleHasParser,
    });
  }
  return checks;
}
