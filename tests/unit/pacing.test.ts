// The phone's pacing timer against reveal's speaker view: the same timings and the same verdicts.
import { describe, expect, it } from 'vitest';
import { formatDuration, pacing, slideTimings } from '../../src/phone/pacing.ts';

describe('slideTimings', () => {
  it('gives nothing when the deck sets no total and no default', () => {
    expect(slideTimings(['120', null], {})).toBeUndefined();
    expect(slideTimings(['120', null], { totalTime: 0 })).toBeUndefined();
  });

  it('shares what totalTime leaves among the slides without data-timing (the pacing fixture: 600 s, one slide 120)', () => {
    expect(slideTimings(['120', null, null], { totalTime: 600 })).toEqual([120, 240, 240]);
    // Rounded as reveal rounds; a timing that is no number counts as unset.
    expect(slideTimings([null, 'soon', null], { totalTime: 100 })).toEqual([33, 33, 33]);
    expect(slideTimings(['60', '30'], { totalTime: 600, defaultTiming: 10 })).toEqual([60, 30]);
  });

  it('uses defaultTiming without a total', () => {
    expect(slideTimings([null, '90', 'x'], { defaultTiming: 45 })).toEqual([45, 90, 45]);
  });
});

describe('pacing', () => {
  const timings = [120, 240, 240];
  it("is ahead before the slide's own time starts, on track within it, behind after it", () => {
    expect(pacing(timings, 1, 60_000)).toEqual({ leftMs: 300_000, pace: 'ahead' });
    expect(pacing(timings, 1, 200_000)).toEqual({ leftMs: 160_000, pace: 'on-track' });
    expect(pacing(timings, 1, 360_000)).toEqual({ leftMs: 0, pace: 'on-track' });
    expect(pacing(timings, 0, 130_000)).toEqual({ leftMs: -10_000, pace: 'behind' });
    expect(pacing(timings, 2, 360_000)).toEqual({ leftMs: 240_000, pace: 'ahead' });
  });
});

describe('formatDuration', () => {
  it('writes h:mm:ss, with a sign when behind', () => {
    expect(formatDuration(0)).toBe('0:00:00');
    expect(formatDuration(61_400)).toBe('0:01:01');
    expect(formatDuration(-3_725_000)).toBe('-1:02:05');
  });
});
