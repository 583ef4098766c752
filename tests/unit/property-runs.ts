// How many cases a property test tries: its own count, scaled by DECK_PROPERTY_RUNS (a fraction).
// Mutation testing runs each test once per mutant it covers; there a twentieth of the cases still
// finds what the full count finds, in a twentieth of the time (vitest.mutation.config.ts).
export function runs(count: number): number {
  const scale = Number(process.env.DECK_PROPERTY_RUNS ?? 1);
  return Number.isFinite(scale) && scale > 0 ? Math.max(20, Math.round(count * scale)) : count;
}
