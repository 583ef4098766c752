// Front matter values the author may write: what reaches Reveal, what is the page's, what is
// Hugo's and ignored, and what is a mistake reported at its place instead of thrown.
import { describe, expect, it } from 'vitest';
import { frontMatter } from '../../src/deck/front-matter.ts';
import { formatDiagnostic } from '../../src/deck/index.ts';
import { deckOf, shape } from './helpers.ts';

const read = (text: string) => {
  const result = frontMatter({ path: 'slides/01.md', text });
  return { ...result, diagnostics: result.diagnostics.map(formatDiagnostic) };
};

describe('Reveal options', () => {
  it("leaves out every key of Hugo's reveal theme: none of them is Reveal's", () => {
    const hugo = [
      'custom_theme',
      'theme',
      'custom_theme_compile',
      'custom_theme_options',
      'custom_css',
      'highlight_theme',
      'load_default_plugins',
      'plugins',
      'templates',
      'mermaid',
      'reveal_cdn',
      'highlight_cdn',
      'custom_css_on_top',
    ];
    const r = read(`+++\n[reveal_hugo]\n${hugo.map((key) => `${key} = "x"`).join('\n')}\nslide_number = true\n+++\n`);
    expect(r.config.reveal).toEqual({ slideNumber: true });
  });

  it('keeps TOML dates as text, camelCases keys inside tables and lists', () => {
    const r = read(
      '+++\n[reveal_hugo]\nwhen = 1979-05-27T07:32:00Z\nlist = [1979-05-27T00:00:00Z, {inner_key = 1}]\n[reveal_hugo.nested_table]\nsome_key = true\n+++\n',
    );
    expect(r.config.reveal).toEqual({
      when: '1979-05-27T07:32:00.000Z',
      list: ['1979-05-27T00:00:00.000Z', { innerKey: 1 }],
      nestedTable: { someKey: true },
    });
    expect(JSON.parse(JSON.stringify(r.config.reveal))).toEqual(r.config.reveal);
  });

  it("takes the theme's name from a path, and ignores a theme that is not a name", () => {
    expect(read('+++\n[reveal]\ntheme = "themes/zoe.css"\n+++\n').config.theme).toBe('zoe');
    expect(read('+++\n[reveal]\ntheme = "black"\n+++\n').config.theme).toBe('black');
    expect(read('+++\n[reveal]\ntheme = ""\n+++\n').config).toEqual({ reveal: {} });
    expect(read('+++\n[reveal]\ntheme = 5\n+++\n').config).toEqual({ reveal: {} });
  });

  it('reads an empty `reveal:` in YAML as no options', () => {
    expect(read('---\ntitle: T\nreveal:\n---\n')).toMatchObject({ config: { title: 'T', reveal: {} }, diagnostics: [] });
  });
});

describe("the page's fields", () => {
  it('takes title, author and description only as text', () => {
    expect(read('---\ntitle: 42\nauthor: [a, b]\ndescription: true\n---\n').config).toEqual({ reveal: {} });
  });

  it('keeps only words for keywords, and no keywords when none is left', () => {
    expect(read('---\nkeywords: [ci, 3, " docker ", ""]\n---\n').config.keywords).toEqual(['ci', 'docker']);
    expect(read('---\nkeywords: " , "\n---\n').config).toEqual({ reveal: {} });
  });
});

describe('what is front matter', () => {
  it("is nothing unless the first line is `+++` or `---`: a repeated first line is a slide's", () => {
    const r = read('Hello\n\n---\n\nHello\n');
    expect(r).toEqual({ config: { reveal: {} }, bodyStartLine: 0, diagnostics: [] });
    expect(shape(deckOf('Hello\n\n---\n\nHello\n'))).toEqual([1, 1]);
  });

  it('a lone `---` first line with no closing one is a separator, not an error', () => {
    expect(read('---\n# A\n')).toEqual({ config: { reveal: {} }, bodyStartLine: 0, diagnostics: [] });
  });

  it('empty, or only comments, is no options', () => {
    expect(read('---\n---\n# A')).toEqual({ config: { reveal: {} }, bodyStartLine: 2, diagnostics: [] });
    expect(read('---\n# a comment\n---\n')).toEqual({ config: { reveal: {} }, bodyStartLine: 3, diagnostics: [] });
    expect(read('+++\n+++\n')).toEqual({ config: { reveal: {} }, bodyStartLine: 2, diagnostics: [] });
  });
});

describe('mistakes', () => {
  it('front matter that is not a table of keys', () => {
    expect(read('---\nhello\n---\n# A').diagnostics).toEqual(['slides/01.md:2 error invalid-front-matter: YAML front matter must be a table of keys']);
    expect(read('---\n- a\n- b\n---\n').diagnostics).toEqual(['slides/01.md:2 error invalid-front-matter: YAML front matter must be a table of keys']);
  });

  it('bad TOML, at its line and column, in one line', () => {
    expect(read('+++\ntitle = "Talk"\nslide_number = \n+++\n').diagnostics).toEqual(['slides/01.md:3:16 error invalid-front-matter: TOML: invalid value']);
  });

  it("bad YAML far down the front matter: the place said once, in the file's terms", () => {
    const keys = Array.from({ length: 11 }, (_, i) => `key${i}: ${i}`).join('\n');
    expect(read(`---\n${keys}\nauthor: a: b\n---\n`).diagnostics).toEqual([
      'slides/01.md:13:9 error invalid-front-matter: YAML: Nested mappings are not allowed in compact mappings',
    ]);
  });

  it('still starts the slides after the front matter', () => {
    expect(read('---\ntitle: [\n---\n# A').bodyStartLine).toBe(3);
  });
});
