// The benchmark's arithmetic: medians of runs, ratios, and how a figure reads in a table.

/** The middle run (the mean of the two middle ones for an even count); NaN for no runs. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** ours / theirs, or undefined when either is missing or theirs is 0 (nothing to divide by). */
export function ratio(ours: number | undefined, theirs: number | undefined): number | undefined {
  if (ours === undefined || theirs === undefined || !Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return undefined;
  return ours / theirs;
}

export type Unit = 'ms' | 'bytes' | 'MB';

/** A figure as the table prints it: `1.23 s`, `640 ms`, `51.2 KB`, `88 MB`. */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
  if (unit === 'MB') return `${Math.round(value)} MB`;
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(2)} MB`;
  return value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${Math.round(value)} B`;
}

/** `0.42×`: how many times theirs ours takes (below 1: we are faster or lighter). */
export function formatRatio(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(2)}×`;
}
