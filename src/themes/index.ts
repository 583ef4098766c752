// The themes the engine knows: ours (zoe) and our builds of every reveal.js theme, by name, with
// the code colours that suit each (light or dark background). Pure: no files are read here.

/** Light or dark code colours (src/client/engine/palettes.css), named on `.reveal` by the build. */
export type CodeScheme = 'light' | 'dark';

/** Each theme and the background it paints, hence the code colours that suit it. */
const THEMES: Readonly<Record<string, CodeScheme>> = {
  zoe: 'light',
  beige: 'light',
  'black-contrast': 'dark',
  black: 'dark',
  blood: 'dark',
  dracula: 'dark',
  league: 'dark',
  moon: 'dark',
  night: 'dark',
  serif: 'light',
  simple: 'light',
  sky: 'light',
  solarized: 'light',
  'white-contrast': 'light',
  white: 'light',
};

/** reveal.js's themes, built by src/themes/build-themes.ts into src/themes/reveal/. */
export const REVEAL_THEMES: readonly string[] = Object.keys(THEMES).filter((name) => name !== 'zoe');

/** The theme of a deck whose front matter names none: reveal's own default, light. */
export const DEFAULT_THEME = 'white';

/**
 * Every theme name a deck may give as `theme` or `custom_theme`, sorted.
 * @example themeNames().includes('zoe') → true
 */
export function themeNames(): string[] {
  return Object.keys(THEMES).sort();
}

/** The theme's CSS file, relative to src/themes/ (`zoe.css`, `reveal/black.css`); undefined if unknown. */
export function themeFile(name: string): string | undefined {
  if (!(name in THEMES)) return undefined;
  return name === 'zoe' ? 'zoe.css' : `reveal/${name}.css`;
}

/** The code colours for a theme, unless the deck names them (`code_theme`). */
export function codeScheme(theme: string, named?: CodeScheme): CodeScheme {
  return named ?? THEMES[theme] ?? 'light';
}
