// The size slides are laid out at unless the front matter says otherwise: the client starts Reveal
// with it, and `npm run check` measures rendered slides against it.
/** How the talk was presented; the deck's front matter overrides any of them. */
export const DEFAULTS = { width: 1000, height: 750, progress: true };

/** The slide's width and height in CSS pixels from the deck's Reveal options (numbers only). */
export function slideSize(reveal: Record<string, unknown>): { width: number; height: number } {
  const width = typeof reveal.width === 'number' ? reveal.width : DEFAULTS.width;
  const height = typeof reveal.height === 'number' ? reveal.height : DEFAULTS.height;
  return { width, height };
}
