// Vite plugin `deck:icons`: the favicon in the theme's colours, and the social card (the title
// slide's heading and the author, in the theme's fonts) a shared link shows. In a build both are
// emitted (the card drawn while Vite bundles, cached by content); in dev they are drawn on request,
// so edits show on reload. `deck:head` names them in the page through this plugin's `look()`.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { Deck } from '../deck/types.ts';
import { FAVICON_FILE, faviconSvg } from '../share/favicon.ts';
import { CARD_FILE, CARD_SIZE, type CardInput, cardCacheKey, fontWeight, renderSocialCard } from '../share/social-card.ts';
import { cssWeight, type FontFace, findFont, fontBytes, fontFamilies, palette, readThemeLook, toTrueType } from '../share/theme-look.ts';
import type { DeckStore } from './deck-store.ts';
import { THEME_ID } from './virtual-ids.ts';

/** The engine's own font (the code font): the card's letters when a theme names only system fonts (serif, dracula). */
const ENGINE_FONTS = join(import.meta.dirname, '../client/engine/code.css');

export interface IconsOptions {
  /** Draw the social card from the title slide. @default true */
  card?: boolean;
  /** The page is the single file: its icon goes inline, no file is emitted. @default false */
  inline?: boolean;
}

/** What the theme gives the shared page: the icon, and the card's content and fonts (if the theme ships them). */
export interface Look {
  icon: string;
  card?: Omit<CardInput, 'heading' | 'body'> & { heading: FontFace; body: FontFace };
}

export interface IconsApi {
  /** The deck's look: the build's, computed once, or (in dev) the current deck's. */
  look(): Promise<Look>;
}

export function iconsPlugin(store: DeckStore, options: IconsOptions = {}): Plugin<IconsApi> & { api: IconsApi } {
  let config: ResolvedConfig;
  let resolveTheme: () => Promise<string | undefined>;
  let built: { look: Promise<Look>; card: Promise<Buffer | undefined> } | undefined;

  async function look(): Promise<Look> {
    const [{ deck }, theme] = await Promise.all([store.current(), resolveTheme()]);
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
    name: 'deck:icons',
    api: { look: () => built?.look ?? look() },
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      if (config.command !== 'build') return;
      resolveTheme = async () => (await this.resolve(THEME_ID))?.id;
      // Started now, the card is drawn while Vite bundles.
      const found = look();
      built = { look: found, card: options.inline ? Promise.resolve(undefined) : found.then((l) => card(l.card)) };
      built.card.catch(() => undefined); // awaited, and reported, in generateBundle
    },
    async generateBundle() {
      if (!built || options.inline) return;
      const [{ icon }, png] = await Promise.all([built.look, built.card]);
      this.emitFile({ type: 'asset', fileName: FAVICON_FILE, source: icon });
      if (png) this.emitFile({ type: 'asset', fileName: CARD_FILE, source: png });
    },
    configureServer(server) {
      resolveTheme = async () => (await server.environments.client.pluginContainer.resolveId(THEME_ID))?.id;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
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
