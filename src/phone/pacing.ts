// The pacing timer, as reveal's own speaker view (plugin/notes) computes it, for the phone: each
// slide's time (its `data-timing`, or an equal share of what `totalTime` leaves, or `defaultTiming`),
// and at any moment how much of the current slide's time is left, ahead, on track or behind.

export interface PacingConfig {
  totalTime?: unknown;
  defaultTiming?: unknown;
}

/** Seconds per slide in deck order, or undefined when the deck sets neither `totalTime` nor `defaultTiming`. */
export function slideTimings(dataTimings: (string | null)[], config: PacingConfig): number[] | undefined {
  const totalTime = positive(config.totalTime);
  const defaultTiming = positive(config.defaultTiming);
  if (totalTime === undefined && defaultTiming === undefined) return undefined;
  // As reveal: totalTime set, the slides without data-timing share what the others leave.
  const fallback = totalTime === undefined ? (defaultTiming ?? 0) : 0;
  const timings = dataTimings.map((t) => {
    const parsed = t === null ? Number.NaN : Number.parseInt(t, 10);
    return Number.isNaN(parsed) ? fallback : parsed;
  });
  if (totalTime === undefined) return timings;
  const unset = timings.filter((t) => t === 0).length;
  const share = unset === 0 ? 0 : Math.round((totalTime - timings.reduce((a, b) => a + b, 0)) / unset);
  return timings.map((t) => (t === 0 ? share : t));
}

export type Pace = 'ahead' | 'on-track' | 'behind';

/**
 * The time left for the slide `past` slides in (reveal's `getSlidePastCount`), `elapsedMs` into the
 * talk: negative once behind; on track while within the slide's own time.
 */
export function pacing(timings: number[], past: number, elapsedMs: number): { leftMs: number; pace: Pace } {
  const endMs = timings.slice(0, past + 1).reduce((a, b) => a + b, 0) * 1000;
  const slideMs = (timings[past] ?? 0) * 1000;
  const leftMs = endMs - elapsedMs;
  return { leftMs, pace: leftMs < 0 ? 'behind' : leftMs < slideMs ? 'on-track' : 'ahead' };
}

/** `h:mm:ss`, `-` in front when negative (reveal's speaker view shows the same). */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const s = Math.abs(Math.round(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${sign}${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}
