// Build-time syntax highlighting: highlight.js output cut into lines whose spans are balanced,
// so a token spanning lines (block comment, multi-line string) keeps its colour on every line.
import hljs from 'highlight.js';
import { escapeHtml } from '../../escape-html.ts';

/** highlight.js emits only these three shapes: an opening scope span, a closing span, escaped text. */
const RE_HLJS_TOKEN = /<span class="[^"]*">|<\/span>|[^<]+/g;

export interface Highlighted {
  /** The language highlight.js knows it by, or undefined when it does not know `lang`. */
  language?: string;
  /** One balanced HTML string per source line. */
  lines: string[];
}

/**
 * Highlights `code` (no trailing newline) as `lang`; unknown languages come back escaped, uncoloured.
 * Without a language, highlight.js guesses, as reveal's highlight plugin lets it.
 */
export function highlightCode(code: string, lang: string): Highlighted {
  if (!lang) {
    const guess = hljs.highlightAuto(code);
    return { language: guess.language, lines: splitLines(guess.value) };
  }
  const language = hljs.getLanguage(lang);
  const html = language ? hljs.highlight(code, { language: lang, ignoreIllegals: true }).value : escapeHtml(code);
  return { language: language ? lang.toLowerCase() : undefined, lines: splitLines(html) };
}

/** Cuts highlighted HTML at newlines, closing open spans at each line end and reopening them after. */
export function splitLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let current = '';
  for (const [token] of html.matchAll(RE_HLJS_TOKEN)) {
    if (token.startsWith('<span')) {
      open.push(token);
      current += token;
    } else if (token === '</span>') {
      open.pop();
      current += token;
    } else {
      const parts = token.split('\n');
      current += parts[0];
      for (const part of parts.slice(1)) {
        lines.push(current + '</span>'.repeat(open.length));
        current = open.join('') + part;
      }
    }
  }
  lines.push(current);
  return lines;
}
