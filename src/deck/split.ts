// Split stage: a line scanner that cuts files into stacks of slides at `---` and `----` lines,
// never inside a code fence or an HTML comment (reveal's markdown plugin splits inside both).
import { FenceTracker, type OpenFence } from './fences.ts';
import type { Diagnostic, SlideSource, SourceFile, StackSource } from './types.ts';

/** A new horizontal slide (reveal's default separator `\r?\n---\r?\n`). */
const HORIZONTAL = '---';
/** A new vertical slide in the current stack. */
const VERTICAL = '----';
const RE_COMMENT_OPEN = /<!--/g;
const COMMENT_CLOSE = '-->';

/** Splits one file's body (from `startLine`) into stacks; each file begins a new stack. */
export function splitSlides(file: SourceFile, startLine: number): { stacks: StackSource[]; diagnostics: Diagnostic[] } {
  const lines = file.text.split('\n');
  const stacks: StackSource[] = [[]];
  const fences = new FenceTracker();
  let slideStart = startLine;
  let inComment = false;
  let swallowed = 0;

  const close = (end: number): void => {
    const id = `${file.path}#${stacks.flat().length}`;
    const slide: SlideSource = { file: file.path, id, startLine: slideStart, endLine: end, text: lines.slice(slideStart, end).join('\n') };
    stacks[stacks.length - 1].push(slide);
    slideStart = end + 1;
  };

  for (let i = startLine; i < lines.length; i++) {
    const line = lines[i];
    const isSeparator = line === HORIZONTAL || line === VERTICAL;
    if (inComment) {
      inComment = !line.includes(COMMENT_CLOSE);
    } else if (fences.feed(line, i)) {
      if (isSeparator) swallowed++;
    } else if (line === HORIZONTAL) {
      close(i);
      stacks.push([]);
    } else if (line === VERTICAL) {
      close(i);
    } else {
      inComment = opensComment(line);
    }
  }
  close(lines.length);
  return { stacks, diagnostics: fences.open ? [unclosedFence(file.path, fences.open, swallowed)] : [] };
}

/** True when the line leaves an HTML comment open. */
function opensComment(line: string): boolean {
  let open = false;
  for (const match of line.matchAll(RE_COMMENT_OPEN)) {
    open = !line.includes(COMMENT_CLOSE, match.index + 4);
  }
  return open;
}

function unclosedFence(file: string, fence: OpenFence, swallowed: number): Diagnostic {
  return {
    severity: swallowed > 0 ? 'error' : 'warning',
    code: 'unclosed-fence',
    file,
    line: fence.line,
    column: fence.column,
    message:
      swallowed > 0
        ? `code fence ${fence.marker} is never closed and swallows ${swallowed} slide separator(s)`
        : `code fence ${fence.marker} is never closed; it runs to the end of the file`,
    hint: `close it with a line ${fence.marker}`,
  };
}
