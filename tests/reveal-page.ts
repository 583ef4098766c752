// reveal.js presenting a Markdown file with its own plugins (markdown, highlight, notes): the oracle
// the conformance and corpus tests compare our loader with, and the benchmark's "reveal.js alone".
import { escapeHtml } from '../src/deck/escape-html.ts';

export interface RevealPage {
  /** reveal.js's `dist/`, relative to the page. */
  reveal: string;
  /** The Markdown file, relative to the page. */
  markdown: string;
  /** The `data-separator*` attributes, as the author's page had them (none: reveal's defaults). */
  separators?: { separator?: string | null; vertical?: string | null; notes?: string | null };
  /** Reveal.initialize's options, besides the plugins. */
  options: Record<string, unknown>;
  title?: string;
  /** More stylesheets in `dist/` after the theme (the highlight plugin's palette). */
  styles?: string[];
}

export function revealPage(page: RevealPage): string {
  const attr = (name: string, value: string | null | undefined) => (value ? ` ${name}="${escapeHtml(value)}"` : '');
  const { separator, vertical, notes } = page.separators ?? {};
  const styles = ['reveal.css', 'theme/white.css', ...(page.styles ?? [])].map((file) => `<link rel="stylesheet" href="${page.reveal}/${file}">`).join('');
  const scripts = ['reveal.js', 'plugin/markdown.js', 'plugin/highlight.js', 'plugin/notes.js']
    .map((file) => `<script src="${page.reveal}/${file}"></script>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${page.title ? `<title>${escapeHtml(page.title)}</title>\n` : ''}${styles}
</head><body>
<div class="reveal"><div class="slides"><section data-markdown="${escapeHtml(page.markdown)}"${attr('data-separator', separator)}${attr('data-separator-vertical', vertical)}${attr('data-separator-notes', notes)}></section></div></div>
${scripts}
<script>Reveal.initialize({ ...${JSON.stringify(page.options)}, plugins: [RevealMarkdown, RevealHighlight, RevealNotes] });</script>
</body></html>
`;
}
