// Links that leave the deck (`https://…`, `mailto:`…) get `rel="noopener noreferrer"`: the page
// they open gets no handle on the deck's window and no referrer. In-deck links (`#/3/1`) are left.
import type { MarkdownIt } from 'markdown-it';

const RE_EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export function externalLinks(md: MarkdownIt): void {
  md.core.ruler.push('external_links', (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type === 'link_open' && RE_EXTERNAL.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'noopener noreferrer');
      }
    }
  });
}
