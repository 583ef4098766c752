// Writes images/<name>.svg for each layout file diagrams/<name>.ts (its default export): roughjs strokes
// (Excalidraw's look) + an embedded Virgil subset. Only the layouts that exist are drawn: a new talk
// deletes the old ones and draws nothing, or its own.
//
// Run from anywhere: npx tsx src/tools/diagrams/draw.ts   (or npm run diagrams; needs the devDependencies roughjs and subset-font)
// The output is deterministic: every shape has a fixed seed, and numbers are rounded to 0.1 px.
// Font: fonts/Virgil-Regular.woff2 is Excalidraw's Virgil, copied from the npm package @excalidraw/excalidraw
// (dist/prod/fonts/Virgil/); SIL Open Font License 1.1, see fonts/OFL.txt. Each SVG embeds only the glyphs it uses.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rough from 'roughjs';
import type { Drawable, Options } from 'roughjs/bin/core';
import subsetFont from 'subset-font';
import type { Arrow, Box, Diagram, Fill, Point, Shape } from './shapes.ts';

const FONT_FILE = new URL('./fonts/Virgil-Regular.woff2', import.meta.url);
const OUT_DIR = new URL('../../../images/', import.meta.url);
const LAYOUT_DIR = new URL('../../../diagrams/', import.meta.url);

const INK = '#1e1e1e';
const PAD = 8; // room around the host box for the wobble of its strokes
const LINE = 25; // Excalidraw: 20px text, line height 1.25
const BASELINE = 17.62; // from the top of a line to its baseline (Virgil ascender 886, descender 374 per 1000)
const SPACE = 10; // width of a space in Virgil at 20px
const HEAD = 30; // arrowhead length (Excalidraw's "arrow" head) ...
const HEAD_ANGLE = 20; // ... and its half-angle in degrees

const generator = rough.generator();

// Excalidraw's options for a shape of stroke width 2, roughness 1 ("artist"), solid fill.
const roughOptions = (seed: number, fill: Fill): Options => ({
  seed,
  roughness: 1,
  bowing: 1,
  stroke: INK,
  strokeWidth: 2,
  preserveVertices: true,
  fill: fill ?? undefined,
  fillStyle: 'solid',
  fillWeight: 1,
  hachureGap: 8,
});

const num = (v: number): string => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};
const compact = (d: string): string =>
  d
    .replace(/-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?/gi, (m) => num(Number(m)))
    .replace(/\s*,\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?([MLCQZ]) ?/gi, '$1')
    .trim();

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// roughjs drawable -> <path> elements (outline strokes inherit the group's stroke attributes)
function paths(drawable: Drawable): string[] {
  return generator
    .toPaths(drawable)
    .map((p) => (p.stroke === 'none' ? `<path stroke="none" fill="${p.fill}" d="${compact(p.d)}"/>` : `<path d="${compact(p.d)}"/>`));
}

// Excalidraw's rounded rectangle: corner radius 25% of the short side, at most 32.
function roundedBox({ x, y, w, h, fill, seed }: Box): string[] {
  const r = Math.min(w, h) <= 128 ? Math.min(w, h) * 0.25 : 32;
  const d =
    `M ${x + r} ${y} L ${x + w - r} ${y} Q ${x + w} ${y}, ${x + w} ${y + r} ` +
    `L ${x + w} ${y + h - r} Q ${x + w} ${y + h}, ${x + w - r} ${y + h} ` +
    `L ${x + r} ${y + h} Q ${x} ${y + h}, ${x} ${y + h - r} L ${x} ${y + r} Q ${x} ${y}, ${x + r} ${y}`;
  return paths(generator.path(d, roughOptions(seed, fill)));
}

// A straight shaft and an open head of two strokes, as Excalidraw draws an arrow.
function straightArrow({ from: [x1, y1], to: [x2, y2], seed }: Arrow): string[] {
  const options = roughOptions(seed, null);
  const length = Math.hypot(x2 - x1, y2 - y1);
  const size = Math.min(HEAD, length / 2);
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  const wing = (sign: 1 | -1): Point => {
    const a = (sign * HEAD_ANGLE * Math.PI) / 180;
    const [bx, by] = [-ux * size, -uy * size];
    return [x2 + bx * Math.cos(a) - by * Math.sin(a), y2 + bx * Math.sin(a) + by * Math.cos(a)];
  };
  const [left, right] = [wing(-1), wing(1)];
  return [
    ...paths(
      generator.curve(
        [
          [x1, y1],
          [x2, y2],
        ],
        options,
      ),
    ),
    ...paths(generator.line(left[0], left[1], x2, y2, options)),
    ...paths(generator.line(right[0], right[1], x2, y2, options)),
  ];
}

// Lines of text; x is the left edge, or the centre when centred. Baselines follow Excalidraw's text layout.
function textBlock(lines: string[], x: number, top: number, centred: boolean): string {
  const anchor = centred ? ' text-anchor="middle"' : '';
  if (lines.length === 1) return `<text x="${num(x)}" y="${num(top + BASELINE)}"${anchor}>${esc(lines[0])}</text>`;
  // A space ends every line but the last, so the words read (and search) as one phrase; a centred line is
  // moved right by half a space so the trailing space does not push it off centre.
  const spans = lines.map((line, i) => {
    const last = i === lines.length - 1;
    const sx = centred && !last ? x + SPACE / 2 : x;
    return `<tspan x="${num(sx)}" y="${num(top + i * LINE + BASELINE)}">${esc(line)}${last ? '' : ' '}</tspan>`;
  });
  return `<text${anchor}>${spans.join('')}</text>`;
}

