import { describe, expect, it } from 'vitest';
import { frontMatter } from '../../src/deck/front-matter.ts';
import { formatDiagnostic } from '../../src/deck/index.ts';

const read = (text: string) => frontMatter({ path: 'slides/01.md', text });

describe('front matter', () => {
  it('reads TOML: title, theme, Reveal options in camelCase; Hugo keys ignored', () => {
    const r = read(
      '+++\ntitle = "Talk"\noutputs = ["Reveal"]\nlayout = "bundle"\n\n[reveal_hugo]\ncustom_theme = "stylesheets/reveal/zoe.css"\nslide_number = true\ncontrols_layout = "edges"\nhighlight_theme = "x"\n+++\n# Hi',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toEqual({ title: 'Talk', theme: 'zoe', reveal: { slideNumber: true, controlsLayout: 'edges' } });
    expect(r.bodyStartLine).toBe(11);
  });

  it('reads the author, description and keywords (a list, or words separated by commas)', () => {
    const toml = read('+++\ntitle = "T"\nauthor = "Ann"\ndescription = "About T."\nkeywords = ["ci", " docker "]\n+++\n');
    expect(toml.config).toEqual({ title: 'T', author: 'Ann', description: 'About T.', keywords: ['ci', 'docker'], reveal: {} });
    const yaml = read('---\nkeywords: ci, docker,\n---\n');
    expect(yaml.config.keywords).toEqual(['ci', 'docker']);
  });

  it('closes on a fence line with trailing spaces, as reveal-md reads it (a real deck had one)', () => {
    const yaml = read('--- \ntitle: Talk\n---   \n# Hi');
    expect(yaml.diagnostics).toEqual([]);
    expect(yaml.config.title).toBe('Talk');
    expect(yaml.bodyStartLine).toBe(3);
    expect(read('+++\ntitle = "T"\n+++\t\n# Hi').bodyStartLine).toBe(3);
  });

  it('reads YAML with a `reveal` table', () => {
    const r = read('---\ntitle: Talk\nreveal:\n  theme: black\n  slide_number: c\n  auto_slide: 5000\n---\n# Hi');
    expect(r.config).toEqual({ title: 'Talk', theme: 'black', reveal: { slideNumber: 'c', autoSlide: 5000 } });
    expect(r.bodyStartLine).toBe(7);
  });

  it('reads the theme at the top level too, and code_theme', () => {
    expect(read('+++\ntheme = "black"\n+++\n# Hi').config).toEqual({ theme: 'black', reveal: {} });
    expect(read('---\ncustom_theme: themes/night.css\ncode_theme: light\n---\n# Hi').config).toEqual({ theme: 'night', codeTheme: 'light', reveal: {} });
    expect(read('+++\n[reveal_hugo]\ncode_theme = "dark"\n+++\n').config).toEqual({ codeTheme: 'dark', reveal: {} });
  });

  it('leaves a deck without front matter alone', () => {
    expect(read('# Hi\n\n---\n\nMore')).toMatchObject({ config: { reveal: {} }, bodyStartLine: 0, diagnostics: [] });
  });

  it('reports bad TOML at its line and column in the file', () => {
    const r = read('+++\ntitle = "Talk"\nslide_number = \n+++\n');
    expect(r.diagnostics.map(formatDiagnostic)[0]).toMatch(/^slides\/01\.md:3:\d+ error invalid-front-matter: TOML: /);
  });

  it('reports bad YAML at its line and column in the file', () => {
    expect(read('---\ntitle: T\nauthor: a: b\n---\n').diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:3:9 error invalid-front-matter: YAML: Nested mappings are not allowed in compact mappings',
    ]);
    expect(read('---\ntitle: [unclosed\n---\n').diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:2:17 error invalid-front-matter: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports an unclosed `+++`', () => {
    expect(read('+++\ntitle = "x"\n# Hi').diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01.md:1:1 error unclosed-front-matter: front matter opened with `+++` is never closed\n  hint: end it with a line `+++`',
    ]);
  });
});
