// `npm run themes`: writes our builds of reveal.js's themes (src/themes/reveal/<name>.css) and the
// KaTeX stylesheet (src/client/engine/katex.css) from their packages' CSS, with every font as a file.
// reveal's builds embed fonts as base64 (white, black: 575 KB) or @import Google Fonts (fails offline);
// ours drop both and name self-hosted woff2 files from @fontsource packages, which Vite bundles.
// Usage: npx tsx src/themes/build-themes.ts [--check]   (--check: exit 1 if a written file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import postcss, { type Root } from 'postcss';
import { isRemoteUrl } from '../deck/remote-url.ts';
import { fontFamilies } from '../share/theme-look.ts';
import { REVEAL_THEMES } from './index.ts';

const require = createRequire(import.meta.url);
const HERE = fileURLToPath(new URL('.', import.meta.url));
const KATEX_OUT = fileURLToPath(new URL('../client/engine/katex.css', import.meta.url));

/** A face: weight and style; a file `@fontsource/<pkg>/files/<pkg>-latin-<weight>-<style>.woff2` must exist. */
type Face = readonly [weight: number, style: 'normal' | 'italic'];

/** The families reveal's themes name, the fontsource package that serves each, and the faces reveal loaded. */
const FONTS: Readonly<Record<string, { pkg: string; faces: readonly Face[]; note?: string }>> = {
  'Source Sans Pro': {
    pkg: 'source-sans-pro',
    faces: [
      [400, 'normal'],
      [400, 'italic'],
      [600, 'normal'],
      [600, 'italic'],
    ],
  },
  'League Gothic': { pkg: 'league-gothic', faces: [[400, 'normal']] },
  Lato: {
    pkg: 'lato',
    faces: [
      [400, 'normal'],
      [400, 'italic'],
      [700, 'normal'],
      [700, 'italic'],
    ],
  },
  Ubuntu: {
    pkg: 'ubuntu',
    faces: [
      [300, 'normal'],
      [300, 'italic'],
      [700, 'normal'],
      [700, 'italic'],
    ],
  },
  Montserrat: { pkg: 'montserrat', faces: [[700, 'normal']] },
  'Open Sans': {
    pkg: 'open-sans',
    faces: [
      [400, 'normal'],
      [400, 'italic'],
      [700, 'normal'],
      [700, 'italic'],
    ],
  },
  Quicksand: {
    pkg: 'quicksand',
    faces: [
      [400, 'normal'],
      [700, 'normal'],
    ],
  },
  // Not on fontsource: Archivo Narrow, a close narrow grotesque, under the name the theme uses.
  'News Cycle': {
    pkg: 'archivo-narrow',
    faces: [
      [400, 'normal'],
      [600, 'normal'],
      [700, 'normal'],
    ],
    note: 'News Cycle is not on fontsource: Archivo Narrow stands in',
  },
};

