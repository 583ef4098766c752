// Code blocks: parsed and checked by one core rule, printed by one renderer rule.
import type { MarkdownIt } from 'markdown-it';
import { parseCodeBlocks } from './parse-code.ts';
import { renderCode } from './render-code.ts';

export function codeBlocks(md: MarkdownIt): void {
  md.core.ruler.push('code_blocks', parseCodeBlocks);
  md.renderer.rules.fence = (tokens, idx) => renderCode(tokens[idx]);
}
