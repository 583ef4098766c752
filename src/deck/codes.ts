// The catalogue of diagnostic codes: every problem the loader or `npm run check` can report.
// `npm run check -- --list` prints it; tests/fixtures/bad/<code>/ holds a deck that gives each one.

/** What a code usually is: errors fail `build`, `pdf` and `check`; warnings are reported. */
export type Severity = 'error' | 'warning';

export const CATALOGUE = {
  // Errors: the deck would show something broken.
  'no-slides': { severity: 'error', description: 'no Markdown files in slides/' },
  'unclosed-fence': {
    severity: 'error',
    description: 'a code fence that is never closed: an error when it swallows slide separators, a warning when it only runs to the end of its file',
  },
  'invalid-step': {
    severity: 'error',
    description: 'a code step spec (`[1-3|5]`) that does not parse, or names a line or range wholly past the end of its block',
  },
  'missing-file': { severity: 'error', description: 'a file a slide names (image, src, data-src, poster, data-background-*) does not exist' },
  'invalid-front-matter': { severity: 'error', description: 'the front matter does not parse as TOML or YAML' },
  'unclosed-front-matter': { severity: 'error', description: 'a `+++` front matter that is never closed' },
  'undefined-footnote': { severity: 'error', description: 'a footnote reference `[^n]` with no `[^n]:` definition on its slide' },
  'unknown-theme': { severity: 'error', description: 'the theme named in the front matter is neither ours nor a reveal.js theme' },
  'invalid-math': { severity: 'error', description: 'TeX between `$…$` or `$$…$$` that KaTeX cannot typeset' },
  'unclosed-comment': { severity: 'error', description: 'an HTML comment `<!--` that is never closed: it hides the rest of its file' },
  'outside-project': {
    severity: 'error',
    description: 'a file a slide names lies outside the project, or is a symlink that leads out of it: it would be published with the site',
  },
  'unreadable-file': { severity: 'error', description: 'a Markdown file in slides/ that cannot be read (no permission, a symlink to nothing)' },
  'invalid-attribute': { severity: 'error', description: 'an attribute name in `<!-- .slide: -->` or `<!-- .element: -->` that HTML does not allow' },
  'too-many-steps': { severity: 'error', description: "a code block whose steps × lines is too large to render (each step repeats the block's lines)" },
  // Warnings: the deck works, but probably not as meant.
  'missing-alt': { severity: 'warning', description: 'an image without alt text' },
  'unknown-language': { severity: 'warning', description: 'a code language highlight.js does not know: the block is not coloured' },
  'unknown-option': { severity: 'warning', description: 'a Reveal option that Reveal does not have (the closest one is named)' },
  'duplicate-notes': { severity: 'warning', description: 'a second `notes:` line in one slide (it becomes part of the notes)' },
  'unclosed-html': { severity: 'warning', description: 'a raw HTML element (`<iframe>`, `<script>`…) that is never closed' },
  'element-on-raw-html': {
    severity: 'warning',
    description: 'an `<!-- .element -->` comment after raw HTML that holds no element (only a comment): it is ignored',
  },
  'empty-slide': { severity: 'warning', description: 'a slide with nothing in it' },
  'unused-footnote': { severity: 'warning', description: 'a footnote defined but never referenced on its slide' },
  'separator-in-code': {
    severity: 'warning',
    description:
      'a code block holding a slide separator or a `notes:` line: probably a closing fence deleted; said at its opening fence, with the slides it takes in',
  },
  'remote-url': { severity: 'warning', description: "an image or media URL off the site's origin: the deck then needs a network" },
  'late-front-matter': { severity: 'warning', description: 'front matter outside the first file: it is ignored' },
  'step-past-end': {
    severity: 'warning',
    description: 'a step range that starts inside its code block and runs past its end: the lines that exist are highlighted',
  },
  'fragment-on-inline': {
    severity: 'warning',
    description:
      '`<!-- .element: class="fragment" -->` after a list item ending in a link or inline code: it lands on that element, as reveal.js does, not on the item',
  },
  'unsupported-option': {
    severity: 'warning',
    description: 'a reveal-md front matter key this engine does not honour (`css`, `highlightTheme`…), or a separator regex that cannot split',
  },
  'root-path': {
    severity: 'warning',
    description: "a file named from the site root (`/images/a.png`): it shows only where the deck is served at a domain's root",
  },
  'lenient-yaml': {
    severity: 'warning',
    description: "YAML front matter that is not valid YAML 1.2 but that js-yaml (reveal-md's reader) accepts: read as reveal-md reads it",
  },
  'not-a-slide-file': { severity: 'warning', description: 'an entry of slides/ named like a slide that is not a file (a folder `x.md`): it is skipped' },
  'too-deep': { severity: 'warning', description: 'Markdown nested deeper than markdown-it reads (100 levels): what lies deeper is not shown' },
  // From the rendered pass of `npm run check` (Chromium, at the deck's size).
  overflow: { severity: 'error', description: 'content that runs off the slide' },
  'hidden-highlight': { severity: 'error', description: 'a highlighted code line that is scrolled or cut out of view' },
  'broken-image': { severity: 'error', description: 'an image that fails to load in the built site' },
  'small-text': { severity: 'warning', description: "text that Reveal's scaling makes smaller than a readable size" },
} as const satisfies Record<string, { severity: Severity; description: string }>;

/** A stable rule id: the checker, the tests and the dev overlay match on it. */
export type DiagnosticCode = keyof typeof CATALOGUE;

export const DIAGNOSTIC_CODES = Object.keys(CATALOGUE) as DiagnosticCode[];

/** The codes only the rendered pass of `npm run check` gives (the loader never does). */
export const RENDERED_CODES: ReadonlySet<DiagnosticCode> = new Set(['overflow', 'hidden-highlight', 'broken-image', 'small-text']);

/** `code  severity  description`, one line a code, for `npm run check -- --list`. */
export function formatCatalogue(): string {
  const width = Math.max(...DIAGNOSTIC_CODES.map((c) => c.length));
  return DIAGNOSTIC_CODES.map((code) => `${code.padEnd(width)}  ${CATALOGUE[code].severity.padEnd(7)}  ${CATALOGUE[code].description}`).join('\n');
}
