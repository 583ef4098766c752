// Front matter stage: TOML (`+++`) or YAML (`---`) at the top of the first file → DeckConfig.
import { load as loadLenientYaml } from 'js-yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { isRemoteUrl } from './remote-url.ts';
import type { DeckConfig, Diagnostic, FrontMatter, JsonValue, SourceFile } from './types.ts';

const FENCES = { '+++': 'toml', '---': 'yaml' } as const;
type Format = (typeof FENCES)[keyof typeof FENCES];

/** Tables whose keys are Reveal options (Hugo's reveal theme uses `reveal_hugo`). */
const REVEAL_TABLES = ['reveal_hugo', 'reveal'];
/** Keys of those tables that configure Hugo's theme, not Reveal; `custom_theme`/`theme` pick our theme. */
const HUGO_ONLY_KEYS = new Set([
  'custom_theme',
  'theme',
  'code_theme',
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
]);

/** reveal-md front matter keys that change what it shows and that this engine does not do: each gets a warning. */
const REVEAL_MD_UNSUPPORTED = ['css', 'highlightTheme', 'scripts', 'preprocessor', 'template', 'listingTemplate', 'scriptsDir', 'cssDir'];

const RE_SNAKE = /_([a-z0-9])/g;
const RE_THEME_NAME = /([^/\\]+?)(?:\.css)?$/;
const RE_CSS_FILE = /\.css$/i;
const RE_PARSER_PLACE = / at line \d+, column \d+:?$/;

/**
 * Reads the front matter of the deck's first file, if any.
 * @example `+++\ntitle = "T"\n[reveal_hugo]\nslide_number = true\n+++` → { title: 'T', reveal: { slideNumber: true } }
 */
export function frontMatter(file: SourceFile): FrontMatter & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lines = file.text.split('\n');
  const { fence, close } = fences(lines);
  const empty = { config: { reveal: {} }, bodyStartLine: 0, diagnostics };
  if (!fence) return empty;
  if (close < 0) {
    // A lone `---` first line is a (useless) slide separator in reveal; only TOML is unambiguous.
    if (fence === '+++') {
      diagnostics.push({
        severity: 'error',
        code: 'unclosed-front-matter',
        file: file.path,
        line: 0,
        column: 0,
        message: 'front matter opened with `+++` is never closed',
        hint: 'end it with a line `+++`',
      });
    }
    return empty;
  }
  const format = FENCES[fence];
  const data = parseData(format, lines.slice(1, close).join('\n'), file.path, diagnostics);
  return { config: toConfig(data ?? {}), bodyStartLine: close + 1, diagnostics };
}

/**
 * The front matter's opening fence on the first line, if any, and the line that closes it (-1 when
 * none does); trailing spaces allowed on both, as reveal-md's front matter reader allows them.
 */
function fences(lines: string[]): { fence?: keyof typeof FENCES; close: number } {
  const first = lines[0].trimEnd();
  if (!(first in FENCES)) return { close: -1 };
  const fence = first as keyof typeof FENCES;
  return { fence, close: lines.findIndex((line, i) => i > 0 && line.trimEnd() === fence) };
}

function parseData(format: Format, text: string, path: string, diagnostics: Diagnostic[]): Record<string, unknown> | undefined {
  try {
    const data: unknown = format === 'toml' ? parseToml(text) : parseYaml(text);
    // Empty YAML (or only comments) is null; the parsers give no undefined.
    if (data === null) return {};
    if (isTable(data)) return data;
    diagnostics.push({
      severity: 'error',
      code: 'invalid-front-matter',
      file: path,
      line: 1,
      message: `${format.toUpperCase()} front matter must be a table of keys`,
    });
  } catch (error) {
    const { line, column } = errorPosition(error);
    // The parser's own ` at line 2, column 9:` counts inside the front matter; the diagnostic's place is the file's.
    const message = explain(error instanceof Error ? error.message.split('\n')[0].replace(RE_PARSER_PLACE, '') : String(error));
    const lenient = format === 'yaml' ? lenientYaml(text) : undefined;
    if (lenient) {
      diagnostics.push({
        severity: 'warning',
        code: 'lenient-yaml',
        file: path,
        line: line + 1,
        column,
        message: `not valid YAML 1.2 (${message}); read as reveal-md reads it (js-yaml)`,
        hint: 'indent the lines that continue a value, or quote it on one line',
      });
      return lenient;
    }
    diagnostics.push({ severity: 'error', code: 'invalid-front-matter', file: path, line: line + 1, column, message: `${format.toUpperCase()}: ${message}` });
  }
  return undefined;
}

/**
 * The front matter as js-yaml reads it (reveal-md's reader, through yaml-front-matter), which
 * accepts what YAML 1.2 does not, such as a quoted value continued on unindented lines.
 */
