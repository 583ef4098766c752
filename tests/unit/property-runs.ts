// How many cases a property test tries: its own count, scaled by DECK_PROPERTY_RUNS (a fraction).
// Mutation testing runs each test once per mutant it covers, so there they try a twentieth of
// their cases (vitest.mutation.config.ts); npm test tries them all.
export function runs(count: number): number {
  const scale = Number(process.env.DECK_PROPERTY_RUNS ?? 1);
  return Number.isFinite(scale) && scale > 0 ? Math.max(20, Math.round(count * scale)) : count;
}
