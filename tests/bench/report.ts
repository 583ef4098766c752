// BENCHMARKS.md from a run: the machine, the commands, a table of medians with us/them ratios, and
// the budgets. Pure: the caller writes the text.
import type { BudgetCheck } from './budgets.ts';
import { hasRuns, METRICS, type Result, TOOLS, type ToolId } from './metrics.ts';
import { formatRatio, formatValue, median, ratio } from './stats.ts';

export interface RunInfo {
  date: string;
  machine: string;
  cpus: number;
  /** Load average (1, 5, 15 min) at the start and the end of the run. */
  load: { start: number[]; end: number[] };
  versions: Record<string, string>;
  runs: number;
  /** What was run, per tool, as a reader would type it. */
  commands: string[];
  peersInstall: string;
}

export interface Cell {
  text: string;
  /** ours / this tool, for the peers. */
  ratio?: string;
}

/** The table: one row per measured metric, a column per tool that has any result. */
export function resultTable(results: Result[]): { tools: ToolId[]; rows: { label: string; cells: Cell[] }[] } {
  const tools = (Object.keys(TOOLS) as ToolId[]).filter((tool) => results.some((r) => r.tool === tool));
  const rows = METRICS.filter((m) => results.some((r) => r.metric === m.id)).map((metric) => {
    const of = (tool: ToolId) => results.find((r) => r.metric === metric.id && r.tool === tool);
    const oursResult = of('ours');
    const ours = oursResult && hasRuns(oursResult) ? median(oursResult.runs) : undefined;
    const cells = tools.map((tool): Cell => {
      const result = of(tool);
      if (!result) return { text: '' };
      if (!hasRuns(result)) return { text: 'skipped' in result ? `n/a: ${result.skipped}` : 'n/a' };
      const value = median(result.runs);
      const note = result.note ? ` (${result.note})` : '';
      return tool === 'ours'
        ? { text: `${formatValue(value, metric.unit)}${note}` }
        : { text: `${formatValue(value, metric.unit)}${note}`, ratio: formatRatio(ratio(ours, value)) };
    });
    return { label: metric.label, cells };
  });
  return { tools, rows };
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The table of medians and ratios as Markdown: BENCHMARKS.md's, and what `--only` prints. */
export function renderTable(results: Result[]): string {
  const { tools, rows } = resultTable(results);
  const header = `| measure | ${tools.map((t) => (t === 'ours' ? 'ours' : `${t} (us/them)`)).join(' | ')} |`;
  return [
    header,
    `|---|${tools.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${escapeCell(row.label)} | ${row.cells.map((c) => escapeCell(c.ratio ? `${c.text} (${c.ratio})` : c.text)).join(' | ')} |`),
  ].join('\n');
}

export function renderReport(info: RunInfo, results: Result[], budgets: BudgetCheck[], chartFile: string): string {
  const verdict = (b: BudgetCheck) => (b.met === undefined ? 'not checked' : b.met ? 'met' : '**missed**');
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(', ');
  return `# Benchmarks

Written by \`npm run bench\` on ${info.date}. Medians of ${info.runs} runs after a warm-up; peers
and this deck run interleaved in the same run, on the same machine, the same talk.

- Machine: ${info.machine}, ${info.cpus} CPUs; load average ${load(info.load.start)} at the start,
  ${load(info.load.end)} at the end (the machine is shared: a high load slows every tool alike).
- Versions: ${Object.entries(info.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.
- Peers installed outside the repository: \`${info.peersInstall}\`.

![This deck against the other tools](${chartFile})

${renderTable(results)}

Ratios are ours / theirs: below 1.00× we are faster or lighter. "n/a" says why a tool has no figure.

## Budgets

| budget | figures | verdict |
|---|---|---|
${budgets.map((b) => `| ${escapeCell(b.name)} | ${escapeCell(b.detail)} | ${verdict(b)} |`).join('\n')}

## Commands

${info.commands.map((c) => `- \`${c}\``).join('\n')}
`;
}
