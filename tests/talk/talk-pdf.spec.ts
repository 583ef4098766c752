// The talk as a PDF: `npm run pdf` on a copy of slides/, read back with pdf.js and poppler: pages,
// sizes, text, bookmarks, links, fonts, metadata, highlights; and its print view under axe.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { axeViolations, seriousViolations } from '../browser/axe.ts';
import { fonts, links, openPdf, outline, pageSize, pageTexts, wordsOnBand } from '../browser/pdf-file.ts';
import { AS_BUILT, flat, pdf, type Run, scratchDeck } from '../browser/pdf-run.ts';
import { expect, freshPageTest as test } from '../browser/worker-page.ts';
import { NOT_THE_TALK, slidesAreTheTalk } from './is-talk.ts';

test.skip(!slidesAreTheTalk(), NOT_THE_TALK);

const TALK_PDF = 'dist/gitlab-runners-docker-in-docker-explained.pdf';
/** The zoe code theme's highlighted-row colour (`--code-light-band`). */
const BAND: [number, number, number] = [0xf2, 0xec, 0xd9];

test.describe('the talk as a PDF', () => {
  let deck = '';
  let file = '';
  let doc: PDFDocumentProxy;
  let run: Run;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    deck = scratchDeck();
    run = await pdf(['--root', deck], AS_BUILT);
    file = join(deck, TALK_PDF);
    if (run.code === 0) doc = await openPdf(file);
  });
  test.afterAll(() => rmSync(deck, { recursive: true, force: true }));

  test('builds the site, prints it, and says what it did and where the file went', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/building the site/);
    expect(run.stdout).toMatch(/printed 33 pages/);
    expect(run.stdout).toContain(`wrote ${join(deck, TALK_PDF)} `);
  });

  test("has a page per slide and per code step, each the slide's 4:3 page with every font embedded", () => {
    expect(doc.numPages).toBe(33);
    // 1000×750 px plus reveal's 4% margin is 1040×780 px: 780×585 pt.
    const size = pageSize(file);
    expect(size.width).toBeCloseTo(780, 0);
    expect(size.height).toBeCloseTo(585, 0);
    const used = fonts(file);
    expect(used.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(
      expect.arrayContaining(['Karla-Regular', 'LibreCaslonText-Regular', 'JetBrainsMono-Regular']),
    );
    expect(used.filter((f) => !f.embedded)).toEqual([]);
  });

  test("bookmarks every slide by its title, vertical slides under their stack's first, steps not repeated", async () => {
    const marks = await outline(doc);
    expect(marks.map((m) => m.title)).toEqual([
      'GitLab Runners: Docker-in-Docker Explained',
      'What are GitLab Runners?',
      'What are Executors?',
      'Docker in GitLab CI?',
      'Shared Runners',
      'GitLab CI Services',
      'Docker Compose',
      'Solutions?',
      'Appendix',
    ]);
    expect(marks.map((m) => m.children.length)).toEqual([0, 1, 3, 9, 0, 2, 6, 0, 0]);
    const all = flat(marks);
    expect(all).toHaveLength(30);
    expect(all.map((m) => m.page)).toEqual([...all.map((m) => m.page)].sort((a, b) => a - b));
    expect(new Set(all.map((m) => m.page)).size).toBe(30);
  });

  test("puts each slide's words on its own pages: every page of a slide opens with its title, and only those", () => {
    const texts = pageTexts(file, doc.numPages);
    expect(texts[0]).toMatch(/^GitLab Runners: Docker-in-Docker Explained By Haseeb Majid/);
    return outline(doc).then((marks) => {
      const all = flat(marks);
      const titled = all.filter((m) => !/…$|^[#$]/.test(m.title) && texts[m.page - 1].startsWith(m.title));
      expect(titled.length).toBeGreaterThanOrEqual(23);
      for (const mark of titled) {
        const next = all.find((m) => m.page > mark.page)?.page ?? doc.numPages + 1;
        const pages = texts.map((t, i) => (t.startsWith(`${mark.title} `) ? i + 1 : 0)).filter(Boolean);
        expect(pages, mark.title).toEqual(Array.from({ length: next - mark.page }, (_, i) => mark.page + i));
      }
    });
  });

  test("highlights, on each code step's page, the line the author meant", () => {
    const lit = Array.from({ length: doc.numPages }, (_, i) => wordsOnBand(file, i + 1, BAND)).filter((lines) => lines.length > 0);
    // Each row is read with its line number.
    expect(lit).toEqual([
      ['5 - nginx'],
      ['8 - wget -O - http://nginx:80'],
      ['4 - docker:dind'],
      ['6 - docker-compose up --detach'],
      ['9 - wget -O - http://docker:8080'],
      ['11 "Name": "ci-dind-docker-compose-nginx-1",'],
    ]);
  });

  test('links out from the footnotes and the appendix', async () => {
    const found = await links(doc);
    const out = found.filter((l) => l.url).map((l) => l.url);
    expect(out).toEqual(expect.arrayContaining(['https://docs.gitlab.com/runner/', 'https://gitlab.com/haseeb.majid1/ci-dind-docker-compose']));
    expect(found.find((l) => l.url === 'https://gitlab.com/haseeb.majid1/ci-dind-docker-compose')?.page).toBe(33);
  });

  test("carries the front matter's title, author, description and keywords", async () => {
    // pdf.js types the information dictionary as `Object`.
    const info = (await doc.getMetadata()).info as unknown as Record<string, string>;
    expect(info.Title).toBe('Gitlab Runners Docker-in-Docker Explained');
    expect(info.Author).toBe('Haseeb Majid');
    expect(info.Subject).toMatch(/^How GitLab Runners run CI jobs/);
    expect(info.Keywords.split(', ')).toEqual(expect.arrayContaining(['GitLab CI', 'Docker-in-Docker']));
  });

  test("with --no-steps: a page per slide, each code block lit at every step's lines", async () => {
    const out = join(deck, 'slides-only.pdf');
    const again = await pdf(['--root', deck, '--no-steps', '-o', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/is up to date/);
    const slides = await openPdf(out);
    expect(slides.numPages).toBe(30);
    expect(flat(await outline(slides))).toHaveLength(30);
    const lit = Array.from({ length: slides.numPages }, (_, i) => wordsOnBand(out, i + 1, BAND)).filter((lines) => lines.length > 0);
    expect(lit).toEqual([
      ['5 - nginx', '8 - wget -O - http://nginx:80'],
      ['4 - docker:dind', '6 - docker-compose up --detach', '9 - wget -O - http://docker:8080'],
      ['11 "Name": "ci-dind-docker-compose-nginx-1",'],
    ]);
  });

  test('with --notes: a handout on A4, each slide with its notes beneath it, or alone', async () => {
    const again = await pdf(['--root', deck, '--notes']);
    expect(again.code).toBe(0);
    const out = join(deck, 'dist/gitlab-runners-docker-in-docker-explained-notes.pdf');
    const handout = await openPdf(out);
    expect(handout.numPages).toBe(30);
    const size = pageSize(out);
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
    const texts = pageTexts(out, 30);
    expect(texts[3]).toMatch(/^What are Executors\? .* Each job runs separate$/);
    expect(texts[2]).toMatch(/^Types SaaS/);
    expect(texts.filter((t) => t.includes('Mount the socket Unix socket that we use'))).toHaveLength(1);
    expect(flat(await outline(handout)).map((m) => m.page)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  test('with --paper letter: the handout on US Letter', async () => {
    const out = join(deck, 'letter.pdf');
    expect((await pdf(['--root', deck, '--notes', '--paper', 'letter', '-o', out])).code).toBe(0);
    const size = pageSize(out);
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([612, 792]);
  });
});

test('the print view hides nothing it prints from assistive technology, and passes axe', async ({ page }) => {
  await page.goto('talk/sub/path/?print-pdf');
  await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
  expect(await page.locator('.reveal .slides section[aria-hidden], .reveal .slides section[hidden]').count()).toBe(0);
  expect(seriousViolations(await axeViolations(page, '.reveal .slides')).map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
