// The deck loader: Markdown files → Reveal sections, one pure stage after another. Each stage
// returns what it finds (diagnostics, assets) with its result; only `read` touches the disk.
//   read → frontMatter → splitSlides → extractNotes → renderSlide → assembleDeck → checkFiles
// `buildDeck` (build-deck.ts) is the pure middle; `loadDeck` (load-deck.ts) reads, builds through
// its cache, and checks the files. Code that runs on every build imports the light modules
// directly (load-deck, diagnostics, sections): this barrel brings in the whole renderer.

export { buildDeck } from './build-deck.ts';
export type { KnownNames } from './check-config.ts';
export { CATALOGUE, DIAGNOSTIC_CODES, type DiagnosticCode, formatCatalogue, RENDERED_CODES } from './codes.ts';
export { codeFrame, formatDiagnostic, hasErrors, sortDiagnostics } from './diagnostics.ts';
export { loadDeck } from './load-deck.ts';
export { renderSections, renderSlideSection } from './sections.ts';
export type * from './types.ts';
