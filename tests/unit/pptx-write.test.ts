// The PowerPoint writer (tools/pptx/write-pptx.ts) on small models, read back from the package's
// XML; its geometry (px → in, pt); and `npm run pptx`'s options.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { geometry } from '../../src/tools/pptx/geometry.ts';
import type { DeckModel, Paragraph, Run, SlideModel } from '../../src/tools/pptx/model.ts';
import { parsePptxArgs } from '../../src/tools/pptx/options.ts';
import { writePptx } from '../../src/tools/pptx/write-pptx.ts';

/** A 1×1 PNG. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const run = (text: string, extra: Partial<Run> = {}): Run => ({ text, font: 'Karla', size: 26, color: '333333', ...extra });
const para = (runs: Run[], extra: Partial<Paragraph> = {}): Paragraph => ({ runs, align: 'left', lineHeight: 34, spaceBefore: 0, level: 0, ...extra });
const slide = (extra: Partial<SlideModel>): SlideModel => ({
  slide: '0/0',
  step: 0,
  origin: { x: 0, y: 0 },
  background: 'FCF8F3',
  shapes: [],
  notes: [],
  ...extra,
});

const DECK: DeckModel = {
  width: 1040,
  height: 780,
  fonts: { heading: 'Libre Caslon Text', body: 'Karla', generic: { 'Libre Caslon Text': 'serif', Karla: 'sans-serif', 'JetBrains Mono': 'monospace' } },
  properties: { title: 'A <small> deck', author: 'Ada', subject: 'About things', keywords: ['one', 'two & three'] },
  slides: [
    slide({
      shapes: [
        {
          kind: 'text',
          role: 'heading',
          box: { x: 20, y: 100, w: 1000, h: 80 },
          paragraphs: [para([run('Hello', { size: 60, font: 'Libre Caslon Text' })], { align: 'center' })],
        },
        {
          kind: 'text',
          role: 'text',
          box: { x: 20, y: 200, w: 1000, h: 40 },
          paragraphs: [
            para([
              run('Strong', { bold: true }),
              run(' and '),
              run('slanted', { italic: true }),
              run(' with '),
              run('docker ps', { font: 'JetBrains Mono', highlight: 'EEEEEE' }),
              run(' and a '),
              run('link', { link: 'https://example.org/away', underline: true }),
              run('1', { superscript: true, breakAfter: true }),
              run('next line'),
            ]),
          ],
        },
      ],
      notes: ['Say hello', '• first point', '    • a nested one'],
    }),
    slide({
      slide: '1/0',
      background: '1D1F21',
      shapes: [
        {
          kind: 'text',
          role: 'list',
          box: { x: 40, y: 100, w: 900, h: 200 },
          paragraphs: [
            para([run('Top item')], { bullet: { type: 'bullet' }, marker: '•', indent: 30 }),
            para([run('Nested item')], { bullet: { type: 'bullet' }, marker: '▪', indent: 30, level: 1, spaceBefore: 8 }),
            para([run('Third')], { bullet: { type: 'number', start: 3 }, indent: 30 }),
          ],
        },
        { kind: 'rect', role: 'code background', box: { x: 40, y: 320, w: 900, h: 60 }, fill: 'FDF6E3' },
        {
          kind: 'text',
          role: 'code',
          box: { x: 60, y: 320, w: 880, h: 60 },
          paragraphs: [
            para([run('services:', { font: 'JetBrains Mono', color: 'CB4B16' })]),
            para([]),
            para([run('  - nginx', { font: 'JetBrains Mono', color: '859900' })]),
          ],
        },
        {
          kind: 'table',
          box: { x: 40, y: 400, w: 600, h: 80 },
          columns: [200, 400],
          rows: [
            {
              height: 40,
              cells: [
                { paragraphs: [para([run('Key', { bold: true })])], fill: 'EEEEEE', borders: { bottom: 'CCCCCC' }, padding: [4, 8, 4, 8] },
                { paragraphs: [para([run('Value', { bold: true })])], borders: { bottom: 'CCCCCC' }, padding: [4, 8, 4, 8] },
              ],
            },
            {
              height: 40,
              cells: [
                { paragraphs: [para([run('image')])], borders: {}, padding: [4, 8, 4, 8] },
                { paragraphs: [para([run('docker:24')])], borders: {}, padding: [4, 8, 4, 8] },
              ],
            },
          ],
        },
        { kind: 'picture', box: { x: 700, y: 400, w: 100, h: 100 }, alt: 'A diagram', png: PIXEL },
      ],
    }),
    slide({
      slide: '2/0',
      backgroundPng: PIXEL,
      shapes: [{ kind: 'text', role: 'heading', box: { x: 20, y: 100, w: 1000, h: 80 }, paragraphs: [para([run('Behind')])] }],
    }),
  ],
};

/** The text of each paragraph of the shape named `name` in a slide's XML. */
function paragraphTexts(xml: string, name: string): string[] {
  const shape = new RegExp(`<p:sp><p:nvSpPr><p:cNvPr id="\\d+" name="${name}">.*?</p:sp>`, 's').exec(xml)?.[0] ?? '';
  return [...shape.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map((p) => [...p[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''));
}

describe('the PowerPoint writer', () => {
  let zip: JSZip;
  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the package`);
    return file.async('string');
  };
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await writePptx(DECK));
  });

  it('writes a slide per model slide, at the page ratio: 10 × 7.5 in for a 1040 × 780 px page', async () => {
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(3);
    expect(await text('ppt/presentation.xml')).toMatch(/<p:sldSz cx="9144000" cy="6858000"/);
  });

  it('writes text as runs in their fonts, sizes and styles, placed where the browser drew them', async () => {
    const xml = await text('ppt/slides/slide1.xml');
    expect(xml).toContain('<a:t>Hello</a:t>');
    // 60 px on a 780 px page 7.5 in high: 41.54 pt.
    expect(xml).toMatch(/<a:rPr[^>]*sz="4154"[^>]*>.*?<a:latin typeface="Libre Caslon Text" pitchFamily="18"/);
    // x 20 px, y 100 px: 0.192 in, 0.962 in, in EMU.
    expect(xml).toMatch(/<a:off x="175565" y="879653"\/>/);
    expect(xml).toMatch(/<a:rPr[^>]*b="1"[^>]*>.*?<a:t>Strong<\/a:t>/);
    expect(xml).toMatch(/<a:rPr[^>]*i="1"[^>]*>.*?<a:t>slanted<\/a:t>/);
    expect(xml).toMatch(/<a:latin typeface="JetBrains Mono" pitchFamily="49"[^>]*\/>.*?<a:t>docker ps<\/a:t>/);
    expect(xml).toMatch(/<a:rPr[^>]*baseline="30000"[^>]*>.*?<a:t>1<\/a:t>/);
    expect(xml).toMatch(/<a:t>1<\/a:t><\/a:r><a:br\/><a:r>.*?<a:t>next line<\/a:t>/);
    expect(xml).toContain('name="heading"');
  });

  it('gives each paragraph one set of properties, first, as OOXML requires (pptxgenjs writes one per run)', async () => {
    const xml = (await text('ppt/slides/slide1.xml')) + (await text('ppt/slides/slide2.xml'));
    const paragraphs = [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map((m) => m[1]);
    expect(paragraphs.length).toBeGreaterThan(8);
    for (const body of paragraphs) {
      expect(body.match(/<a:pPr\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
      if (body.includes('<a:pPr')) expect(body.startsWith('<a:pPr')).toBe(true);
    }
  });

  it('makes links clickable', async () => {
    const xml = await text('ppt/slides/slide1.xml');
    const id = /<a:hlinkClick r:id="(rId\d+)"/.exec(xml)?.[1];
    expect(id).toBeDefined();
    expect(await text('ppt/slides/_rels/slide1.xml.rels')).toMatch(new RegExp(`Id="${id}"[^>]*Target="https://example.org/away"`));
  });

  it('puts the notes in the notes pane, one line a paragraph', async () => {
    const notes = await text('ppt/notesSlides/notesSlide1.xml');
    const lines = [...notes.matchAll(/<a:p>(?:(?!<\/a:p>).)*?<a:t>([^<]*)<\/a:t>/gs)].map((m) => m[1]);
    expect(lines).toEqual(expect.arrayContaining(['Say hello', '• first point', '    • a nested one']));
    expect(await text('ppt/notesSlides/notesSlide2.xml')).not.toContain('Say hello');
  });

  it('writes lists with their markers and levels, code as lines, tables as tables, pictures with their alt text', async () => {
    const xml = await text('ppt/slides/slide2.xml');
    expect(xml).toMatch(/<a:buChar char="&#x2022;"\/>.*?<a:t>Top item<\/a:t>/);
    expect(xml).toMatch(/<a:pPr[^>]*lvl="1"[^>]*>.*?<a:buChar char="&#x25AA;"\/>.*?<a:t>Nested item<\/a:t>/);
    expect(xml).toMatch(/<a:buAutoNum type="arabicPeriod" startAt="3"\/>.*?<a:t>Third<\/a:t>/);
    // The empty code line stays a paragraph between the two.
    expect(paragraphTexts(xml, 'code')).toEqual(['services:', '', '  - nginx']);
    expect(xml).toMatch(/<a:tbl>.*<a:t>Key<\/a:t>.*<a:t>docker:24<\/a:t>.*<\/a:tbl>/);
    // The header's cells ruled beneath only, as the theme draws them; 8 px of padding is 0.077 in.
    const header = /<a:tc>(?:(?!<\/a:tc>).)*?<a:t>Key<\/a:t>.*?<\/a:tc>/s.exec(xml)?.[0] ?? '';
    expect(header).toMatch(/<a:lnB w="9525"[^>]*><a:solidFill><a:srgbClr val="CCCCCC"\/>/);
    expect(header).not.toMatch(/<a:lnL w="9525"/);
    expect(header).toContain('marL="70409"');
    expect(xml).toMatch(/<p:cNvPr [^>]*descr="A diagram"/);
    expect(xml).toMatch(/<a:srgbClr val="FDF6E3"\/>/);
    expect(xml).toMatch(/<p:bg><p:bgPr><a:solidFill><a:srgbClr val="1D1F21"\/>/);
  });

  it("puts a slide's drawn background behind it as a picture, its text still text", async () => {
    const xml = await text('ppt/slides/slide3.xml');
    expect(xml).toMatch(/<p:bg><p:bgPr><a:blipFill[^>]*><a:blip r:embed="rId\d+"/);
    expect(xml).toContain('<a:t>Behind</a:t>');
    expect(await text('ppt/slides/_rels/slide3.xml.rels')).toMatch(/Target="\.\.\/media\/[^"]+\.png"/);
  });

  it("carries the title, author, subject and keywords, and names the theme's fonts", async () => {
    const core = await text('docProps/core.xml');
    expect(core).toContain('<dc:title>A &lt;small&gt; deck</dc:title>');
    expect(core).toContain('<dc:creator>Ada</dc:creator>');
    expect(core).toContain('<dc:subject>About things</dc:subject>');
    expect(core).toContain('<cp:keywords>one, two &amp; three</cp:keywords>');
    const theme = await text('ppt/theme/theme1.xml');
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Libre Caslon Text"/);
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Karla"/);
  });
});

describe('the geometry', () => {
  it('keeps the page ratio on a 7.5 in high slide', () => {
    const fourThree = geometry(1040, 780);
    expect([fourThree.width, fourThree.height]).toEqual([10, 7.5]);
    expect(fourThree.inches(104)).toBe(1);
    expect(fourThree.points(104)).toBe(72);
    expect(fourThree.place({ x: 52, y: 0, w: 0, h: 208 })).toEqual({ x: 0.5, y: 0, w: 0.01, h: 2 });
    expect(geometry(1920, 1080).width).toBe(13.333);
  });

  it('refuses a page without a size', () => {
    expect(() => geometry(0, 780)).toThrow(/no size/);
  });
});

describe('npm run pptx options', () => {
  it('default to every step, a free port and 30 s', () => {
    expect(parsePptxArgs([])).toEqual({ options: { root: '.', steps: true, port: 0, timeout: 30, rebuild: false } });
  });

  it('read every option', () => {
    expect(parsePptxArgs(['--out', 'x.pptx', '--no-steps', '--root', 'talk', '--port', '4000', '--timeout', '5', '--rebuild'])).toEqual({
      options: { root: 'talk', output: 'x.pptx', steps: false, port: 4000, timeout: 5, rebuild: true },
    });
    expect(parsePptxArgs(['-o', 'y.pptx'])).toMatchObject({ options: { output: 'y.pptx' } });
    expect(parsePptxArgs(['-h'])).toEqual({ help: true });
  });

  it('say what is wrong with a bad one', () => {
    expect(parsePptxArgs(['--x'])).toEqual({ error: 'unknown option --x (see --help)' });
    expect(parsePptxArgs(['--port', 'high'])).toEqual({ error: '--port must be a port number, not `high`' });
    expect(parsePptxArgs(['--timeout', '0'])).toEqual({ error: '--timeout must be a number of seconds, not `0`' });
  });
});
