// What the share images take from the deck's theme CSS: the `:root` custom properties (colours,
// font stacks) and the font files its @font-face rules name, followed through its @imports.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import postcss from 'postcss';
import valueParser, { type Node } from 'postcss-value-parser';
import { isRemoteUrl } from '../deck/remote-url.ts';

export interface FontFace {
  family: string;
  weight: number;
  style: string;
  /** A font file on disk, or the bytes of a `data:` URL. */
  source: { file: string } | { data: Buffer };
}

export interface ThemeLook {
  /** Custom properties set on `:root`, e.g. `--r-background-color`, `var()` resolved. */
  properties: Record<string, string>;
  fonts: FontFace[];
}

/** The four colours a share image is drawn in. */
export interface Palette {
  background: string;
  text: string;
  heading: string;
  accent: string;
}

const RE_FONT_FILE = /\.(woff2?|ttf|otf)$/i;
const FONT_FORMATS = new Set(['woff2', 'woff', 'truetype', 'opentype']);
const WEIGHTS: Record<string, number> = { normal: 400, bold: 700 };

/** Reads a theme's CSS file and the local files it @imports. Remote imports are skipped. */
export async function readThemeLook(cssFile: string): Promise<ThemeLook> {
  const look: ThemeLook = { properties: {}, fonts: [] };
  await readInto(look, cssFile, new Set());
  for (const [name, value] of Object.entries(look.properties)) {
    const [first] = valueParser(value).nodes;
    if (first?.type === 'function' && first.value === 'var') look.properties[name] = look.properties[first.nodes[0]?.value ?? ''] ?? value;
  }
  return look;
}

async function readInto(look: ThemeLook, file: string, seen: Set<string>): Promise<void> {
  if (seen.has(file)) return;
  seen.add(file);
  const root = postcss.parse(await readFile(file, 'utf8'), { from: file });
  // Imports first: in CSS they come first and what follows overrides them.
  const imports: string[] = [];
  root.walkAtRules('import', (rule) => {
    const url = firstUrl(valueParser(rule.params).nodes);
    const path = url && localFile(url, file);
    if (path) imports.push(path);
  });
  for (const path of imports) await readInto(look, path, seen);
  root.walkRules((rule) => {
    if (!rule.selectors.includes(':root')) return;
    rule.walkDecls(/^--/, (decl) => {
      look.properties[decl.prop] = decl.value.trim();
    });
  });
  root.walkAtRules('font-face', (rule) => {
    const decls: Record<string, string> = {};
    rule.walkDecls((decl) => {
      decls[decl.prop.toLowerCase()] = decl.value;
    });
    const source = decls.src && fontSource(decls.src, file);
    const family = decls['font-family'] && fontFamilies(decls['font-family'])[0];
    if (!source || !family) return;
    look.fonts.push({ family, weight: cssWeight(decls['font-weight']), style: decls['font-style']?.trim() ?? 'normal', source });
  });
}

/** A `font-weight` value as a number: `bold` → 700; of a range (`100 900`), its start. */
export function cssWeight(value: string | undefined): number {
  const [first] = valueParser(value ?? 'normal').nodes.filter((n) => n.type === 'word');
  return WEIGHTS[first?.value ?? 'normal'] ?? (Number(first?.value) || 400);
}

/** The family names of a `font-family` value, quotes removed: `"Libre Caslon Text", Georgia, serif`. */
export function fontFamilies(value: string | undefined): string[] {
  if (!value) return [];
  const families: string[][] = [[]];
  for (const node of valueParser(value).nodes) {
    if (node.type === 'div' && node.value === ',') families.push([]);
    else if (node.type === 'string' || node.type === 'word') families[families.length - 1].push(node.value);
  }
  return families.map((words) => words.join(' ')).filter(Boolean);
}

/** The face of the first of `families` the theme ships, upright, nearest to `weight`. */
export function findFont(look: ThemeLook, families: string[], weight = 400): FontFace | undefined {
  for (const family of families) {
    const faces = look.fonts.filter((f) => f.family.toLowerCase() === family.toLowerCase() && f.style === 'normal');
    if (faces.length) return faces.reduce((best, f) => (Math.abs(f.weight - weight) < Math.abs(best.weight - weight) ? f : best));
  }
  return undefined;
}

/** The face's file as the theme ships it (woff2, woff, TrueType or OpenType). */
export async function fontBytes(face: FontFace): Promise<Buffer> {
  return 'data' in face.source ? face.source.data : readFile(face.source.file);
}

/** The conversion under way: one at a time (see toTrueType). */
let converting: Promise<unknown> = Promise.resolve();

/** Font bytes as TrueType/OpenType, what satori reads (themes ship woff2). */
export function toTrueType(bytes: Buffer): Promise<Buffer> {
  // One at a time: wawoff2 hands back a view of its shared wasm heap, and a second woff2 decoded
  // before the first is copied out overwrites it (two builds in one process drew broken cards).
  const result = converting.then(async () => {
    // Imported here: a card taken from the cache needs no conversion.
    const { convert } = await import('fontverter');
    return convert(bytes, 'truetype');
  });
  converting = result.catch(() => undefined);
  return result;
}

export async function loadFont(face: FontFace): Promise<Buffer> {
  return toTrueType(await fontBytes(face));
}

/** Reveal's theme properties (every reveal.js theme sets them), with white's values as fallback. */
export function palette(look: ThemeLook): Palette {
  const p = look.properties;
  return {
    background: p['--r-background-color'] ?? '#fff',
    text: p['--r-main-color'] ?? '#222',
    heading: p['--r-heading-color'] ?? p['--r-main-color'] ?? '#222',
    accent: p['--r-link-color'] ?? '#2a76dd',
  };
}

/** The first font file of an @font-face `src` list that satori can read once converted. */
function fontSource(src: string, cssFile: string): FontFace['source'] | undefined {
  const nodes = valueParser(src).nodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type !== 'function' || node.value !== 'url') continue;
    const url = urlOf(node);
    const format = nodes.slice(i + 1).find((n) => n.type === 'function');
    const named = format?.type === 'function' && format.value === 'format' ? format.nodes[0]?.value : undefined;
    if (named ? !FONT_FORMATS.has(named) : !(url.startsWith('data:') || RE_FONT_FILE.test(url))) continue;
    if (url.startsWith('data:')) {
      const comma = url.indexOf(',');
      if (url.slice(0, comma).endsWith(';base64')) return { data: Buffer.from(url.slice(comma + 1), 'base64') };
      continue;
    }
    const file = localFile(url, cssFile);
    if (file) return { file };
  }
  return undefined;
}

function firstUrl(nodes: Node[]): string | undefined {
  const [first] = nodes;
  if (first?.type === 'string') return first.value;
  if (first?.type === 'function' && first.value === 'url') return urlOf(first);
  return undefined;
}

function urlOf(node: Node): string {
  return node.type === 'function' ? node.nodes.map((n) => n.value).join('') : node.value;
}

/** A URL in a CSS file as a path: relative to the file, else a package file (as Vite resolves it). */
function localFile(url: string, cssFile: string): string | undefined {
  if (isRemoteUrl(url) || url.startsWith('data:') || url.startsWith('/')) return undefined;
  const path = url.split(/[?#]/)[0];
  const relative = resolve(dirname(cssFile), path);
  if (existsSync(relative)) return relative;
  try {
    return createRequire(cssFile).resolve(path);
  } catch {
    return undefined;
  }
}
