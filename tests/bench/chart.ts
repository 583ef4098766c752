// The benchmark's chart as SVG text: a panel per charted metric, a horizontal bar per tool, each
// panel scaled to its largest figure and labelled with the figure itself. Pure.
import { hasRuns, METRICS, type Result, TOOLS, type ToolId } from './metrics.ts';
import { formatValue, median } from './stats.ts';

const COLOURS: Record<ToolId, string> = {
  ours: '#2076b3',
  'reveal.js': '#a9a9a9',
  'reveal-md': '#8c7b6b',
  marp: '#6b8c74',
  decktape: '#7b6b8c',
  slidev: '#8c6b7b',
};

const WIDTH = 720;
const LABEL = 110;
const BAR = 16;
const GAP = 4;
const TITLE = 22;
const PANEL_GAP = 14;
const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Labels without Markdown code marks. */
const plain = (label: string) => label.replace(/`/g, '');

export function drawChart(results: Result[]): string {
  const panels = METRICS.filter((m) => m.chart)
    .map((metric) => ({
      metric,
      bars: (Object.keys(TOOLS) as ToolId[]).flatMap((tool) => {
        const r = results.find((x) => x.metric === metric.id && x.tool === tool);
        return r && hasRuns(r) ? [{ tool, value: median(r.runs) }] : [];
      }),
    }))
    .filter((p) => p.bars.length > 0);
  const parts: string[] = [];
  let y = 8;
  for (const { metric, bars } of panels) {
    parts.push(`<text x="8" y="${y + 14}" font-weight="bold">${escapeXml(plain(metric.label))}</text>`);
    y += TITLE;
    const max = Math.max(...bars.map((b) => b.value), Number.MIN_VALUE);
    const room = WIDTH - LABEL - 90;
    for (const bar of bars) {
      const width = Math.max(1, (bar.value / max) * room);
      parts.push(
        `<g data-tool="${escapeXml(bar.tool)}" data-metric="${escapeXml(metric.id)}">` +
          `<text x="${LABEL - 6}" y="${y + 12}" text-anchor="end">${escapeXml(bar.tool)}</text>` +
          `<rect x="${LABEL}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${COLOURS[bar.tool]}"/>` +
          `<text x="${(LABEL + width + 6).toFixed(1)}" y="${y + 12}">${escapeXml(formatValue(bar.value, metric.unit))}</text></g>`,
      );
      y += BAR + GAP;
    }
    y += PANEL_GAP;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" role="img" ${FONT}>
<title>This deck against the tools presenters use instead (medians; shorter is better)</title>
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}
