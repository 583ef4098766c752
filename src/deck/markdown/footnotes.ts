// Footnotes (markdown-it-footnote), shown at the foot of their own slide with the author's labels.
import type { MarkdownIt, RendererRule } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { escapeHtml } from '../escape-html.ts';

interface FootnoteMeta {
  id: number;
  subId?: number;
  label?: string;
}

const RE_NUMBER = /^\d+$/;

export function footnotes(md: MarkdownIt): void {
  // @types/markdown-it-footnote types its argument with the older @types/markdown-it; same object.
  md.use(footnote as unknown as (md: MarkdownIt) => void);
  const rules = md.renderer.rules;
  /** The marker shows the author's own label (`[^4]` reads 4), not markdown-it's running count. */
  const caption: RendererRule = (tokens, idx) => {
    const meta = tokens[idx].meta as unknown as FootnoteMeta;
    return escapeHtml(meta.label ?? String(meta.id + 1));
  };
  rules.footnote_caption = caption;
  // A `<section>` here would become a vertical slide in Reveal: a `<div>` keeps it on its slide.
  rules.footnote_block_open = () => '<div class="footnotes" role="doc-endnotes">\n<hr class="footnotes-sep">\n<ol class="footnotes-list">\n';
  rules.footnote_block_close = () => '</ol>\n</div>\n';
  rules.footnote_open = (tokens, idx, options, env, self) => {
    const { label, subId } = tokens[idx].meta as unknown as FootnoteMeta;
    const id = self.rules.footnote_anchor_name(tokens, idx, options, env, self) + (subId ? `:${subId}` : '');
    // Numbered labels keep their number in the list too (`[^4]` is item 4, not 1).
    const value = label && RE_NUMBER.test(label) ? ` value="${label}"` : '';
    return `<li id="fn${id}" class="footnote-item"${value}>`;
  };
}
