// The deck the Vite plugins share: loaded once, replaced by the dev server when a slide is saved.
import { basename, dirname, join, relative, sep } from 'node:path';
import { formatDiagnostic } from '../deck/diagnostics.ts';
import type { Diagnostic, LoadResult } from '../deck/index.ts';
import { loadDeck } from '../deck/load-deck.ts';
import { diagnosticFrame, isSlideName } from '../deck/read.ts';

/** Mistakes that stop the deck in dev too (the overlay shows them); a missing file only breaks its image. */
export const stopsDeck = (d: Diagnostic): boolean => d.severity === 'error' && d.code !== 'missing-file';

/** What the dev page lists of a deck's problems (its console and warnings panel): those that leave it running, formatted. */
export const pageProblems = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.filter((d) => !stopsDeck(d)).map(formatDiagnostic);

export class DeckStore {
  /** Folder holding the slides and the files they reference; set once Vite's config is resolved. */
  root = '';
  /** The themes the deck may name (`themeNames()` of src/themes); set with `root`. */
  themes: string[] | undefined;
  private result: Promise<LoadResult> | undefined;

  /** `loaded`: a deck another build in this process already read. */
  constructor(
    readonly slidesDir: string,
    loaded?: Promise<LoadResult>,
  ) {
    this.result = loaded;
  }

  /** The deck the pages show: the last one loaded without a mistake that stops it. */
  current(): Promise<LoadResult> {
    this.result ??= this.load();
    return this.result;
  }

  load(): Promise<LoadResult> {
    return loadDeck(this.root, this.slidesDir, this.themes);
  }

  set(result: LoadResult): void {
    this.result = Promise.resolve(result);
  }

  /** What an absolute path is to the deck: one of its Markdown files, a file it references, or nothing. */
  async kind(file: string): Promise<'slides' | 'asset' | undefined> {
    const path = relative(this.root, file).split(sep).join('/');
    if (dirname(path) === this.slidesDir && isSlideName(basename(path))) return 'slides';
    const { deck } = await this.current();
    return deck.assets.some((a) => a.path === path) ? 'asset' : undefined;
  }

  /**
   * Errors as Vite reports them: every message, and the first one's place and offending line (line
   * 1-based, column 0-based, as Vite's own errors), for the overlay and the build's output.
   */
  errorDetails(errors: Diagnostic[]): { message: string; id: string; frame: string; loc: { file: string; line: number; column: number } } {
    const [first] = errors;
    const file = join(this.root, first.file);
    return {
      message: errors.map(formatDiagnostic).join('\n'),
      id: file,
      frame: diagnosticFrame(this.root, first),
      loc: { file, line: first.line + 1, column: first.column ?? 0 },
    };
  }
}
