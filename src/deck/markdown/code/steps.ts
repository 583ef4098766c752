// Code step specs in a fence's info string, in every form reveal.js accepts:
// `[5|8]`, `[1-3,5|8]`, `[]` (line numbers only), `[|12]` (first step highlights nothing),
// `[712: 1|3]` (numbering starts at 712; steps still count from the block's first line).

/** reveal's `[\s*((\d*):)?\s*([\s\d,|-]*)\]`, loosened to catch mistakes and report them. */
const RE_STEP_SPEC = /\[\s*(?:(\d*)\s*:)?([^\]]*)\]/;
const RE_RANGE = /^(\d+)(?:-(\d+))?$/;

export interface FenceInfo {
  lang: string;
  /** The `[…]` spec of the info string, when it has one: line numbers are shown. */
  stepSpec?: {
    spec: string;
    /** Offset of `spec` within the info string, for diagnostics. */
    offset: number;
    startFrom: number;
  };
}

/** One step: the 1-based rows it highlights (empty: none, nothing dimmed). */
export type Step = number[];

export interface StepProblem {
  /** An error leaves the part out; a warning (a range running past the end) keeps what exists of it. */
  severity: 'error' | 'warning';
  message: string;
  /** Offset within the spec. */
  offset: number;
}

/** @example parseFenceInfo('yaml [712: 1|3]') → { lang: 'yaml', stepSpec: { spec: ' 1|3', offset: 10, startFrom: 712 } } */
export function parseFenceInfo(info: string): FenceInfo {
  const match = RE_STEP_SPEC.exec(info);
  if (!match) return { lang: info.trim().split(/\s+/)[0] ?? '' };
  const lang = (info.slice(0, match.index) + info.slice(match.index + match[0].length)).trim().split(/\s+/)[0] ?? '';
  const spec = match[2];
  const offset = match.index + match[0].length - 1 - spec.length;
  const startFrom = match[1] ? Number(match[1]) : 1;
  return { lang, stepSpec: { spec, offset, startFrom } };
}

/**
 * Parses a step spec against a block of `lineCount` rows. Invalid parts are reported, not dropped silently.
 * @example parseSteps('1-3,5|8', 10) → { steps: [[1, 2, 3, 5], [8]], problems: [] }
 */
export function parseSteps(spec: string, lineCount: number): { steps: Step[]; problems: StepProblem[] } {
  const problems: StepProblem[] = [];
  const steps: Step[] = [];
  let offset = 0;
  for (const stepText of spec.split('|')) {
    const rows = new Set<number>();
    let partOffset = offset;
    for (const part of stepText.split(',')) {
      const at = partOffset + (part.length - part.trimStart().length);
      partOffset += part.length + 1;
      const text = part.trim();
      if (text === '') continue;
      const range = RE_RANGE.exec(text);
      if (!range) {
        problems.push({ severity: 'error', message: `\`${text}\` is not a line number or range like \`3\` or \`3-5\``, offset: at });
        continue;
      }
      const start = Number(range[1]);
      const end = range[2] === undefined ? start : Number(range[2]);
      if (end < start) {
        problems.push({ severity: 'error', message: `range \`${text}\` runs backwards`, offset: at });
      } else if (start < 1 || start > lineCount) {
        problems.push({ severity: 'error', message: `\`${text}\` is outside the block's ${lineCount} line(s)`, offset: at });
      } else {
        // Begun inside the block and run past its end (`7-20` on 13 lines): the lines that exist, said.
        const last = Math.min(end, lineCount);
        if (end > lineCount) {
          problems.push({
            severity: 'warning',
            message: `\`${text}\` runs past the block's ${lineCount} line(s); lines ${start}-${last} are highlighted`,
            offset: at,
          });
        }
        for (let row = start; row <= last; row++) rows.add(row);
      }
    }
    steps.push([...rows].sort((a, b) => a - b));
    offset += stepText.length + 1;
  }
  return { steps, problems };
}
