// Vite plugin `deck:share`: what a shared link shows. Puts the front matter into the page's head
// (title, description, author, Open Graph and Twitter tags), emits the favicon and the social card
// drawn from the theme, and the notice a page opened from file:// shows instead of broken slides.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { NEEDS_SERVER_FILE, NEEDS_SERVER_SCRIPT, renderNeedsServer } from '../deck/needs-server.ts';
import { renderPageHead } from '../deck/page-head.ts';
import type { Deck } from '../deck/types.ts';
import { FAVICON_FILE, faviconSvg } from '../share/favicon.ts';
import { CARD_FILE, CARD_SIZE, type CardInput, cardCacheKey, fontWeight, renderSocialCard } from '../share/social-card.ts';
import { cssWeight, type FontFace, findFont, fontBytes, fontFamilies, palette, readThemeLook, toTrueType } from '../share/theme-look.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { deckApi } from './deck-api.ts';
import type { DeckApi } from './deck-plugin.ts';
import { singleFileName } from './single-file-plugin.ts';

const HEAD_MARK = '<!--deck:head-->';
const NOTICE_MARK = '<!--deck:notice-->';
const THEME_ID = 'virtual:deck-theme';
/** The engine's own font (the code font): the card's letters when a theme names only system fonts (serif, dracula). */
const ENGINE_FONTS = join(import.meta.dirname, '../client/engine/code.css');

export interface SharePluginOptions {
  /** Absolute URL the site is published at: og:url and og:image become absolute. @default none (relative) */
  siteUrl?: string;
  /** Draw the social card from the title slide and name it in the page. @default true */
  card?: boolean;
  /** The page is the single file: favicon inline, no files emitted, no notice. @default false */
  inline?: boolean;
  /** A single file is written beside the site, so the notice points to it. @default false */
  singleFile?: boolean;
}

/** What the theme gives the shared page: the icon, and the fonts the card is set in (if it ships them). */
interface Look {
  icon: string;
  card?: Omit<CardInput, 'heading' | 'body'> & { heading: FontFace; body: FontFace };
}

