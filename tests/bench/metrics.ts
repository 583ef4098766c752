// What the benchmark measures and for whom: the metrics, the tools, and a run's results as values.
import { HAZARD_IDS, HAZARDS } from './hazards.ts';
import type { Unit } from './stats.ts';

export type ToolId = 'ours' | 'reveal.js' | 'reveal-md' | 'marp' | 'decktape' | 'slidev';

export const TOOLS: Record<ToolId, string> = {
  ours: 'this deck',
  'reveal.js': 'reveal.js 6 + markdown, highlight, notes plugins',
  'reveal-md': 'reveal-md',
  marp: 'Marp CLI',
  decktape: 'decktape (PDF of the reveal.js page)',
  slidev: 'Slidev',
};

/** Slide counts of the loader's scale rows: 2,000 → 20,000 checks that its cost grows linearly. */
export const LOADER_SIZES = [30, 300, 2000, 3000, 10000, 20000];

export interface Metric {
  id: string;
  label: string;
  unit: Unit;
  /** Shown in the chart (time and weight a presenter feels). */
  chart?: boolean;
}

export const METRICS: Metric[] = [
  { id: 'build-site', label: 'build the site (`npm run build`, no single file, no card)', unit: 'ms', chart: true },
  { id: 'build-single', label: 'build + the single file', unit: 'ms' },
  { id: 'build-card', label: 'build + the social card (drawn, not cached)', unit: 'ms' },
  { id: 'build-all', label: '`npm run build` as shipped (site, single file, card from cache)', unit: 'ms' },
  { id: 'dev-start', label: 'dev server start (until the page is served)', unit: 'ms', chart: true },
  { id: 'save-to-screen', label: 'save a slide → change on screen (dev)', unit: 'ms' },
  { id: 'tap-to-projector', label: "a tap on the phone's Next → the projector's slide changes (`npm run present`, loopback)", unit: 'ms' },
  { id: 'js-raw', label: 'client JS', unit: 'bytes' },
  { id: 'js-gzip', label: 'client JS, gzip', unit: 'bytes', chart: true },
  { id: 'css-raw', label: 'CSS', unit: 'bytes' },
  { id: 'css-gzip', label: 'CSS, gzip', unit: 'bytes', chart: true },
  { id: 'css-gzip-any-theme', label: "CSS, gzip, the talk under each of the engine's themes: the heaviest", unit: 'bytes' },
  { id: 'fonts', label: 'fonts', unit: 'bytes' },
  { id: 'page-bytes', label: 'bytes transferred before the first slide shows', unit: 'bytes', chart: true },
  { id: 'first-slide', label: 'navigation → first slide visible, deck ready (Chromium)', unit: 'ms', chart: true },
  { id: 'pdf', label: 'PDF export (`npm run pdf`, site already built)', unit: 'ms', chart: true },
  { id: 'pdf-notes', label: 'PDF export with notes (`npm run pdf -- --notes`)', unit: 'ms' },
  {
    id: 'pptx',
    label: 'PowerPoint export (`npm run pptx`, site already built; Marp `--pptx` and Slidev `--format pptx` write each slide as a picture)',
    unit: 'ms',
  },
  ...LOADER_SIZES.flatMap((n): Metric[] => [
    { id: `load-${n}`, label: `loader: ${n.toLocaleString('en')} slides`, unit: 'ms' },
    { id: `load-${n}-memory`, label: `loader: ${n.toLocaleString('en')} slides, peak memory`, unit: 'MB' },
  ]),
  ...HAZARD_IDS.map((id): Metric => ({ id: `hazard-${id}`, label: `loader: ${HAZARDS[id].label}`, unit: 'ms' })),
];

/** One metric for one tool: its runs, or why it has none. */
export type Result = { metric: string; tool: ToolId; runs: number[]; note?: string } | { metric: string; tool: ToolId; skipped: string };

export const hasRuns = (r: Result): r is Extract<Result, { runs: number[] }> => 'runs' in r && r.runs.length > 0;
