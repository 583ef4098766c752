// check-contrast: WCAG 2 contrast ratios of the engine's code palettes and the zoe theme's colour pairs.
// Reads every `color:` in the engine's code-colors.css (against the code background and the
// highlighted-row band) in each palette (light, dark) and the key custom-property pairs of zoe.css, prints a table,
// exits 1 if any pair is under its minimum (4.5:1 for text and dimmed code rows,
// 3:1 for non-text parts such as the progress bar).
// Usage: npx tsx src/themes/check-contrast.ts [--help]   (or npm run contrast)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ENGINE = fileURLToPath(new URL('../client/engine/', import.meta.url));
const TEXT = 4.5;
const LARGE_OR_UI = 3;
/** reveal.css: `.reveal .hljs.has-highlights tr:not(.highlight-line) { opacity: .4 }` */
const REVEAL_DIM_OPACITY = 0.4;

const RE_COMMENT = /\/\*[\s\S]*?\*\//g;
const RE_RULE = /([^{}]+)\{([^{}]*)\}/g;
const RE_VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/;
const RE_HEX = /^#([\da-f]{3,8})$/i;
const RE_RGB = /^rgba?\(([^)]*)\)$/i;

/** r, g, b (0-255), alpha (0-1) */
type Rgba = [number, number, number, number];
/** One `selector { declarations }` block; later declarations of a property win. */
interface Rule {
  selector: string;
  decls: Map<string, string>;
}
/** A foreground over a background (both opaque after compositing) and the ratio it needs. */
interface Pair {
  name: string;
  fg: Rgba;
  bg: Rgba;
  min: number;
  /** printed after the name, e.g. `[on band]` */
  on?: string;
  /** for the record only: never counted as a failure */
  info?: boolean;
}

/** Innermost `selector { declarations }` blocks of a stylesheet (enough for ours). */
function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  for (const [, selector, body] of css.replace(RE_COMMENT, '').matchAll(RE_RULE)) {
    const decls = new Map<string, string>();
    for (const part of body.split(';')) {
      const i = part.indexOf(':');
      if (i > 0) decls.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
    }
    rules.push({ selector: selector.trim().replace(/\s+/g, ' '), decls });
  }
  return rules;
}

function customProperties(rules: Rule[]): Map<string, string> {
  const props = new Map<string, string>();
  for (const { decls } of rules) {
    for (const [name, value] of decls) if (name.startsWith('--')) props.set(name, value);
  }
  return props;
}

function resolve(value: string, props: Map<string, string>, depth = 0): string {
  if (depth > 10) throw new Error(`var() cycle in ${value}`);
  const m = RE_VAR.exec(value);
  if (!m) return value.replace(/\s*!important$/, '');
  const fallback: string | undefined = m[2]; // the optional group: undefined without a fallback
  const sub = props.get(m[1]) ?? fallback;
  if (sub === undefined) throw new Error(`undefined custom property ${m[1]}`);
  return resolve(value.replace(m[0], sub), props, depth + 1);
}

function parseColor(text: string): Rgba {
  const value = text.trim().toLowerCase();
  if (value === 'white') return [255, 255, 255, 1];
  if (value === 'black') return [0, 0, 0, 1];
  let m = RE_HEX.exec(value);
  if (m) {
    let h = m[1];
    if (h.length <= 4) h = [...h].map((c) => c + c).join('');
    const n = [0, 2, 4, 6].map((i) => parseInt(h.slice(i, i + 2) || 'ff', 16));
    return [n[0], n[1], n[2], n[3] / 255];
  }
  m = RE_RGB.exec(value);
  if (m) {
    const parts = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number.parseFloat);
    return [parts[0], parts[1], parts[2], parts[3] ?? 1];
  }
  throw new Error(`cannot parse colour "${text}"`);
}

