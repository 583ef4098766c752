// A code block, parsed and checked once (Markdown fence or raw-HTML `<pre><code>`), as the
// core rule stores it on its `fence` token for the renderer to print.
import type { Token } from 'markdown-it';
import type { FenceInfo, Step } from './steps.ts';

/** What a block says before it is checked: its info, its text (ending in a newline) and any `<pre>` class. */
export interface CodeSource {
  info: FenceInfo;
  text: string;
  preClass: string;
}

export interface CodeBlock {
  /** highlight.js's name for the language (`yaml`), or undefined when it is unknown or absent. */
  language?: string;
  /** One balanced, highlighted HTML string per row of the block. */
  rows: string[];
  /** Width of the widest source line in monospace columns, line numbers included: the theme shrinks wide code. */
  columns: number;
  /** Classes the author put on a raw-HTML `<pre>`. */
  preClass: string;
  /** Present when the block shows line numbers: its first number, and the rows each step highlights. */
  numbered?: {
    startFrom: number;
    /** One entry per step; the first is shown with the slide, each later one is a fragment. */
    steps: Step[];
  };
}

/** markdown-it types `meta` as `any`: reading it through this one guard keeps the rest typed. */
interface CodeMeta {
  codeBlock: CodeBlock;
}

export function setCodeBlock(token: Token, block: CodeBlock): void {
  token.meta = { ...token.meta, codeBlock: block } satisfies CodeMeta;
}

export function codeBlockOf(token: Token): CodeBlock | undefined {
  const meta: unknown = token.meta;
  return typeof meta === 'object' && meta !== null && 'codeBlock' in meta ? (meta as CodeMeta).codeBlock : undefined;
}
