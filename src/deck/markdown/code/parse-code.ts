// Core rule `code_blocks`: every code block of a slide (a Markdown fence, or a raw-HTML
// `<pre><code>` turned into a fence) is parsed and checked here, once, into a typed CodeBlock
// on its token: language, highlighted rows, steps; problems become diagnostics at their column.
import type { StateCore, Token } from 'markdown-it';
import type { Diagnostic } from '../../types.ts';
import { type RenderEnv, renderEnv } from '../env.ts';
import { type CodeBlock, type CodeSource, setCodeBlock } from './block.ts';
import { highlightCode } from './highlight.ts';
import { readHtmlCode } from './html-code.ts';
import { parseFenceInfo, parseSteps } from './steps.ts';

/**
 * Each step repeats the whole block (as reveal's highlight plugin does), so the HTML grows as
 * steps × lines: past this many rows a page would take hundreds of megabytes (a 1,700-step spec
 * on 1,700 lines threw a RangeError). A talk's longest block with all its steps is a few hundred.
 */
export const MAX_STEP_ROWS = 50_000;

const STEP_HINT = 'steps are line numbers or ranges separated by `,`, steps separated by `|`, e.g. `[1-3,5|8]`';

export function parseCodeBlocks(state: StateCore): void {
  const env = renderEnv(state.env);
  for (const token of state.tokens) {
    const source = sourceOf(token);
    if (!source) continue;
    const { block, diagnostics, codeSteps } = parseCode(source, {
      file: env.file,
      line: env.lineOffset + (token.map?.[0] ?? 0),
      column: infoColumn(token, env),
    });
    setCodeBlock(token, block);
    env.diagnostics.push(...diagnostics);
    env.codeSteps += codeSteps;
  }
}

function sourceOf(token: Token): CodeSource | undefined {
  if (token.type === 'fence') return { info: parseFenceInfo(token.info), text: token.content, preClass: '' };
  if (token.type !== 'html_block') return undefined;
  const source = readHtmlCode(token.content);
  if (source) {
    // From here on it is a code block like any other: the renderer's fence rule prints it.
    token.type = 'fence';
    token.markup = '';
    token.content = source.text;
  }
  return source;
}

/**
 * One block: highlighted, its steps parsed against its rows. Pure.
 * @example parseCode({ info: { lang: 'yaml', stepSpec: { spec: '2', offset: 6, startFrom: 1 } }, text: 'a: 1\nb: 2\n', preClass: '' }, at)
 *   → { block: { language: 'yaml', rows: [2 rows], numbered: { startFrom: 1, steps: [[2]] }, … }, diagnostics: [], codeSteps: 0 }
 */
export function parseCode(
  source: CodeSource,
  at: { file: string; line: number; column: number },
): { block: CodeBlock; diagnostics: Diagnostic[]; codeSteps: number } {
  const { info } = source;
  const code = source.text.endsWith('\n') ? source.text.slice(0, -1) : source.text;
  const sourceLines = code.split('\n');
  const { language, lines: rows } = highlightCode(code, info.lang);
  const diagnostics: Diagnostic[] = [];
  if (info.lang && !language) {
    diagnostics.push({
      severity: 'warning',
      code: 'unknown-language',
      file: at.file,
      line: at.line,
      column: at.column,
      message: `highlight.js has no language \`${info.lang}\`; the block is shown uncoloured`,
    });
  }
  const block: CodeBlock = { ...(language ? { language } : {}), rows, columns: columns(sourceLines), preClass: source.preClass };
  if (!info.stepSpec) return { block, diagnostics, codeSteps: 0 };
  // reveal drops a last blank line from numbered blocks; so do we, so that row numbers agree.
  if (rows.length > 1 && sourceLines[sourceLines.length - 1].trim() === '') rows.pop();
  const { steps, problems } = parseSteps(info.stepSpec.spec, rows.length);
  for (const problem of problems) {
    diagnostics.push({
      severity: problem.severity,
      code: problem.severity === 'error' ? 'invalid-step' : 'step-past-end',
      file: at.file,
      line: at.line,
      column: at.column + info.stepSpec.offset + problem.offset,
      message: problem.message,
      hint: problem.severity === 'error' ? STEP_HINT : `end the range at line ${rows.length}, the block's last`,
    });
  }
  if (steps.length * rows.length > MAX_STEP_ROWS) {
    const kept = Math.max(1, Math.floor(MAX_STEP_ROWS / rows.length));
    diagnostics.push({
      severity: 'error',
      code: 'too-many-steps',
      file: at.file,
      line: at.line,
      column: at.column + info.stepSpec.offset,
      message: `${steps.length} steps of ${rows.length} line(s) would render ${steps.length * rows.length} rows (at most ${MAX_STEP_ROWS}); only the first ${kept} step(s) are shown`,
      hint: 'split the block, or highlight several lines per step',
    });
    steps.length = kept;
  }
  const { startFrom } = info.stepSpec;
  // The line numbers take their digits plus about two columns of padding.
  const gutter = String(startFrom + rows.length - 1).length + 2;
  return { block: { ...block, columns: block.columns + gutter, numbered: { startFrom, steps } }, diagnostics, codeSteps: steps.length - 1 };
}

/** Column of the info string: the fence's indent plus its marker. */
function infoColumn(token: Token, env: RenderEnv): number {
  const source = env.lines[token.map?.[0] ?? 0] ?? '';
  return Math.max(source.indexOf(token.markup), 0) + token.markup.length;
}

/** Width of the longest line in monospace columns, a tab counted as two. */
function columns(lines: string[]): number {
  return Math.max(1, ...lines.map((line) => line.replace(/\t/g, '  ').length));
}
