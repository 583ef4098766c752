// The benchmark's pure parts: medians, ratios, the budgets, the report's table and the SVG chart
// (read back through an XML parser, as a browser or a README renderer would).
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../bench/budgets.ts';
import { drawChart, escapeXml } from '../bench/chart.ts';
import { slidesIn, themedDeck } from '../bench/decks.ts';
import type { Result } from '../bench/metrics.ts';
import { marpMarkdown, revealMarkdown } from '../bench/peers.ts';
import { renderReport, resultTable } from '../bench/report.ts';
import { formatRatio, formatValue, median, ratio } from '../bench/stats.ts';
import { bundleHasParser } from '../bench/weigh.ts';

describe('median', () => {
  it('takes the middle run, or the mean of the two middle ones, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('leaves the runs it is given in their order', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });
});

describe('ratio and figures', () => {
  it('divides ours by theirs, and gives nothing to divide by zero or a missing figure', () => {
    expect(ratio(500, 1000)).toBe(0.5);
    expect(ratio(500, 0)).toBeUndefined();
    expect(ratio(undefined, 10)).toBeUndefined();
    expect(formatRatio(0.4567)).toBe('0.46×');
    expect(formatRatio(undefined)).toBe('–');
  });

  it('prints times, sizes and memory as a reader expects them', () => {
    expect(formatValue(640.4, 'ms')).toBe('640 ms');
    expect(formatValue(1234, 'ms')).toBe('1.23 s');
    expect(formatValue(52_850, 'bytes')).toBe('51.6 KB');
    expect(formatValue(900, 'bytes')).toBe('900 B');
    expect(formatValue(88.4, 'MB')).toBe('88 MB');
  });
});

const RESULTS: Result[] = [
  { metric: 'build-site', tool: 'ours', runs: [900, 800, 1000] },
  { metric: 'build-site', tool: 'reveal-md', runs: [500, 600, 400] },
  { metric: 'build-site', tool: 'marp', skipped: 'not installed' },
  { metric: 'first-slide', tool: 'ours', runs: [200, 240, 220] },
  { metric: 'first-slide', tool: 'reveal.js', runs: [500, 480, 520] },
  { metric: 'first-slide', tool: 'marp', runs: [210, 230, 250] },
  { metric: 'js-gzip', tool: 'ours', runs: [60 * 1024] },
  { metric: 'load-300', tool: 'ours', runs: [100] },
  { metric: 'load-3000', tool: 'ours', runs: [900] },
];

describe('resultTable', () => {
  it('has a row per measured metric, a column per tool, medians and us/them ratios', () => {
    const { tools, rows } = resultTable(RESULTS);
    expect(tools).toEqual(['ours', 'reveal.js', 'reveal-md', 'marp']);
    const build = rows.find((r) => r.label.startsWith('build the site'));
    expect(build?.cells.map((c) => c.text)).toEqual(['900 ms', '', '500 ms', 'n/a: not installed']);
    expect(build?.cells[2].ratio).toBe('1.80×');
    const first = rows.find((r) => r.label.startsWith('navigation'));
    expect(first?.cells[1]).toEqual({ text: '500 ms', ratio: '0.44×' });
  });
});

describe('checkBudgets', () => {
  it('checks each budget against the medians, and never passes one it could not measure', () => {
    const byName = Object.fromEntries(checkBudgets(RESULTS, { bundleHasParser: false }).map((b) => [b.name, b.met]));
    expect(byName['site build ≤ 1.0 s']).toBe(true);
    expect(byName['first slide ≤ 0.5× reveal.js with its plugins']).toBe(true);
    expect(byName['first slide no slower than Marp HTML']).toBe(true);
    expect(byName['client JS ≤ 56 KB gzip']).toBe(false);
    expect(byName['PDF ≤ 2.0 s after the build']).toBeUndefined();
    expect(byName['any theme ≤ 20 KB gzip']).toBeUndefined();
    expect(byName['3,000 slides load in ≤ 10× the 300-slide time']).toBe(true);
    expect(byName['no highlight.js or Markdown parser in the client JS']).toBe(true);
  });

  it('checks the PowerPoint export against 3 s', () => {
    const pptx = (ms: number) =>
      checkBudgets([...RESULTS, { metric: 'pptx', tool: 'ours', runs: [ms] }]).find((b) => b.name === 'PowerPoint ≤ 3.0 s after the build');
    expect(checkBudgets(RESULTS).find((b) => b.name === 'PowerPoint ≤ 3.0 s after the build')?.met).toBeUndefined();
    expect(pptx(2500)).toMatchObject({ met: true, detail: '2500 ms against 3000 ms' });
    expect(pptx(3500)?.met).toBe(false);
  });

  it('misses the first-slide budget when we are slower than half of reveal.js', () => {
    const slow = RESULTS.map((r) => (r.metric === 'first-slide' && r.tool === 'ours' ? { ...r, runs: [300] } : r));
    const check = checkBudgets(slow).find((b) => b.name.startsWith('first slide ≤'));
    expect(check).toMatchObject({ met: false, detail: '300 ms against 250 ms (half of reveal.js)' });
  });
});

describe('renderReport', () => {
  it('names the machine, the load, the chart and every budget with its verdict', () => {
    const text = renderReport(
      {
        date: '2026-11-28T00:00:00Z',
        machine: 'Test CPU, Node v20',
        cpus: 2,
        load: { start: [7.1, 6, 5], end: [8, 7, 6] },
        versions: { vite: '8.3.8' },
        runs: 5,
        commands: ['npm run build'],
        peersInstall: 'npm install reveal-md',
      },
      RESULTS,
      checkBudgets(RESULTS),
      'benchmarks.svg',
    );
    expect(text).toContain('2 CPUs; load average 7.10, 6.00, 5.00 at the start');
    expect(text).toContain('![This deck against the other tools](benchmarks.svg)');
    expect(text).toContain('| client JS ≤ 56 KB gzip | 60.0 KB against 56.0 KB | **missed** |');
    expect(text).toContain('| PDF ≤ 2.0 s after the build | not measured in this run | not checked |');
  });
});

describe('drawChart', () => {
  const svg = drawChart(RESULTS);
  const doc = parseDocument(svg, { xmlMode: true });
  const root = DomUtils.findOne((e) => e.name === 'svg', doc.children);

  it('is one SVG element with a size and a title', () => {
    expect(root?.attribs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(root?.attribs.height)).toBeGreaterThan(0);
    expect(DomUtils.textContent(DomUtils.findOne((e) => e.name === 'title', doc.children) ?? [])).toContain('This deck');
  });

  it('draws a bar per measured tool in each charted metric, scaled to the largest', () => {
    const bars = DomUtils.findAll((e) => e.name === 'g' && e.attribs['data-metric'] === 'first-slide', doc.children);
    expect(bars.map((g) => g.attribs['data-tool'])).toEqual(['ours', 'reveal.js', 'marp']);
    const width = (tool: string) =>
      Number(DomUtils.findOne((e) => e.name === 'rect', bars.find((g) => g.attribs['data-tool'] === tool)?.children ?? [])?.attribs.width);
    expect(width('ours') / width('reveal.js')).toBeCloseTo(220 / 500, 2);
    expect(DomUtils.textContent(bars[0])).toContain('220 ms');
    // A skipped peer draws no bar.
    const build = DomUtils.findAll((e) => e.name === 'g' && e.attribs['data-metric'] === 'build-site', doc.children);
    expect(build.map((g) => g.attribs['data-tool'])).toEqual(['ours', 'reveal-md']);
  });

  it('escapes text so the file stays well-formed XML', () => {
    const text = escapeXml('<a & "b">');
    const parsed = parseDocument(`<t>${text}</t>`, { xmlMode: true, decodeEntities: true });
    expect(DomUtils.textContent(parsed)).toBe('<a & "b">');
    expect(text).not.toMatch(/[<>&"](?!#)/);
  });
});

describe('peer talk', () => {
  const original = '+++\ntitle = "T"\n+++\n\n# Title\n\n---\n\n## Two\n\n<img data-src="images/dind.png">\n\nnotes:\n\n- say it\n\n----\n\n## Three\n';

  it('drops the Hugo front matter and points images at ours', () => {
    const md = revealMarkdown(original);
    expect(md.startsWith('# Title')).toBe(true);
    expect(md).toContain('images/dind.svg');
  });

  it('gives Marp one separator, notes as comments and images as Markdown', () => {
    const marp = marpMarkdown(revealMarkdown(original));
    expect(marp.startsWith('---\nmarp: true\n')).toBe(true);
    expect(marp).toContain('![w:600](images/dind.svg)');
    expect(marp).toContain('<!--\n- say it\n-->');
    expect(marp.split(/^---$/m).length - 2).toBe(3);
  });

  it('counts the slides a file holds, as generated decks do', () => {
    expect(slidesIn('+++\na = 1\n+++\n# One\n---\n## Two\n----\n## Three\n')).toBe(3);
  });
});

describe('themedDeck', () => {
  async function talk(first: string): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'bench-theme-'));
    await mkdir(join(root, 'slides'));
    await mkdir(join(root, 'images'));
    await writeFile(join(root, 'slides', '01.md'), first);
    await writeFile(join(root, 'slides', '02.md'), '## Two\n');
    return root;
  }
  const themed = async (first: string, theme: string) => {
    const root = await talk(first);
    await themedDeck(root, join(root, 'out'), theme);
    return readFile(join(root, 'out', 'slides', '01.md'), 'utf8');
  };

  it("replaces the front matter's theme, wherever it is set", async () => {
    expect(await themed('+++\ntitle = "T"\n\n[reveal_hugo]\ncustom_theme = "stylesheets/reveal/zoe.css"\nslide_number = true\n+++\n\n# One\n', 'night')).toBe(
      '+++\ntitle = "T"\n\n[reveal_hugo]\ntheme = "night"\nslide_number = true\n+++\n\n# One\n',
    );
  });

  it('adds one to front matter without a theme, or front matter to a talk without any', async () => {
    expect(await themed('+++\ntitle = "T"\n+++\n# One\n', 'sky')).toBe('+++\ntitle = "T"\ntheme = "sky"\n+++\n# One\n');
    expect(await themed('---\ntitle: T\n---\n# One\n', 'sky')).toBe('---\ntitle: T\ntheme: "sky"\n---\n# One\n');
    expect(await themed('# One\n', 'sky')).toBe('+++\ntheme = "sky"\n+++\n# One\n');
  });
});

describe('bundleHasParser', () => {
  async function dist(js: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'bench-dist-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', 'index.js'), js);
    return dir;
  }

  it("finds a parser's library code", async () => {
    expect(await bundleHasParser(await dist('/* https://github.com/markedjs/marked */ var x = 1;'))).toBe(true);
    expect(await bundleHasParser(await dist('hljs.registerLanguage("x", f);'))).toBe(true);
  });

  it("not the speaker view's page, which names marked.parse for notes we never send as Markdown", async () => {
    expect(await bundleHasParser(await dist('var page = "notesValue.innerHTML = marked.parse( data.notes );"; var $ = { parse: (n) => n };'))).toBe(false);
  });
});
