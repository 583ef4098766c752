// Vite plugin `deck:head`: what a shared link shows, from the front matter, in the page's head
// (title, description, author, Open Graph and Twitter tags, the icon and card `deck:icons` makes),
// and the site's Content Security Policy before anything it governs.
import type { Plugin } from 'vite';
import { FAVICON_FILE } from '../share/favicon.ts';
import { CARD_FILE, CARD_SIZE } from '../share/social-card.ts';
import { renderPageHead } from '../site/page-head.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import type { DeckStore } from './deck-store.ts';
import type { IconsApi } from './icons-plugin.ts';

const HEAD_MARK = '<!--deck:head-->';

export interface PageHeadOptions {
  /** Absolute URL the site is published at: og:url and og:image become absolute. @default none (relative) */
  siteUrl?: string;
  /** The page is the single file: its icon inline, and no policy (its script is inline). @default false */
  inline?: boolean;
}

export function pageHeadPlugin(store: DeckStore, icons: IconsApi, options: PageHeadOptions = {}): Plugin {
  let build = false;
  return {
    name: 'deck:head',
    configResolved(config) {
      build = config.command === 'build';
    },
    transformIndexHtml: {
      // After Vite's own pass over the HTML, as deck:notice, which has left its part after the mark.
      async handler(html) {
        const [{ deck }, { icon, card }] = await Promise.all([store.current(), icons.look()]);
        const head = renderPageHead(deck.config, {
          siteUrl: options.siteUrl,
          icon: { type: 'image/svg+xml', href: options.inline ? `data:image/svg+xml,${encodeURIComponent(icon)}` : FAVICON_FILE },
          card: card && { path: CARD_FILE, ...CARD_SIZE, alt: cardAlt(card.title, card.author) },
        });
        // Not under the dev server either, whose client injects styles and opens a socket.
        const policy = options.inline || !build ? '' : `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">\n`;
        return html.replace(HEAD_MARK, () => policy + head);
      },
    },
  };
}

function cardAlt(title: string, author: string | undefined): string {
  return author ? `Title slide: ${title}, by ${author}` : `Title slide: ${title}`;
}