/** Composite `top` (with its alpha, times `opacity`) over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const a = top[3] * opacity;
  const mix = (i: 0 | 1 | 2) => top[i] * a + bottom[i] * (1 - a);
  return [mix(0), mix(1), mix(2), 1];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function ratio(fg: Rgba, bg: Rgba): number {
  const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

const hex = (c: Rgba) =>
  '#' +
  c
    .slice(0, 3)
    .map((v) => Math.round(v).toString(16).padStart(2, '0'))
    .join('');

function codePairs(rules: Rule[], props: Map<string, string>): Pair[] {
  const color = (v: string) => parseColor(resolve(v, props));
  const bg = color('var(--code-bg)');
  const band = color('var(--code-band)');
  const dimValue = rules.find((r) => r.selector.includes('tr:not(.highlight-line)') && r.decls.has('opacity'))?.decls.get('opacity');
  const dimOpacity = dimValue !== undefined ? Number.parseFloat(dimValue) : REVEAL_DIM_OPACITY;
  const pairs: Pair[] = [];
  for (const { selector, decls } of rules) {
    const colour = decls.get('color');
    if (colour === undefined) continue;
    const fg = color(colour);
    const name = selector.split(',')[0].replace(/^\.reveal /, '') + (selector.includes(',') ? ', …' : '');
    const opacity = Number.parseFloat(decls.get('opacity') ?? '1');
    if (selector.includes('::selection')) {
      const background = decls.get('background');
      if (background === undefined) throw new Error(`${selector} sets a color but no background`);
      pairs.push({ name, fg: over(fg, bg, opacity), bg: over(color(background), bg), min: TEXT });
    } else if (selector.includes(':not(.highlight-line)')) {
      // Wide code shrinks below large-text size, so dimmed rows need the full text contrast.
      pairs.push({ name: `${name} (opacity ${dimOpacity})`, fg: over(fg, bg, dimOpacity), bg, min: TEXT });
    } else if (selector.includes('.highlight-line')) {
      pairs.push({ name, fg: over(fg, band, opacity), bg: band, on: 'band', min: TEXT });
    } else {
      pairs.push({ name, fg: over(fg, bg, opacity), bg, min: TEXT });
      pairs.push({ name, fg: over(fg, band, opacity), bg: band, on: 'band', min: TEXT });
    }
  }
  return pairs;
}

/** [label, foreground, background, minimum]; backgrounds with alpha sit on the page. */
const THEME_PAIRS: readonly (readonly [label: string, fg: string, bg: string, min: number])[] = [
  ['body text', '--r-main-color', '--r-background-color', TEXT],
  ['headings', '--r-heading-color', '--r-background-color', TEXT],
  ['links', '--r-link-color', '--r-background-color', TEXT],
  ['link hover', '--r-link-color-hover', '--r-background-color', TEXT],
  ['selection', '--r-selection-color', '--r-selection-background-color', TEXT],
  ['footnote text', '--deck-muted-color', '--r-background-color', TEXT],
  ['inline code', '--r-main-color', '--zoe-inline-code-bg', TEXT],
  ['slide number', '--zoe-slide-number-color', '--zoe-slide-number-bg', TEXT],
  ['controls (non-text)', '--r-link-color', '--r-background-color', LARGE_OR_UI],
  ['progress bar on track (non-text)', '--zoe-progress-color', '--zoe-progress-track', LARGE_OR_UI],
];

function themePairs(props: Map<string, string>): Pair[] {
  const color = (name: string) => parseColor(resolve(`var(${name})`, props));
  const page = color('--r-background-color');
  return THEME_PAIRS.map(([name, fg, bg, min]) => {
    const back = over(color(bg), page);
    return { name, fg: over(color(fg), back), bg: back, min };
  });
}

