// The tools presenters use instead, run on the same talk: where they are installed (a scratch folder
// outside the repository, never committed), the talk in each one's dialect, and their commands.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { revealPage } from '../reveal-page.ts';
import type { ToolId } from './metrics.ts';

/** Where the peers are installed: `DECK_BENCH_PEERS`, else ~/.cache/deck-bench-peers. */
export const PEERS_DIR = process.env.DECK_BENCH_PEERS ?? join(homedir(), '.cache/deck-bench-peers');
export const PEER_PACKAGES = ['reveal.js@6', 'reveal-md@6', '@marp-team/marp-cli@4', 'decktape@3'];
/** Slidev pulls in a whole Vite app and Playwright: installed on its own, only where it installs. */
export const SLIDEV_DIR = `${PEERS_DIR}-slidev`;

export const installCommand = (dir = PEERS_DIR, packages = PEER_PACKAGES) =>
  `mkdir -p ${dir} && cd ${dir} && (test -f package.json || echo '{"private":true}' > package.json) && PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund ${packages.join(' ')}`;

/** The peers' binaries, and which tools are missing (with how to install them). */
export function peerBin(name: string): string {
  return name === 'slidev' ? join(SLIDEV_DIR, 'node_modules/.bin/slidev') : join(PEERS_DIR, 'node_modules/.bin', name);
}

export function missingPeers(): Partial<Record<ToolId, string>> {
  const missing: Partial<Record<ToolId, string>> = {};
  const need: [ToolId, string][] = [
    ['reveal.js', join(PEERS_DIR, 'node_modules/reveal.js/dist/reveal.js')],
    ['reveal-md', peerBin('reveal-md')],
    ['marp', peerBin('marp')],
    ['decktape', peerBin('decktape')],
  ];
  for (const [tool, file] of need) if (!existsSync(file)) missing[tool] = 'not installed (see how above the table)';
  return missing;
}

/** Everything a puppeteer-driven peer needs to use Debian's Chromium and never download one. */
export function chromeEnv(chromium: string): Record<string, string> {
  return { PUPPETEER_EXECUTABLE_PATH: chromium, PUPPETEER_SKIP_DOWNLOAD: '1', CHROME_PATH: chromium, CHROME_NO_SANDBOX: '1' };
}

const RE_TOML_FRONT = /^\+\+\+\n[\s\S]*?\n\+\+\+\n/;
const RE_PNG = /images\/([\w-]+)\.png/g;

/** The author's single-file talk (reveal.js markdown) without its Hugo front matter, images as ours. */
export function revealMarkdown(original: string): string {
  return original.replace(RE_TOML_FRONT, '').replace(RE_PNG, 'images/$1.svg').trimStart();
}

/** The same talk in Marp's dialect: one separator, notes as comments, images as Markdown. */
export function marpMarkdown(markdown: string): string {
  const slides = markdown.split(/^-{3,4}$/m).map((slide) => {
    const [body, notes] = slide.split(/^notes?:\s*$/m);
    const withImages = body.replace(/<img[^>]*?data-src="([^"]+)"[^>]*>/g, '![w:600]($1)');
    return notes ? `${withImages.trimEnd()}\n\n<!--\n${notes.trim()}\n-->\n` : withImages;
  });
  return `---\nmarp: true\ntheme: default\npaginate: true\n---\n${slides.join('\n---\n')}`;
}

/** Slidev's dialect: Marp's (notes as trailing comments, `---` only) under Slidev's headmatter. */
export function slidevMarkdown(marp: string): string {
  return marp
    .replace(/^---\nmarp: true\n[\s\S]*?\n---\n/, '---\ntheme: default\ntitle: GitLab Runners Docker-in-Docker Explained\n---\n')
    .replace(/\]\(images\//g, '](./images/');
}

export interface PeerTalk {
  dir: string;
  /** Slidev's source, when Slidev is installed. */
  slidev?: string;
  /** reveal-md's source (its own front matter: the author's separators and notes marker). */
  revealMd: string;
  marp: string;
  /** A plain reveal.js 6 page: markdown + highlight + notes plugins, the talk's options. */
  revealPage: string;
}

/** Writes the talk for every peer under `dir` (outside the repository). */
export async function preparePeerTalk(seedFile: string, imagesDir: string, dir: string): Promise<PeerTalk> {
  const markdown = revealMarkdown(await readFile(seedFile, 'utf8'));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(imagesDir, join(dir, 'images'), { recursive: true });

  const revealMd = join(dir, 'talk.md');
  await writeFile(
    revealMd,
    `---\ntitle: GitLab Runners Docker-in-Docker Explained\nseparator: "^\\n---\\n$"\nverticalSeparator: "^\\n----\\n$"\nnotesSeparator: "^notes?:"\ntheme: white\nrevealOptions:\n  slideNumber: true\n  hash: true\n---\n\n${markdown}`,
  );
  const marp = join(dir, 'marp', 'talk.md');
  await mkdir(join(dir, 'marp'), { recursive: true });
  await cp(imagesDir, join(dir, 'marp', 'images'), { recursive: true });
  await writeFile(marp, marpMarkdown(markdown));

  let slidev: string | undefined;
  if (existsSync(join(SLIDEV_DIR, 'node_modules/.bin/slidev'))) {
    slidev = join(dir, 'slidev', 'talk.md');
    await mkdir(join(dir, 'slidev'), { recursive: true });
    await cp(imagesDir, join(dir, 'slidev', 'images'), { recursive: true });
    await writeFile(slidev, slidevMarkdown(marpMarkdown(markdown)));
  }

  const page = join(dir, 'reveal-page');
  await mkdir(page, { recursive: true });
  await cp(join(PEERS_DIR, 'node_modules/reveal.js/dist'), join(page, 'reveal'), { recursive: true });
  await cp(imagesDir, join(page, 'images'), { recursive: true });
  await writeFile(join(page, 'deck.md'), markdown);
  await writeFile(
    join(page, 'index.html'),
    revealPage({
      reveal: 'reveal',
      markdown: 'deck.md',
      title: 'GitLab Runners: Docker-in-Docker Explained',
      styles: ['plugin/highlight/monokai.css'],
      separators: { separator: '^\\n---\\n$', vertical: '^\\n----\\n$', notes: '^notes?:' },
      options: { slideNumber: true, hash: true },
    }),
  );
  return { dir, revealMd, marp, revealPage: page, ...(slidev ? { slidev } : {}) };
}