/** An `@import`'s target without its `url(` and quotes. */
const RE_IMPORT_TARGET = /^(?:url\()?\s*["']?/i;

/** One reveal theme as we ship it. */
export function buildRevealTheme(name: string): string {
  const file = require.resolve(`reveal.js/theme/${name}.css`);
  const root = postcss.parse(readFileSync(file, 'utf8'), { from: file });
  root.walkAtRules('import', (rule) => {
    if (isRemoteUrl(rule.params.trim().replace(RE_IMPORT_TARGET, ''))) rule.remove();
  });
  root.walkAtRules('font-face', (rule) => {
    rule.remove();
  });
  const contrast = fixLinkContrast(root);
  const used = usedFamilies(root).filter((family) => family in FONTS);
  const faces = used.flatMap((family) => FONTS[family].faces.map((face) => fontFace(family, face)));
  const notes = used.flatMap((family) => FONTS[family].note ?? []);
  const header = [
    `/* reveal.js ${revealVersion()} theme "${name}", built by src/themes/build-themes.ts (do not edit):`,
    ` * its embedded and Google fonts replaced by self-hosted woff2 files from @fontsource${notes.length ? `; ${notes.join('; ')}` : ''}.${contrast ? `\n * ${contrast}` : ''} */`,
  ].join('\n');
  return `${header}\n${faces.join('\n')}${faces.length ? '\n' : ''}${root.toString().trim()}\n`;
}

/** KaTeX's stylesheet with only its woff2 fonts (every browser reveal.js 6 runs in reads woff2). */
export function buildKatexCss(): string {
  const file = require.resolve('katex/dist/katex.min.css');
  const root = postcss.parse(readFileSync(file, 'utf8'), { from: file });
  root.walkAtRules('font-face', (rule) => {
    rule.walkDecls('src', (decl) => {
      const woff2 = decl.value.split(',').find((part) => part.includes('.woff2'));
      if (!woff2) throw new Error(`no woff2 in ${decl.value}`);
      decl.value = woff2.trim().replace(/url\((?:\.\/)?fonts\//, 'url(katex/dist/fonts/');
    });
  });
  const version = (require('katex/package.json') as { version: string }).version;
  return `/* KaTeX ${version}'s CSS, woff2 fonts only, built by src/themes/build-themes.ts (do not edit). */\n${root.toString().trim()}\n`;
}

const AA = 4.5;

/**
 * Moves the theme's link colour towards black (on a light background) or white (on a dark one)
 * until it reads at 4.5:1, as footnotes set links small. Returns what it changed, for the header.
 */
function fixLinkContrast(root: Root): string | undefined {
  let change: string | undefined;
  root.walkRules(':root', (rule) => {
    let background: Rgb | undefined;
    rule.walkDecls('--r-background-color', (decl) => {
      background = hexColour(decl.value);
    });
    rule.walkDecls('--r-link-color', (decl) => {
      const link = hexColour(decl.value);
      if (!background || !link || contrast(link, background) >= AA) return;
      const towards: Rgb = luminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255];
      let fixed = link;
      for (let t = 0.02; contrast(fixed, background) < AA; t += 0.02) fixed = link.map((c, i) => c + (towards[i] - c) * t) as Rgb;
      change = `--r-link-color ${decl.value} (${contrast(link, background).toFixed(2)}:1) is ${hex(fixed)} (${contrast(fixed, background).toFixed(2)}:1), for WCAG AA.`;
      decl.value = hex(fixed);
    });
  });
  return change;
}

type Rgb = [number, number, number];

function hexColour(value: string): Rgb | undefined {
  const m = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

const hex = (c: Rgb): string => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The first family of the theme's main and heading fonts. */
function usedFamilies(root: Root): string[] {
  const families = new Set<string>();
  root.walkDecls(/^--r-(main|heading)-font$/, (decl) => {
    const [first] = fontFamilies(decl.value);
    if (first) families.add(first);
  });
  return [...families];
}

function fontFace(family: string, [weight, style]: Face): string {
  const { pkg } = FONTS[family];
  const url = `@fontsource/${pkg}/files/${pkg}-latin-${weight}-${style}.woff2`;
  require.resolve(url); // a face the package lacks is a mistake in FONTS: fail loudly
  return `@font-face{font-family:"${family}";font-style:${style};font-display:swap;font-weight:${weight};src:url(${url}) format("woff2")}`;
}

function revealVersion(): string {
  // reveal.js exports no package.json: find it beside the theme folder.
  const file = require.resolve('reveal.js/theme/white.css').replace(/dist[\\/]theme[\\/]white\.css$/, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Every file this script writes, and its content. */
export function themeBuilds(): [file: string, css: string][] {
  return [...REVEAL_THEMES.map((name): [string, string] => [`${HERE}reveal/${name}.css`, buildRevealTheme(name)]), [KATEX_OUT, buildKatexCss()]];
}

function main(args: string[]): number {
  if (args.includes('--help')) {
    console.log('usage: npx tsx src/themes/build-themes.ts [--check]\nWrites src/themes/reveal/*.css and src/client/engine/katex.css.');
    return 0;
  }
  let stale = 0;
  for (const [file, css] of themeBuilds()) {
    if (args.includes('--check')) {
      let old = '';
      try {
        old = readFileSync(file, 'utf8');
      } catch {}
      if (old !== css) {
        console.error(`${file} is stale: run npm run themes`);
        stale++;
      }
    } else writeFileSync(file, css);
  }
  return stale ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
