// Page head: the front matter as the page's title, description, author and keywords, its icon,
// and the Open Graph and Twitter card tags that link previews show. Pure: returns escaped HTML.
import { escapeHtml } from '../deck/escape-html.ts';
import type { DeckConfig } from '../deck/types.ts';

export interface PageHeadOptions {
  /**
   * Absolute URL the site is published at, e.g. GitLab's `CI_PAGES_URL`. With it `og:url` is set
   * and `og:image` is absolute, as link previews expect; without it the image URL is relative.
   */
  siteUrl?: string;
  /** The favicon: a path relative to the page, or a `data:` URL. */
  icon?: { href: string; type: string };
  /** The social card image, a path relative to the site's root. */
  card?: { path: string; width: number; height: number; alt: string };
}

/** The tags for the page's `<head>`, one a line; a tag whose value is unknown is left out. */
export function renderPageHead(config: DeckConfig, options: PageHeadOptions = {}): string {
  const title = config.title ?? 'Slides';
  const { description, author, keywords } = config;
  const { icon, card } = options;
  const site = absoluteBase(options.siteUrl);
  const cardUrl = card && (site ? new URL(card.path, site).href : card.path);
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    meta('name', 'author', author),
    meta('name', 'keywords', keywords?.join(', ')),
    icon && `<link rel="icon" type="${escapeHtml(icon.type)}" href="${escapeHtml(icon.href)}">`,
    site && `<link rel="canonical" href="${escapeHtml(site.href)}">`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', site?.href),
    meta('property', 'og:image', cardUrl),
    meta('property', 'og:image:type', card && 'image/png'),
    meta('property', 'og:image:width', card && String(card.width)),
    meta('property', 'og:image:height', card && String(card.height)),
    meta('property', 'og:image:alt', card?.alt),
    meta('name', 'twitter:card', card ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', cardUrl),
    meta('name', 'twitter:image:alt', card?.alt),
  ];
  return tags.filter((tag) => tag !== undefined).join('\n');
}

/** Open Graph names its tags with `property`, the others with `name`. */
function meta(key: 'name' | 'property', name: string, content: string | undefined): string | undefined {
  return content ? `<meta ${key}="${name}" content="${escapeHtml(content)}">` : undefined;
}

/** The site's URL as a base for relative paths (ending in `/`), or undefined unless http(s). */
function absoluteBase(siteUrl: string | undefined): URL | undefined {
  if (!siteUrl || !URL.canParse(siteUrl)) return undefined;
  const url = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
}
