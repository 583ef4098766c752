// Inputs that once made the loader slow or throw, for the benchmark's rows (each must load in
// under a second) and the property tests: one Markdown file each.

/** A 1,700-step spec on a 1,700-line block: once a RangeError, now a `too-many-steps` error. */
function manySteps(): string {
  const steps = Array.from({ length: 1700 }, (_, i) => String(i + 1)).join('|');
  const code = Array.from({ length: 1700 }, (_, i) => `line ${i + 1}`).join('\n');
  return `# Steps\n\n\`\`\`js [${steps}]\n${code}\n\`\`\`\n`;
}

export const HAZARDS = {
  'pre-code': { label: '`<pre>` + `<code>` × 40,000', text: () => `<pre>${'<code>'.repeat(40_000)}` },
  comment: { label: '`<!--` × 40,000', text: () => '<!--'.repeat(40_000) },
  footnote: { label: '`[^` × 40,000', text: () => '[^'.repeat(40_000) },
  steps: { label: 'a 1,700-step spec on 1,700 lines', text: manySteps },
} as const satisfies Record<string, { label: string; text: () => string }>;

export type HazardId = keyof typeof HAZARDS;

export const HAZARD_IDS = Object.keys(HAZARDS) as HazardId[];
