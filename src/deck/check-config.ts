// Config checks: Reveal options Reveal does not have, and a theme no folder provides. Pure: the
// known option and theme names are given by the caller (reveal-options.ts, the theme folders).
import { closest, distance } from 'fastest-levenshtein';
import type { DeckConfig, Diagnostic, SourceFile } from './types.ts';

export interface KnownNames {
  /** Reveal's option names, camelCase; no check without them. */
  revealOptions?: readonly string[];
  /** The themes the site can load (`zoe`, `black`…); no check without them. */
  themes?: readonly string[];
}

const UNSUPPORTED_HINTS: Record<string, string> = {
  css: 'pick a theme (`theme: black`); the engine has no per-deck stylesheet yet',
  highlightTheme: 'code is coloured to suit the theme; `code_theme: dark` or `light` chooses',
  scripts: 'the deck runs no scripts of its own',
};

/** Beyond this many edits, a name is no misspelling of the closest one. */
const MAX_EDITS = 3;
const RE_UPPER = /[A-Z]/g;
/** What follows a key's name in TOML (`=`) or YAML (`:`). */
const RE_KEY_END = /^\s*[=:]/;

/** Diagnostics for `config`, placed on their key's line in the front matter (`frontEnd`: its closing line). */
export function checkConfig(file: SourceFile, frontEnd: number, config: DeckConfig, known: KnownNames): Diagnostic[] {
  const lines = file.text.split('\n').slice(0, frontEnd);
  const diagnostics: Diagnostic[] = [];
  const { revealOptions, themes } = known;
  if (revealOptions) {
    for (const key of Object.keys(config.reveal)) {
      if (revealOptions.includes(key)) continue;
      const snake = key.replace(RE_UPPER, (c) => `_${c.toLowerCase()}`);
      const near = closest(key, revealOptions);
      const hint = distance(key, near) <= MAX_EDITS ? `did you mean \`${near.replace(RE_UPPER, (c) => `_${c.toLowerCase()}`)}\`?` : undefined;
      diagnostics.push({
        severity: 'warning',
        code: 'unknown-option',
        file: file.path,
        ...keyPosition(lines, [snake, key]),
        message: `Reveal has no option \`${snake}\`; it is ignored`,
        ...(hint ? { hint } : {}),
      });
    }
  }
  for (const key of config.unsupported ?? []) {
    diagnostics.push({
      severity: 'warning',
      code: 'unsupported-option',
      file: file.path,
      ...keyPosition(lines, [key]),
      message: `reveal-md's \`${key}\` is not supported here; it is ignored`,
      hint: UNSUPPORTED_HINTS[key] ?? 'remove it, or ask for it in an issue',
    });
  }
  if (themes && config.theme !== undefined && !themes.includes(config.theme) && config.themeUrl) {
    diagnostics.push({
      severity: 'warning',
      code: 'unsupported-option',
      file: file.path,
      ...keyPosition(lines, ['custom_theme', 'theme']),
      message: `the theme \`${config.themeUrl}\` is on the network: the site loads styles from itself only (offline, and its policy); the default theme is used`,
      hint: 'download the stylesheet into the deck and name it: `theme: css/theme.css`',
    });
  } else if (themes && config.theme !== undefined && !themes.includes(config.theme) && !config.themeFile) {
    const near = config.theme ? closest(config.theme, themes) : undefined;
    diagnostics.push({
      severity: 'error',
      code: 'unknown-theme',
      file: file.path,
      ...keyPosition(lines, ['custom_theme', 'theme']),
      message: `unknown theme \`${config.theme}\``,
      hint: `${near && distance(config.theme, near) <= MAX_EDITS ? `did you mean \`${near}\`? ` : ''}themes: ${[...themes].sort().join(', ')}`,
    });
  }
  return diagnostics;
}

/** The line and column of the first `key =` / `key:` among `names`; the front matter's first line if none. */
export function keyPosition(lines: string[], names: string[]): { line: number; column?: number } {
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line];
    const trimmed = text.trimStart();
    const name = names.find((n) => trimmed.startsWith(n) && RE_KEY_END.test(trimmed.slice(n.length)));
    if (name) return { line, column: text.length - trimmed.length };
  }
  return { line: 0 };
}