export function sharePlugin(options: SharePluginOptions = {}): Plugin {
  let api: DeckApi;
  let config: ResolvedConfig;
  let resolveTheme: () => Promise<string | undefined>;
  let built: { look: Promise<Look>; card: Promise<Buffer | undefined> } | undefined;

  async function look(): Promise<Look> {
    const [{ deck }, theme] = await Promise.all([api.load(), resolveTheme()]);
    return readLook(deck, theme, options.card ?? true, (message) => config.logger.warn(message));
  }

  /** The card's PNG, drawn once per title, author and look (cached under Vite's cache folder). */
  async function card(found: Look['card']): Promise<Buffer | undefined> {
    if (!found) return undefined;
    const start = performance.now();
    const [heading, body] = await Promise.all(
      [found.heading, found.body].map(async (f) => ({ name: f.family, weight: fontWeight(f.weight), data: await fontBytes(f) })),
    );
    const shipped: CardInput = { ...found, heading, body };
    const cached = join(config.cacheDir, 'deck-share', `card-${await cardCacheKey(shipped)}.png`);
    const hit = existsSync(cached);
    const png = hit
      ? await readFile(cached)
      : await renderSocialCard({
          ...shipped,
          heading: { ...heading, data: await toTrueType(heading.data) },
          body: { ...body, data: await toTrueType(body.data) },
        });
    if (!hit) {
      await mkdir(join(config.cacheDir, 'deck-share'), { recursive: true });
      await writeFile(cached, png);
    }
    // A line of its own: the card is measured apart from the site's build.
    config.logger.info(`${CARD_FILE} ${CARD_SIZE.width}×${CARD_SIZE.height} ${hit ? 'from cache' : 'drawn'} in ${Math.round(performance.now() - start)} ms`);
    return png;
  }

  return {
    name: 'deck:share',
    configResolved(resolved) {
      config = resolved;
      api = deckApi(resolved);
    },
    async buildStart() {
      if (config.command !== 'build') return;
      resolveTheme = async () => (await this.resolve(THEME_ID))?.id;
      // Started now, the card is drawn while Vite bundles.
      const found = look();
      built = { look: found, card: options.inline ? Promise.resolve(undefined) : found.then((l) => card(l.card)) };
      built.card.catch(() => undefined); // awaited, and reported, in generateBundle
    },
    transformIndexHtml: {
      // After Vite's own pass over the HTML, which would bundle the notice's <style> (blocked from file://).
      async handler(html) {
        const { deck } = await api.load();
        const { icon, card: hasCard } = await (built?.look ?? look());
        const head = renderPageHead(deck.config, {
          siteUrl: options.siteUrl,
          icon: { type: 'image/svg+xml', href: options.inline ? `data:image/svg+xml,${encodeURIComponent(icon)}` : FAVICON_FILE },
          card: hasCard && { path: CARD_FILE, ...CARD_SIZE, alt: cardAlt(hasCard.title, hasCard.author) },
        });
        const notice = options.inline ? undefined : renderNeedsServer(options.singleFile ? singleFileName(deck.config) : undefined);
        // The site's policy, before anything it governs; not in the single file, whose script is inline,
        // nor under the dev server, whose client injects styles and opens a socket.
        const policy = options.inline || config.command !== 'build' ? '' : `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">\n`;
        return html.replace(HEAD_MARK, () => policy + (notice ? `${head}\n${notice.head}` : head)).replace(NOTICE_MARK, () => notice?.body ?? '');
      },
    },
    async generateBundle() {
      if (!built || options.inline) return;
      const [{ icon }, png] = await Promise.all([built.look, built.card]);
      this.emitFile({ type: 'asset', fileName: FAVICON_FILE, source: icon });
      this.emitFile({ type: 'asset', fileName: NEEDS_SERVER_FILE, source: NEEDS_SERVER_SCRIPT });
      if (png) this.emitFile({ type: 'asset', fileName: CARD_FILE, source: png });
    },
    configureServer(server) {
      resolveTheme = async () => (await server.environments.client.pluginContainer.resolveId(THEME_ID))?.id;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path === `/${NEEDS_SERVER_FILE}`) {
          res.setHeader('content-type', 'text/javascript');
          res.end(NEEDS_SERVER_SCRIPT);
          return;
        }
        if (path !== `/${FAVICON_FILE}` && path !== `/${CARD_FILE}`) return next();
        // Drawn on request from the current deck and theme, so edits show on reload.
        look()
          .then(async (l) => {
            const body = path === `/${FAVICON_FILE}` ? l.icon : await card(l.card);
            if (body === undefined) return next();
            res.setHeader('content-type', path === `/${FAVICON_FILE}` ? 'image/svg+xml' : 'image/png');
            res.end(body);
          })
          .catch(next);
      });
    },
  };
}

/** The icon in the theme's colours, and the card's content and fonts: the title slide's heading, the author. */
async function readLook(deck: Deck, themeFile: string | undefined, wantCard: boolean, warn: (message: string) => void): Promise<Look> {
  const theme = themeFile ? await readThemeLook(themeFile) : { properties: {}, fonts: [] };
  const colours = palette(theme);
  const icon = faviconSvg(colours);
  if (!wantCard) return { icon };
  const headingFamilies = fontFamilies(theme.properties['--r-heading-font']);
  const engine = await readThemeLook(ENGINE_FONTS);
  const headingWeight = cssWeight(theme.properties['--r-heading-font-weight']);
  const heading =
    findFont(theme, headingFamilies, headingWeight) ??
    findFont(theme, fontFamilies(theme.properties['--r-main-font'])) ??
    findFont(
      engine,
      engine.fonts.map((f) => f.family),
      headingWeight,
    );
  const body = findFont(theme, fontFamilies(theme.properties['--r-main-font'])) ?? heading;
  if (!heading || !body) {
    warn(`no social card: the theme ships no font file for ${headingFamilies[0] ?? 'its headings'}`);
    return { icon };
  }
  const title = deck.stacks[0]?.[0]?.title ?? deck.config.title ?? 'Slides';
  return { icon, card: { title, author: deck.config.author, colours, heading, body } };
}

function cardAlt(title: string, author: string | undefined): string {
  return author ? `Title slide: ${title}, by ${author}` : `Title slide: ${title}`;
}