/** The values zoe replaces, for the record: printed, never counted as failures. */
const REPLACED: readonly (readonly [label: string, fg: string, bg: string, min: number, opacity?: number])[] = [
  ['design link #268bd2 on cream', '#268bd2', '#fcf8f3', TEXT],
  ['design link hover #78b9e6 on cream', '#78b9e6', '#fcf8f3', TEXT],
  ['reveal slide number: white on rgba(0,0,0,.4)', '#ffffff', 'rgba(0,0,0,.4)', TEXT],
  ['Solarized comment #93a1a1 on code', '#93a1a1', '#fdf6e3', TEXT],
  ['base16 comment #839496 on code', '#839496', '#fdf6e3', TEXT],
  ['Solarized yellow #b58900 on code', '#b58900', '#fdf6e3', TEXT],
  ['Solarized orange #cb4b16 on code', '#cb4b16', '#fdf6e3', TEXT],
  ['Solarized red #dc322f on code', '#dc322f', '#fdf6e3', TEXT],
  ['Solarized magenta #d33682 on code', '#d33682', '#fdf6e3', TEXT],
  ['Solarized violet #6c71c4 on code', '#6c71c4', '#fdf6e3', TEXT],
  ['Solarized blue #268bd2 on code', '#268bd2', '#fdf6e3', TEXT],
  ['Solarized cyan #2aa198 on code', '#2aa198', '#fdf6e3', TEXT],
  ['Solarized green #859900 on code', '#859900', '#fdf6e3', TEXT],
  ['reveal dimmed row: #586e75 at opacity .4', '#586e75', '#fdf6e3', LARGE_OR_UI, REVEAL_DIM_OPACITY],
  ['reveal line numbers: #586e75 at opacity .6', '#586e75', '#fdf6e3', TEXT, 0.6],
];

function replacedPairs(): Pair[] {
  const page = parseColor('#fcf8f3');
  return REPLACED.map(([name, fg, bg, min, opacity = 1]) => {
    const back = over(parseColor(bg), page);
    return { name, fg: over(parseColor(fg), back, opacity), bg: back, min, info: true };
  });
}

function print(title: string, pairs: Pair[]): number {
  console.log(`\n${title}`);
  console.log(`${'pair'.padEnd(58)} ${'fg'.padEnd(8)} ${'bg'.padEnd(8)}  ratio   min`);
  let failures = 0;
  for (const p of pairs) {
    const r = ratio(p.fg, p.bg);
    const ok = r >= p.min;
    if (!ok && !p.info) failures++;
    const label = (p.name + (p.on ? ` [on ${p.on}]` : '')).slice(0, 58).padEnd(58);
    console.log(`${label} ${hex(p.fg)} ${hex(p.bg)} ${r.toFixed(2).padStart(6)}  ${p.min.toFixed(1)}  ${ok ? 'ok' : p.info ? 'fails (replaced)' : 'FAIL'}`);
  }
  return failures;
}

function main(argv: string[]): number {
  if (argv.includes('--help')) {
    console.log(
      'Usage: npx tsx src/themes/check-contrast.ts   (or npm run contrast)\nPrints the contrast of the code palettes and zoe.css colour pairs; exit 1 if one is too low.',
    );
    return 0;
  }
  const codeRules = parseRules(readFileSync(`${ENGINE}code-colors.css`, 'utf8'));
  const paletteRules = parseRules(readFileSync(`${ENGINE}palettes.css`, 'utf8'));
  const palettes = customProperties(paletteRules);
  const themeRules = parseRules(readFileSync(`${HERE}zoe.css`, 'utf8'));
  let failures = 0;
  for (const scheme of ['light', 'dark']) {
    // The deck-wide rule of this palette (`.reveal[data-code-palette="…"]`) maps the `--code-*` names.
    const deckRule = paletteRules.filter((rule) => rule.selector.includes(`[data-code-palette="${scheme}"]`));
    if (deckRule.length === 0) throw new Error(`palettes.css has no rule for .reveal[data-code-palette="${scheme}"]`);
    const props = new Map([...palettes, ...customProperties(deckRule)]);
    failures += print(`code-colors.css, ${scheme} palette (code background --code-bg, highlighted row --code-band)`, codePairs(codeRules, props));
  }
  failures += print('zoe.css', themePairs(customProperties(themeRules)));
  print('for the record: the values zoe replaces (not counted)', replacedPairs());
  console.log(failures ? `\n${failures} pair(s) under the minimum` : '\nall pairs pass');
  return failures ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
