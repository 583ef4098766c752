// The corpus of public decks (tests/fixtures/corpus/, sources in its README): what each author
// wrote, what our loader is given (a reveal.js page's separators as front matter, as a reveal-md
// deck names them) and what reveal.js's markdown plugin is given (reveal-md strips the front matter
// and passes its separators, or its defaults). Used by tests/browser/prepare-corpus.ts and
// tests/unit/corpus.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export interface CorpusSource {
  kind: 'reveal-markdown' | 'reveal-md';
  title: string;
  language: string;
  repo: string;
  url: string;
  license: string;
  /** A reveal.js page's `data-separator`, `data-separator-vertical`, `data-separator-notes`. */
  separators?: { separator: string | null; vertical: string | null; notes: string | null };
  /** The Markdown sat in the page itself (reveal strips its indent). */
  inline?: boolean;
}

export const CORPUS_DIR = join(import.meta.dirname, 'fixtures/corpus');
/** reveal-md's defaults, where a reveal-md deck names no separators of its own. */
const REVEAL_MD_DEFAULTS = { separator: '\\r?\\n---\\r?\\n', vertical: '\\r?\\n----\\r?\\n' };
const RE_FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?=\n|$)/;

export const CORPUS_NAMES: readonly string[] = readdirSync(CORPUS_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/** Decks that do not build, with the errors that say what to change (the README says why each is right). */
export const CORPUS_ERRORS: Readonly<Record<string, string[]>> = JSON.parse(readFileSync(join(CORPUS_DIR, 'errors.json'), 'utf8'));

export function corpusSource(name: string): CorpusSource {
  return JSON.parse(readFileSync(join(CORPUS_DIR, name, 'source.json'), 'utf8')) as CorpusSource;
}

/** reveal's own dedent of inline Markdown (plugin/markdown `getMarkdownFromSlide`), for the text both get. */
function dedent(text: string): string {
  const spaces = /^\n?( *)/.exec(text)?.[1].length ?? 0;
  return spaces > 1 ? text.replace(new RegExp(`\\n? {${spaces}}(.*)`, 'g'), (_, line: string) => `\n${line}`) : text;
}

const yamlLine = (key: string, value: string | null | undefined) => (value ? `${key}: ${JSON.stringify(value)}\n` : '');

export interface CorpusDeck {
  /** The Markdown our loader reads, as `slides/<name>.md`. */
  ours: string;
  /** The Markdown reveal's plugin reads, and the separators its page gives it. */
  reveal: string;
  attributes: { separator?: string | null; vertical?: string | null; notes?: string | null };
}

export function corpusDeck(name: string): CorpusDeck {
  const source = corpusSource(name);
  const raw = readFileSync(join(CORPUS_DIR, name, 'deck.md'), 'utf8');
  const text = source.inline ? dedent(raw) : raw;
  if (source.kind === 'reveal-md') {
    const front = RE_FRONT_MATTER.exec(text);
    const given: ReturnType<typeof separatorsIn> = front ? separatorsIn(front[1]) : {};
    return {
      ours: text,
      // reveal-md's reader (yaml-front-matter) leaves the line end after the closing fence in the body.
      reveal: front ? text.slice(front[0].length) : text,
      attributes: { separator: given.separator ?? REVEAL_MD_DEFAULTS.separator, vertical: given.vertical ?? REVEAL_MD_DEFAULTS.vertical, notes: given.notes },
    };
  }
  const attributes: CorpusDeck['attributes'] = source.separators ?? {};
  // A presenter bringing a reveal.js deck names its page's separators in the front matter, as reveal-md decks do.
  const front = yamlLine('separator', attributes.separator) + yamlLine('verticalSeparator', attributes.vertical) + yamlLine('notesSeparator', attributes.notes);
  return { ours: front ? `---\n${front}---\n${text}` : text, reveal: text, attributes };
}

/** The separators a reveal-md front matter names, read with js-yaml as reveal-md reads them. */
function separatorsIn(yaml: string): { separator?: string; vertical?: string; notes?: string } {
  const data = load(yaml) as Record<string, unknown> | null;
  const text = (key: string) => (typeof data?.[key] === 'string' ? data[key] : undefined);
  return { separator: text('separator'), vertical: text('verticalSeparator'), notes: text('notesSeparator') };
}
