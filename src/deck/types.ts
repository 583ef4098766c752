// Types of every stage of the deck loader: read → front matter → split → notes → render → assemble.
import type { DiagnosticCode, Severity } from './codes.ts';

/** A problem found in the deck's source. Lines are 0-based here; only `formatDiagnostic` adds 1. */
export interface Diagnostic {
  severity: Severity;
  /** Stable rule id from the catalogue (`codes.ts`), e.g. `invalid-step`; tests and tools match on it. */
  code: DiagnosticCode;
  message: string;
  /** Path as the author knows it, e.g. `slides/03-ci.md`. */
  file: string;
  line: number;
  /** 0-based column. */
  column?: number;
  hint?: string;
}

/** One Markdown file of the deck, text normalised (no BOM, `\n` line ends). */
export interface SourceFile {
  path: string;
  text: string;
}

/** Everything the loader reads: the slide files in presentation order. */
export interface DeckSource {
  files: SourceFile[];
  /** What reading found: entries of slides/ that could not be read as slides. */
  diagnostics?: Diagnostic[];
}

/** Reveal options: plain JSON values only, so the config can be serialised into the bundle. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface DeckConfig {
  /** Page title; falls back to the first slide's heading. */
  title?: string;
  /** Who gives the talk: the page's and the PDF's author. */
  author?: string;
  /** One or two sentences on the talk: the page's description, the PDF's subject. */
  description?: string;
  /** Search words for the page and the PDF, from a list or a comma-separated string. */
  keywords?: string[];
  /** Theme name, e.g. `zoe` (from `custom_theme = "…/zoe.css"` or `theme`, at the top or in `[reveal_hugo]`). */
  theme?: string;
  /**
   * A stylesheet of the deck's own given as its theme (reveal-md's `theme: css/evo.css`), relative
   * to the deck; a theme of ours named so (`…/zoe.css`) stays `theme`.
   */
  themeFile?: string;
  /** A theme given as an address on the network (`https://…/x.css`): not loaded, reported. */
  themeUrl?: string;
  /** Code colours named by `code_theme`; otherwise those that suit the theme's background. */
  codeTheme?: 'light' | 'dark';
  /** Reveal options in camelCase, from `[reveal_hugo]` / `[reveal]` (TOML), `reveal:` or reveal-md's `revealOptions:` (YAML). */
  reveal: Record<string, JsonValue>;
  /** reveal-md's `separator`, `verticalSeparator`, `notesSeparator`: regexes, as written (separators.ts reads them). */
  separators?: { horizontal?: string; vertical?: string; notes?: string };
  /** reveal-md keys the front matter sets that this engine does not honour (`css`, `highlightTheme`…): each is warned of. */
  unsupported?: string[];
}

/** Result of the front matter stage: the config and where the Markdown body begins. */
export interface FrontMatter {
  config: DeckConfig;
  /** 0-based line of the first body line in the first file. */
  bodyStartLine: number;
}

/** A span of source lines that forms one leaf slide, before notes are separated. */
export interface SlideSource {
  file: string;
  /**
   * The slide's identity: its file and its 0-based place among that file's slides,
   * e.g. `slides/03-executors.md#2`. Edits to other files never change it; `diffDecks` says
   * where a slide went when its own file changed.
   */
  id: string;
  /** 0-based line where the slide's text begins (after its separator). */
  startLine: number;
  /** 0-based line after the slide's last line (exclusive). */
  endLine: number;
  /** The slide's Markdown (lines startLine..endLine joined). */
  text: string;
  /**
   * Lines (0-based, in the file) that start speaker notes: the notes separator outside code and
   * comments. The split stage finds them as it scans the fences; the notes stage takes the first.
   */
  notesAt: number[];
}

/** A horizontal slide: one or more vertical slides. */
export type StackSource = SlideSource[];

/** A slide with its speaker notes separated from its body. */
export interface SlideParts {
  source: SlideSource;
  body: string;
  /** Speaker notes Markdown, or undefined when the slide has no `notes:` line. */
  notes?: string;
  /** 0-based line where the notes' text begins. */
  notesLine?: number;
}

/** A rendered leaf slide: what becomes one `<section>`. */
export interface SlideHtml {
  /** Its source position, as `SlideSource.id`. */
  id: string;
  file: string;
  line: number;
  /** Attributes from `<!-- .slide: … -->` comments. */
  attributes: Record<string, string>;
  html: string;
  notesHtml?: string;
  /** Text of the slide's first heading, for the outline and the page title. */
  title?: string;
  /** What names a slide without a heading in the outline: its first words or an image's alt text. */
  label?: string;
  /** Code steps the slide adds beyond its first state (a count). */
  codeSteps: number;
  /** True when the slide (or its notes) has `$…$` or `$$…$$` math: the page then loads KaTeX's CSS. */
  math?: true;
}

/** A local file a slide references, relative to the deck root (e.g. `images/dind.svg`). */
export interface AssetRef {
  path: string;
  file: string;
  line: number;
}

/** One entry per slide, in order: the PDF's bookmarks, later a handout site's pages. */
export interface OutlineEntry {
  /** The slide's first heading as written; for a slide without one, its label or `Slide 4.2`. */
  title: string;
  /** True when `title` is the slide's own heading. */
  heading: boolean;
  /** Reveal indices of the slide. */
  h: number;
  v: number;
  /** The slide's `id` attribute, the target of `#/some-id` links. */
  id?: string;
}

export interface Deck {
  config: DeckConfig;
  /** Horizontal stacks of vertical slides. */
  stacks: SlideHtml[][];
  outline: OutlineEntry[];
  /** Local files the slides reference (images, iframes), in order of appearance. */
  assets: AssetRef[];
}

export interface LoadResult {
  deck: Deck;
  diagnostics: Diagnostic[];
}
