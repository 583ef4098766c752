// Themes: every theme the engine knows ships as files (no base64 fonts, nothing fetched from
// elsewhere), within the CSS budget, with code colours that suit its background, and up to date
// with the packages it is built from.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/repo-root.ts';
import { palette, readThemeLook } from '../../src/share/theme-look.ts';
import { themeBuilds } from '../../src/themes/build-themes.ts';
import { codeScheme, DEFAULT_THEME, themeFile, themeNames } from '../../src/themes/index.ts';

const root = REPO_ROOT;
const themes = join(root, 'src/themes');
const engine = join(root, 'src/client/engine');
const require = createRequire(import.meta.url);
const BUDGET = 20 * 1024;

/** A stylesheet with its local @imports in place, as Vite bundles it; the files its url()s name. */
function bundle(file: string): { css: string; urls: string[] } {
  const root = postcss.parse(readFileSync(file, 'utf8'), { from: file });
  const urls: string[] = [];
  root.walkAtRules('import', (rule) => {
    const inner = bundle(resolve(dirname(file), rule.params.replace(/^url\(|\)$|['"]/g, '')));
    urls.push(...inner.urls);
    rule.replaceWith(postcss.parse(inner.css));
  });
  root.walkDecls((decl) => {
    for (const [, url] of decl.value.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) urls.push(url);
  });
  return { css: root.toString(), urls };
}

/** A url() as Vite resolves it: relative to the stylesheet, else a package file. */
function exists(url: string, from: string): boolean {
  try {
    readFileSync(url.startsWith('.') ? resolve(from, url) : require.resolve(url));
    return true;
  } catch {
    return false;
  }
}

describe('themes', () => {
  it('are ours (zoe) and every reveal.js theme, the default among them', () => {
    expect(themeNames()).toEqual([
      'beige',
      'black',
      'black-contrast',
      'blood',
      'dracula',
      'league',
      'moon',
      'night',
      'serif',
      'simple',
      'sky',
      'solarized',
      'white',
      'white-contrast',
      'zoe',
    ]);
    expect(themeNames()).toContain(DEFAULT_THEME);
    expect(themeFile('nope')).toBeUndefined();
  });

  const engineCss = [join(engine, 'engine.css')].map((f) => bundle(f));

  it.each(themeNames())('%s: fonts as files, nothing from elsewhere, CSS within 20 KB gzip with the engine', (name) => {
    const file = join(themes, themeFile(name) ?? '');
    const theme = bundle(file);
    expect(theme.css).not.toMatch(/data:(font|application)/);
    expect(theme.css).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//);
    for (const url of [...theme.urls, ...engineCss.flatMap((e) => e.urls)]) expect(exists(url, dirname(file)), url).toBe(true);
    const size = gzipSync([theme.css, ...engineCss.map((e) => e.css)].join('\n')).length;
    console.log(`${name}: theme + engine CSS ${(size / 1024).toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(BUDGET);
  });

  it.each(themeNames())('%s: its code colours suit its background', async (name) => {
    const { background } = palette(await readThemeLook(join(themes, themeFile(name) ?? '')));
    const hex = background.length === 4 ? [...background.slice(1)].map((c) => c + c).join('') : background.slice(1);
    const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    // reveal's own test (colorBrightness < 128 is dark).
    const brightness = (r * 299 + g * 587 + b * 114) / 1000;
    expect(codeScheme(name), background).toBe(brightness < 128 ? 'dark' : 'light');
  });

  it('code_theme in the front matter wins over the theme', () => {
    expect(codeScheme('black', 'light')).toBe('light');
    expect(codeScheme('white', 'dark')).toBe('dark');
  });

  it("KaTeX's CSS, loaded by decks with math only, names woff2 files that exist", () => {
    const katex = bundle(join(engine, 'katex.css'));
    expect(katex.urls.length).toBeGreaterThan(10);
    expect(katex.urls.every((url) => url.endsWith('.woff2') && exists(url, engine))).toBe(true);
    expect(gzipSync(katex.css).length).toBeLessThanOrEqual(BUDGET);
  });

  it('are as build-themes.ts writes them from reveal.js and KaTeX (npm run themes)', () => {
    for (const [file, css] of themeBuilds()) expect(readFileSync(file, 'utf8'), file).toBe(css);
  });
});
