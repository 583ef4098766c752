// The social card: a 1200×630 PNG of the title slide (its heading and author, in the theme's
// colours and fonts) that link previews show. Laid out with satori, rasterised with resvg: no browser.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FontWeight } from 'satori';
import type { Palette } from './theme-look.ts';

export const CARD_FILE = 'social-card.png';
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface CardFont {
  name: string;
  weight: FontWeight;
  /** TrueType/OpenType bytes. */
  data: Buffer;
}

export interface CardInput {
  title: string;
  author?: string;
  colours: Palette;
  heading: CardFont;
  body: CardFont;
}

/** satori's element tree: React's shape, without React. */
interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | Element[] };
}

const div = (style: Element['props']['style'], children: Element['props']['children']): Element => ({ type: 'div', props: { style, children } });

/** The heading shrinks as the title grows, so any title fits in three or four lines. */
function headingSize(title: string): number {
  return Math.round(Math.min(84, Math.max(48, 84 * Math.sqrt(36 / Math.max(title.length, 1)))));
}

export async function renderSocialCard(input: CardInput): Promise<Buffer> {
  // Imported here: satori takes a third of a second to load, and a cached card needs neither.
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const { colours } = input;
  const card = div({ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: colours.background }, [
    div({ flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', alignItems: 'center', padding: '0 96px', textAlign: 'center' }, [
      // One box per word: lines break between words only, never inside `Docker-in-Docker`.
      div(
        {
          display: 'flex',
          flexWrap: 'wrap',
          justifyContent: 'center',
          columnGap: '0.26em',
          fontFamily: input.heading.name,
          fontWeight: input.heading.weight,
          fontSize: headingSize(input.title),
          lineHeight: 1.2,
          color: colours.heading,
        },
        input.title
          .split(' ')
          .filter(Boolean)
          .map((word) => div({}, word)),
      ),
      ...(input.author
        ? [div({ fontFamily: input.body.name, fontWeight: input.body.weight, fontSize: 40, marginTop: 48, color: colours.text }, input.author)]
        : []),
    ]),
    // Reveal's progress bar, in the theme's accent colour.
    div({ height: 14, backgroundColor: colours.accent }, []),
  ]);
  const fonts = [input.heading, input.body].map((f) => ({ name: f.name, data: f.data, weight: f.weight, style: 'normal' as const }));
  const svg = await satori(card, { ...CARD_SIZE, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}

/** A CSS weight as satori takes it: a multiple of 100 from 100 to 900. */
export function fontWeight(weight: number): FontWeight {
  const rounded = Math.min(9, Math.max(1, Math.round(weight / 100)));
  return (rounded * 100) as FontWeight; // 100…900 in steps of 100, which is FontWeight's union
}

/** Names a rendered card: same inputs and same layout code, same PNG. The fonts' bytes may be as the theme ships them. */
export async function cardCacheKey(input: CardInput): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(fileURLToPath(import.meta.url)));
  hash.update(
    JSON.stringify({
      title: input.title,
      author: input.author,
      colours: input.colours,
      fonts: [input.heading.name, input.heading.weight, input.body.name, input.body.weight],
    }),
  );
  for (const font of [input.heading, input.body]) hash.update(font.data);
  return hash.digest('hex').slice(0, 16);
}
