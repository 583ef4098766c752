// The talk as PowerPoint: `npm run pptx` on a copy of slides/, the file read back as XML (slides,
// notes, links, properties), and, where LibreOffice is installed, opened by it and printed to PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pptx, type Run, scratchDeck } from '../browser/pdf-run.ts';
import { expect, freshPageTest as test } from '../browser/worker-page.ts';
import { links, notesText, openPptx, type PptxFile, paragraphs, pictures, rects, shapeText, textShapes } from '../pptx-xml.ts';
import { NOT_THE_TALK, slidesAreTheTalk } from './is-talk.ts';

test.skip(!slidesAreTheTalk(), NOT_THE_TALK);

const TALK_PPTX = 'dist/gitlab-runners-docker-in-docker-explained.pptx';
const SOFFICE = '/usr/bin/soffice';

test.describe('the talk as PowerPoint', () => {
  let deck = '';
  let run: Run;
  let file: PptxFile;
  /** Each slide's paragraphs, every shape's. */
  let texts: string[][];

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    deck = scratchDeck();
    run = await pptx(['--root', deck]);
    if (run.code === 0) {
      file = await openPptx(readFileSync(join(deck, TALK_PPTX)));
      texts = file.slides.map(paragraphs);
    }
  });
  test.afterAll(() => rmSync(deck, { recursive: true, force: true }));

  test('builds the site, reads every state of every slide, and says where the file went', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/building the site/);
    expect(run.stdout).toMatch(/read 33 slides and took 4 pictures/);
    expect(run.stdout).toContain(`wrote ${join(deck, TALK_PPTX)} `);
  });

  test('has a slide per slide and per code step, 10 × 7.5 in as the 4:3 deck', () => {
    expect(file.slides).toHaveLength(33);
    expect(file.presentation).toMatch(/<p:sldSz cx="9144000" cy="6858000"/);
  });

  test('writes the titles and the words as text, each slide with text of its own', () => {
    expect(shapeText(file.slides[0], 'heading')).toEqual([['GitLab Runners: Docker-in-Docker Explained']]);
    expect(texts[0]).toContain('By Haseeb Majid');
    const outline = JSON.parse(readFileSync(join(deck, 'dist/deck.json'), 'utf8')).outline as { title: string }[];
    const all = texts.flat();
    const titled = outline.filter((entry) => all.includes(entry.title));
    // The few outline entries that are not headings are a slide's first words (`Runner needs…`).
    expect(titled.length).toBeGreaterThanOrEqual(20);
    expect(all).toEqual(expect.arrayContaining(['What are GitLab Runners?', 'Docker Compose', 'Appendix']));
    // No slide is a picture alone: the diagrams' slides have their number at least.
    for (const [i, xml] of file.slides.entries()) expect(textShapes(xml).length, `slide ${i + 1}`).toBeGreaterThan(0);
    const shown = file.slides.flatMap(pictures);
    expect(shown).toHaveLength(4);
    expect(shown[0]).toMatch(/^Shell executor: /);
  });

  test('writes code as lines of text in JetBrains Mono, each step with its own line lit', () => {
    const services = file.slides.findIndex((xml) => shapeText(xml, 'code')[0]?.[0] === 'services-example:');
    expect(services).toBeGreaterThan(0);
    expect(shapeText(file.slides[services], 'code')[0]).toEqual([
      'services-example:',
      '  image: docker:24.0.7',
      '  services:',
      '    - docker:dind',
      '    - nginx',
      '  script:',
      '    - sleep 5',
      '    - wget -O - http://nginx:80',
      '    - docker ps -a',
    ]);
    expect(shapeText(file.slides[services], 'line numbers')[0]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(file.slides[services]).toMatch(/<a:latin typeface="JetBrains Mono" pitchFamily="49"/);
    // As in the PDF: six steps, each with one line lit.
    expect(file.slides.map((xml) => rects(xml, 'highlighted line')).filter((n) => n > 0)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  test("puts each slide's notes in its notes pane, list items as bullets", () => {
    const executors = texts.findIndex((t) => t.includes('What are Executors?'));
    expect(notesText(file.notes[executors])).toContain('• Each job runs separate');
    const dood = texts.findIndex((t) => t.includes('DooD'));
    expect(notesText(file.notes[dood])).toEqual(expect.arrayContaining(['• Mount the socket', '• Unix socket that we use']));
    expect(file.notes.filter((n) => n.includes('<a:t>•')).length).toBeGreaterThanOrEqual(5);
  });

  test('links out from the footnotes and the appendix', () => {
    const all = file.slides.flatMap((xml, i) => links(xml, file.rels[i]));
    expect(all).toEqual(expect.arrayContaining(['https://docs.gitlab.com/runner/', 'https://gitlab.com/haseeb.majid1/ci-dind-docker-compose']));
    expect(links(file.slides[32], file.rels[32])).toEqual(['https://gitlab.com/haseeb.majid1/ci-dind-docker-compose']);
  });

  test("carries the front matter's title, author, description and keywords", () => {
    expect(file.core).toContain('<dc:title>Gitlab Runners Docker-in-Docker Explained</dc:title>');
    expect(file.core).toContain('<dc:creator>Haseeb Majid</dc:creator>');
    expect(file.core).toMatch(/<dc:subject>How GitLab Runners run CI jobs/);
    expect(file.core).toMatch(/<cp:keywords>GitLab, GitLab CI, .*Docker-in-Docker/);
  });

  test('with --no-steps: a slide per slide, each code block lit at every step’s lines', async () => {
    const out = join(deck, 'slides-only.pptx');
    const again = await pptx(['--root', deck, '--no-steps', '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/is up to date/);
    const slides = await openPptx(readFileSync(out));
    expect(slides.slides).toHaveLength(30);
    expect(slides.slides.map((xml) => rects(xml, 'highlighted line')).filter((n) => n > 0)).toEqual([2, 3, 1]);
  });

  test('LibreOffice opens it: a page per slide, the titles as text', () => {
    // CI installs it (.ci/run): there a missing LibreOffice is a failure, not a skip.
    test.skip(!existsSync(SOFFICE) && !process.env.CI, `${SOFFICE} is not installed (apt-get install libreoffice-impress)`);
    test.setTimeout(120_000);
    const out = mkdtempSync(join(tmpdir(), 'deck-pptx-lo-'));
    try {
      // A profile of its own: a LibreOffice already running (or another test) does not take the job.
      execFileSync(SOFFICE, [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(deck, TALK_PPTX)], {
        stdio: 'ignore',
        timeout: 100_000,
      });
      const pdf = join(out, 'gitlab-runners-docker-in-docker-explained.pdf');
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+33$/m);
      const words = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const title of ['What are GitLab Runners?', 'GitLab CI Services', 'Why do they work?', 'Appendix']) expect(words).toContain(title);
      expect(words).toContain('services-example:');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