function labelOf(shape: Shape): string {
  if (shape.kind === 'text') return textBlock([shape.words], shape.x, shape.y, false);
  if (shape.kind === 'box' && shape.label) {
    const lines = shape.label.split('\n');
    return textBlock(lines, shape.x + shape.w / 2, shape.y + (shape.h - lines.length * LINE) / 2, true);
  }
  if (shape.kind === 'arrow' && shape.label) {
    const [mx, my] = [(shape.from[0] + shape.to[0]) / 2, (shape.from[1] + shape.to[1]) / 2];
    return textBlock([shape.label], mx, my - LINE / 2, true);
  }
  return '';
}

// Every coordinate pair in the strokes must lie inside the viewBox, or the wobble gets clipped.
function checkInside(name: string, svgPaths: string[], [w, h]: [number, number]): void {
  for (const p of svgPaths) {
    const d = / d="([^"]*)"/.exec(p)?.[1];
    if (d === undefined) throw new Error(`${name}: a stroke without a path: ${p}`);
    const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const [x, y] = [nums[i], nums[i + 1]];
      if (x < -PAD + 1 || y < -PAD + 1 || x > w + PAD - 1 || y > h + PAD - 1) {
        throw new Error(`${name}: stroke point ${x},${y} is outside the viewBox`);
      }
    }
  }
}

async function fontFace(family: string, words: string[]): Promise<string> {
  const chars = [...new Set([...words.join(''), ' '])].sort().join('');
  const subset = await subsetFont(await readFile(FONT_FILE), chars, {
    targetFormat: 'woff2',
    preserveNameIds: [0, 13, 14], // copyright, licence, licence URL
  });
  return `@font-face{font-family:"${family}";src:url(data:font/woff2;base64,${subset.toString('base64')}) format("woff2")}`;
}

const LICENCE_NOTE =
  '<!-- Text font: Virgil, Copyright (c) 2011 by Your Own Font Foundry (as shipped by Excalidraw),' +
  ' embedded as a subset of the glyphs used here. Licensed under the SIL Open Font License, Version 1.1' +
  " (https://openfontlicense.org); the licence text is in the embedded font's name table. -->";

async function render(diagram: Diagram): Promise<string> {
  const [w, h] = diagram.size;
  const strokes: string[] = [];
  const labels: string[] = [];
  const masks: string[] = [];
  for (const shape of diagram.shapes) {
    if (shape.kind === 'box') strokes.push(...roundedBox(shape));
    if (shape.kind === 'arrow') {
      const drawn = straightArrow(shape);
      if (shape.gap) {
        // Cut the line where its label sits, as Excalidraw does for a labelled arrow.
        const id = `${diagram.name}-gap-${masks.length}`;
        const [gw, gh] = shape.gap;
        const [mx, my] = [(shape.from[0] + shape.to[0]) / 2, (shape.from[1] + shape.to[1]) / 2];
        masks.push(
          `<mask id="${id}" maskUnits="userSpaceOnUse" x="${-PAD}" y="${-PAD}" width="${w + 2 * PAD}" height="${h + 2 * PAD}">` +
            `<rect x="${-PAD}" y="${-PAD}" width="${w + 2 * PAD}" height="${h + 2 * PAD}" fill="#fff"/>` +
            `<rect x="${num(mx - gw / 2)}" y="${num(my - gh / 2)}" width="${gw}" height="${gh}" fill="#000"/></mask>`,
        );
        checkInside(diagram.name, drawn, diagram.size);
        strokes.push(`<g mask="url(#${id})">${drawn.join('')}</g>`);
      } else strokes.push(...drawn);
    }
    const label = labelOf(shape);
    if (label) labels.push(label);
  }
  checkInside(
    diagram.name,
    strokes.filter((s) => s.startsWith('<path')),
    diagram.size,
  );

  const words = diagram.shapes.flatMap((s) => (s.kind === 'text' ? [s.words] : s.label ? [s.label] : []));
  const view = [-PAD, -PAD, w + 2 * PAD, h + 2 * PAD];
  const id = diagram.name;
  const family = `Virgil ${id}`; // one name per diagram: each SVG embeds a different subset, even when inlined together
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view.join(' ')}" width="${view[2]}" height="${view[3]}"` +
      ` role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${esc(diagram.title)}</title>`,
    `<desc id="${id}-desc">${esc(diagram.desc)}</desc>`,
    LICENCE_NOTE,
    `<style>${await fontFace(family, words)}</style>`,
    ...(masks.length ? [`<defs>${masks.join('')}</defs>`] : []),
    `<g fill="none" stroke="${INK}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">`,
    ...strokes,
    '</g>',
    `<g font-family="'${family}', 'Segoe Print', 'Comic Sans MS', cursive" font-size="20" fill="${INK}">`,
    ...labels,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** The diagrams whose layout files exist: each `diagrams/*.ts` with a default export (frame.ts has none). */
async function layouts(): Promise<Diagram[]> {
  const files = await readdir(LAYOUT_DIR).catch(() => [] as string[]);
  const found: Diagram[] = [];
  for (const file of files.filter((f) => f.endsWith('.ts')).sort()) {
    const layout = (await import(pathToFileURL(join(fileURLToPath(LAYOUT_DIR), file)).href)) as { default?: Diagram };
    if (layout.default) found.push(layout.default);
  }
  return found;
}

const diagrams = await layouts();
if (diagrams.length === 0) console.log(`no layout files in ${fileURLToPath(LAYOUT_DIR)}: nothing to draw`);
for (const diagram of diagrams) {
  const svg = await render(diagram);
  const out = new URL(`${diagram.name}.svg`, OUT_DIR);
  await writeFile(out, svg);
  console.log(`${out.pathname}  ${Buffer.byteLength(svg)} bytes`);
}
