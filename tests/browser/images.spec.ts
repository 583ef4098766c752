// `npm run images` on the small handover deck (tests/fixtures/decks/handover): how many pictures,
// their names, sizes and what they show; one slide, a scale, and the mistakes it refuses.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { images, root, scratchDeck } from './pdf-run.ts';
import { expect, freshPageTest as test } from './worker-page.ts';

const HANDOVER_DECK = join(root, 'tests/fixtures/decks/handover');
const NAMES = [
  '01-hand-over.png',
  '02-lists-and-a-table.png',
  '03-1-code-in-steps.png',
  '03-2-code-in-steps.png',
  '04-math-and-a-picture.png',
  '05-a-light-background.png',
  '06-a-picture-behind.png',
];

/** A PNG's width and height, from its header. */
const pngSize = (file: string) => {
  const data = readFileSync(file);
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
};

/** The colour of a PNG's top-left pixel, read in the browser. */
async function cornerColour(page: import('@playwright/test').Page, file: string): Promise<number[]> {
  const url = `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d');
    context?.drawImage(img, 0, 0);
    return [...(context?.getImageData(0, 0, 1, 1).data ?? [])].slice(0, 3);
  }, url);
}

test.describe('npm run images', () => {
  let deck = '';
  test.beforeAll(() => {
    deck = scratchDeck(HANDOVER_DECK);
  });
  test.afterAll(() => rmSync(deck, { recursive: true, force: true }));

  test("draws every slide and step at the deck's 4:3 size, named by number and title", async ({ page }) => {
    test.setTimeout(90_000);
    const out = join(deck, 'dist/slide-images');
    const run = await images(['--root', deck]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/drew 7 pictures of 1040×780 px/);
    expect(readdirSync(out).sort()).toEqual(NAMES);
    for (const name of NAMES) expect(pngSize(join(out, name)), name).toEqual([1040, 780]);
    // The black theme's background, and the light slide's own, corner to corner.
    const dark = await cornerColour(page, join(out, NAMES[0]));
    expect(Math.max(...dark)).toBeLessThan(40);
    expect(await cornerColour(page, join(out, NAMES[5]))).toEqual([0xfa, 0xc8, 0x28]);
    // The two steps differ (another line lit).
    expect(readFileSync(join(out, NAMES[2])).equals(readFileSync(join(out, NAMES[3])))).toBe(false);
  });

  test('one slide with --slide, sharper with --scale, one per slide with --no-steps; old pictures go', async () => {
    test.setTimeout(90_000);
    const one = join(deck, 'one');
    expect((await images(['--root', deck, '--slide', '3', '--scale', '2', '--out', one])).code).toBe(0);
    expect(readdirSync(one).sort()).toEqual(['03-1-code-in-steps.png', '03-2-code-in-steps.png']);
    expect(pngSize(join(one, '03-1-code-in-steps.png'))).toEqual([2080, 1560]);

    // Pictures of an earlier run, by their names (the first test draws them), and a file of the author's.
    const each = join(deck, 'each');
    mkdirSync(each);
    for (const name of NAMES) writeFileSync(join(each, name), 'an older picture');
    writeFileSync(join(each, 'notes.txt'), 'not a picture');
    expect((await images(['--root', deck, '--no-steps', '--out', each])).code).toBe(0);
    expect(readdirSync(each).sort()).toEqual([
      '01-hand-over.png',
      '02-lists-and-a-table.png',
      '03-code-in-steps.png',
      '04-math-and-a-picture.png',
      '05-a-light-background.png',
      '06-a-picture-behind.png',
      'notes.txt',
    ]);
    for (const name of readdirSync(each).filter((n) => n.endsWith('.png'))) expect(pngSize(join(each, name)), name).toEqual([1040, 780]);
  });

  test('refuses a slide that is not there, a bad scale and an unknown option, in one line', async () => {
    const missing = await images(['--root', deck, '--slide', '9']);
    expect(missing).toMatchObject({ code: 1, stderr: 'images: there is no slide 9: the deck has 6\n' });
    expect(await images(['--scale', '0'])).toMatchObject({ code: 2, stderr: 'images: --scale must be a number above 0 and at most 4, not `0`\n' });
    expect(await images(['--x'])).toMatchObject({ code: 2, stderr: 'images: unknown option --x (see --help)\n' });
    const help = await images(['--help']);
    for (const option of ['--out', '--no-steps', '--scale', '--slide', '--root']) expect(help.stdout).toContain(option);
  });
});
