// Links that leave the deck (`https://…`, `mailto:`…) get `rel="noopener noreferrer"`: the page
// they open gets no handle on the deck's window and no referrer. In-deck links (`#/3/1`) are left.
// Markdown links get the attribute on their token; raw-HTML `<a>` tags where the HTML parser finds them.
import { Parser } from 'htmlparser2';
import type { MarkdownIt, Token } from 'markdown-it';

const RE_EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const REL = 'noopener noreferrer';

export function externalLinks(md: MarkdownIt): void {
  md.core.ruler.push('external_links', (state) => {
    for (const block of state.tokens) {
      if (block.type === 'html_block') block.content = withRel(block.content);
      for (const token of block.children ?? []) addRel(token);
    }
  });
}

function addRel(token: Token): void {
  if (token.type === 'link_open' && RE_EXTERNAL.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', REL);
  if (token.type === 'html_inline') token.content = withRel(token.content);
}

/** Adds `rel` to each `<a>` with an external `href` and no `rel` of its own, where the parser places the tag's end. */
export function withRel(html: string): string {
  const ends: number[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'a' && attributes.rel === undefined && RE_EXTERNAL.test(attributes.href ?? '')) ends.push(parser.endIndex);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  let out = html;
  for (const end of ends.reverse()) {
    // `endIndex` is the tag's `>`; a self-closing `/>` keeps its slash last.
    const at = out[end - 1] === '/' ? end - 1 : end;
    out = `${out.slice(0, at)} rel="${REL}"${out.slice(at)}`;
  }
  return out;
}