function lenientYaml(text: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = loadLenientYaml(text);
    return isTable(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

const RE_TOML_PREFIX = /^Invalid TOML document: /;
/** The yaml parser ends its first line with the place, which the diagnostic already gives. */
const RE_YAML_PLACE = /:? at line \d+, column \d+:?$/;
const RE_CONTROL_IN_STRING = /control characters are not allowed in strings/;

/** smol-toml reports a string left open as the line break in it: say what the author did. */
function explain(message: string): string {
  const text = message.replace(RE_TOML_PREFIX, '').replace(RE_YAML_PLACE, '');
  return RE_CONTROL_IN_STRING.test(text) ? 'a string is never closed (a quote is missing before the end of the line)' : text;
}

/**
 * Front matter at the top of a later file: reveal would show it as a slide; we skip it, with a
 * warning. A `---` block counts only when it parses as a table of keys (else it is a separator).
 */
export function lateFrontMatter(file: SourceFile): { bodyStartLine: number; diagnostics: Diagnostic[] } {
  const lines = file.text.split('\n');
  const { fence, close } = fences(lines);
  if (close < 0) return { bodyStartLine: 0, diagnostics: [] };
  const text = lines.slice(1, close).join('\n');
  if (fence === '---' && !isKeyTable(text)) return { bodyStartLine: 0, diagnostics: [] };
  const diagnostics: Diagnostic[] = [
    {
      severity: 'warning',
      code: 'late-front-matter',
      file: file.path,
      line: 0,
      column: 0,
      message: 'front matter is read from the first file only; this one is ignored',
      hint: 'move its keys into the front matter of the first file',
    },
  ];
  return { bodyStartLine: close + 1, diagnostics };
}

function isKeyTable(yaml: string): boolean {
  try {
    const data: unknown = parseYaml(yaml);
    return isTable(data) && Object.keys(data).length > 0;
  } catch {
    return false; // not YAML: a slide between two separators
  }
}

/** 0-based position inside the front matter text, from either parser's error. */
function errorPosition(error: unknown): { line: number; column?: number } {
  if (error instanceof TomlError) return { line: error.line - 1, column: error.column - 1 };
  if (error instanceof YAMLParseError && error.linePos) {
    return { line: error.linePos[0].line - 1, column: error.linePos[0].col - 1 };
  }
  return { line: 0 };
}

function toConfig(data: Record<string, unknown>): DeckConfig {
  const config: DeckConfig = { reveal: {} };
  if (typeof data.title === 'string') config.title = data.title;
  if (typeof data.author === 'string') config.author = data.author;
  if (typeof data.description === 'string') config.description = data.description;
  const keywords = typeof data.keywords === 'string' ? data.keywords.split(',') : data.keywords;
  if (Array.isArray(keywords)) {
    const words = keywords
      .filter((k): k is string => typeof k === 'string')
      .map((k) => k.trim())
      .filter(Boolean);
    if (words.length > 0) config.keywords = words;
  }
  // The theme at the top (`theme = "black"`) or in a Reveal table, as Hugo's theme reads it.
  for (const options of [data, ...REVEAL_TABLES.map((table) => data[table])]) {
    if (!isTable(options)) continue;
    const theme = options.custom_theme ?? options.theme;
    if (typeof theme === 'string') config.theme = RE_THEME_NAME.exec(theme)?.[1];
    if (options.code_theme === 'light' || options.code_theme === 'dark') config.codeTheme = options.code_theme;
  }
  // reveal-md's `theme:` may name a stylesheet instead (buildDeck decides, knowing our themes).
  if (typeof data.theme === 'string' && data.custom_theme === undefined) {
    if (isRemoteUrl(data.theme)) config.themeUrl = data.theme;
    else if (RE_CSS_FILE.test(data.theme)) config.themeFile = data.theme.replace(/^\.\//, '');
  }
  for (const table of REVEAL_TABLES) {
    const options = data[table];
    if (!isTable(options)) continue;
    for (const [key, value] of Object.entries(options)) {
      if (!HUGO_ONLY_KEYS.has(key)) config.reveal[camelCase(key)] = toJson(value);
    }
  }
  // reveal-md's front matter: Reveal options under `revealOptions`, separators as regexes.
  if (isTable(data.revealOptions)) {
    for (const [key, value] of Object.entries(data.revealOptions)) config.reveal[camelCase(key)] = toJson(value);
  }
  const separators = {
    ...(typeof data.separator === 'string' ? { horizontal: data.separator } : {}),
    ...(typeof data.verticalSeparator === 'string' ? { vertical: data.verticalSeparator } : {}),
    ...(typeof data.notesSeparator === 'string' ? { notes: data.notesSeparator } : {}),
  };
  if (Object.keys(separators).length > 0) config.separators = separators;
  const unsupported = REVEAL_MD_UNSUPPORTED.filter((key) => data[key] !== undefined);
  if (unsupported.length > 0) config.unsupported = unsupported;
  return config;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

const camelCase = (key: string): string => key.replace(RE_SNAKE, (_, c: string) => c.toUpperCase());

/** TOML dates become strings; everything else a parser returns is already JSON. */
function toJson(value: unknown): JsonValue {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (isTable(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [camelCase(k), toJson(v)]));
  return value as JsonValue; // string | number | boolean | null: the only scalars TOML and YAML give
}
