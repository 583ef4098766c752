// `npm run pptx` on a small dark deck (tests/fixtures/decks/handover, theme black): the file read
// back as XML. Colours as the theme draws them, a slide's own background colour and image, lists,
// a table, code steps, math, a picture, links and notes. The talk's own file: tests/talk/talk-pptx.spec.ts.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { background, links, luminance, notesText, openPptx, type PptxFile, paragraphs, pictures, rects, shapeText } from '../pptx-xml.ts';
import { pptx, type Run, root, scratchDeck } from './pdf-run.ts';
import { expect, freshPageTest as test } from './worker-page.ts';

const HANDOVER_DECK = join(root, 'tests/fixtures/decks/handover');

/** The colours of a shape's runs. */
const runColours = (xml: string) => [...xml.matchAll(/<a:rPr[^>]*>\s*<a:solidFill><a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1]);

test.describe('a dark deck as PowerPoint', () => {
  let deck = '';
  let run: Run;
  let file: PptxFile;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    deck = scratchDeck(HANDOVER_DECK);
    run = await pptx(['--root', deck]);
    if (run.code === 0) file = await openPptx(readFileSync(join(deck, 'dist/hand-over.pptx')));
  });
  test.afterAll(() => rmSync(deck, { recursive: true, force: true }));

  test('has a slide per slide and per code step, light text on the dark theme', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(file.slides).toHaveLength(7);
    const dark = background(file.slides[0]) ?? '';
    expect(luminance(dark)).toBeLessThan(0.05);
    const heading = file.slides[0].match(/<p:sp>.*?name="heading".*?<\/p:sp>/s)?.[0] ?? '';
    // The black theme's headings are capitals (`text-transform`), as the slide shows them.
    expect(paragraphs(heading)).toEqual(['HAND OVER']);
    for (const colour of runColours(heading)) expect(luminance(colour)).toBeGreaterThan(0.8);
  });

  test("keeps a slide's own background, with the dark text that suits it", () => {
    const light = file.slides[5];
    expect(background(light)).toBe('FAC828');
    const heading = light.match(/<p:sp>.*?name="heading".*?<\/p:sp>/s)?.[0] ?? '';
    for (const colour of runColours(heading)) expect(luminance(colour)).toBeLessThan(0.1);
    expect(links(light, file.rels[5])).toEqual(['https://example.org/note']);
  });

  test("draws a slide's background image behind its text, without the text", async ({ page }) => {
    const behind = file.slides[6];
    expect(paragraphs(behind)).toEqual(['A PICTURE BEHIND']);
    expect(pictures(behind)).toEqual([]);
    const id = /<p:bg><p:bgPr><a:blipFill[^>]*><a:blip r:embed="(rId\d+)"/.exec(behind)?.[1];
    const media = new RegExp(`Id="${id}"[^>]*Target="\\.\\./media/([^"]+\\.png)"`).exec(file.rels[6])?.[1];
    expect(media).toBeDefined();
    // Across the heading's line, left of the square: the theme's dark background only, no letters.
    const png = await file.media(`ppt/media/${media}`);
    const row = await page.evaluate(
      async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const context = canvas.getContext('2d');
        context?.drawImage(img, 0, 0);
        const y = Math.round(img.height / 2);
        return [...(context?.getImageData(Math.round(img.width * 0.22), y, Math.round(img.width * 0.18), 1).data ?? [])];
      },
      `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
    );
    expect(row.length).toBeGreaterThan(0);
    expect(Math.max(...row.filter((_, i) => i % 4 !== 3))).toBeLessThan(60);
  });

  test('writes styled runs and links, numbered and nested lists, and a table of text', () => {
    const first = file.slides[0];
    expect(paragraphs(first)).toContain('A bold word, an italic one, inline code and a link.');
    expect(first).toMatch(/<a:rPr[^>]*b="1"[^>]*>.*?<a:t>bold<\/a:t>/s);
    expect(first).toMatch(/<a:rPr[^>]*i="1"[^>]*>.*?<a:t>italic<\/a:t>/s);
    expect(first).toMatch(/<a:latin typeface="JetBrains Mono" pitchFamily="49"[^>]*\/>.*?<a:t>inline code<\/a:t>/s);
    expect(links(first, file.rels[0])).toEqual(['https://example.org/handover']);

    const lists = file.slides[1];
    expect(shapeText(lists, 'list')).toEqual([['One', 'Two', 'Nested under two']]);
    expect(lists).toMatch(/<a:buAutoNum type="arabicPeriod" startAt="1"\/>.*?<a:t>One<\/a:t>/s);
    expect(lists).toMatch(/<a:pPr[^>]*lvl="1"[^>]*>.*?<a:buChar [^>]*\/>.*?<a:t>Nested under two<\/a:t>/s);
    const table = lists.match(/<a:tbl>.*<\/a:tbl>/s)?.[0] ?? '';
    expect(paragraphs(table)).toEqual(['Tool', 'Gives', 'pdf', 'pages', 'pptx', 'slides']);
  });

  test('writes each code step with its own line lit, and math as a picture or as TeX', () => {
    for (const slide of [file.slides[2], file.slides[3]]) {
      expect(shapeText(slide, 'code')).toEqual([['job:', '  image: docker:24.0.7', '  services:', '    - docker:dind']]);
      expect(rects(slide, 'highlighted line')).toBe(1);
    }
    // The lit line moves from 2 to 4: its band moves down.
    const bandY = (xml: string) => Number(/name="highlighted line".*?<a:off x="\d+" y="(\d+)"/s.exec(xml)?.[1]);
    expect(bandY(file.slides[3])).toBeGreaterThan(bandY(file.slides[2]));
    const math = file.slides[4];
    expect(paragraphs(math)).toContain('Euler: e^{i\\pi} + 1 = 0');
    expect(pictures(math)).toEqual([expect.stringContaining('\\int_0^1 x^2'), 'A square']);
  });

  test("puts the notes in the notes pane, nested items indented; the document's properties", () => {
    expect(notesText(file.notes[0])).toEqual(['• First point', '    • A nested one', '• Second point']);
    expect(file.notes[1]).not.toContain('First point');
    expect(file.core).toContain('<dc:title>Hand over</dc:title>');
    expect(file.core).toContain('<dc:creator>Test Author</dc:creator>');
    expect(file.core).toContain('<cp:keywords>pptx, handover</cp:keywords>');
  });

  test('with --no-steps, a slide per slide', async () => {
    const out = join(deck, 'one-each.pptx');
    expect((await pptx(['--root', deck, '--no-steps', '-o', out])).code).toBe(0);
    expect((await openPptx(readFileSync(out))).slides).toHaveLength(6);
  });
});

test('--help explains every option; an unknown one is refused', async () => {
  const help = await pptx(['--help']);
  expect(help.code).toBe(0);
  for (const option of ['--out', '--no-steps', '--root', '--port', '--timeout', '--rebuild']) expect(help.stdout).toContain(option);
  const unknown = await pptx(['--x']);
  expect(unknown).toMatchObject({ code: 2, stderr: 'pptx: unknown option --x (see --help)\n' });
});
