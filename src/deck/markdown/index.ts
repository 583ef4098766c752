// The deck's Markdown: markdown-it with its plugins, in the order they apply.
import MarkdownIt, { type MarkdownIt as Md } from 'markdown-it';
import { codeBlocks } from './code/index.ts';
import { externalLinks } from './external-links.ts';
import { footnoteCheck } from './footnote-check.ts';
import { footnotes } from './footnotes.ts';
import { htmlCheck } from './html-check.ts';
import { math } from './math.ts';
import { nestingCheck } from './nesting-check.ts';
import { revealAttributes } from './reveal-attributes.ts';

export { createEnv, type RenderEnv } from './env.ts';

/** One instance serves the whole deck; rules keep per-slide state in `env`, never on the instance. */
export function createMarkdown(): Md {
  // Raw HTML is the author's (images with data-src, <small>, iframes); bare URLs link, as in
  // reveal's marked, but only with a scheme so words like `docker-compose.yml` stay text.
  const md = new MarkdownIt({ html: true, linkify: true });
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  return md.use(nestingCheck).use(footnotes).use(revealAttributes).use(codeBlocks).use(math).use(htmlCheck).use(footnoteCheck).use(externalLinks);
}
