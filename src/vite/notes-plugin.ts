// Two changes to reveal.js's notes plugin, made as the site is served or built:
// - It bundles the `marked` Markdown parser (about a third of our client JS) so its speaker view can
//   render notes written as `data-markdown`. Our loader renders every note to HTML at build time, so
//   the build cuts marked out and hands the speaker window a parser that passes HTML through.
// - Its speaker view opens its preview of the current slide at `#/h/v`, without the fragment. That
//   preview then reports the slide with no step shown, and the speaker view sends that state back
//   to the main window: pressing S rewound the projector to the slide's first step. The preview
//   now opens at `#/h/v/f`, the state the main window is in. The CSP pins the speaker view's
//   script by the hash of this changed text (content-security-policy.ts).
import type { Plugin } from 'vite';

const PLUGIN_FILE = /[\\/]reveal\.js[\\/]dist[\\/]plugin[\\/]notes\.mjs$/;
const MARKED_REGION = /\/\/#region node_modules\/marked\/[^\n]*\n[\s\S]*?\/\/#endregion\n/;
// The plugin gives its speaker window marked as `window.marked`: `t.marked = $`.
const HANDOFF = /\.marked = ([A-Za-z_$][\w$]*)[,;]/;

export type Cut = { code: string; removedBytes: number } | { error: string };

/** The notes plugin's source without marked, or why it could not be cut (reveal.js changed shape). */
export function cutMarked(source: string): Cut {
  const region = MARKED_REGION.exec(source);
  if (!region) return { error: "marked's region (//#region node_modules/marked/…) is not in reveal.js's notes plugin" };
  const handoff = HANDOFF.exec(source.slice(region.index + region[0].length));
  if (!handoff) return { error: 'the notes plugin no longer hands marked to its speaker window as `window.marked`' };
  // Notes arrive as HTML: the speaker view's `marked.parse(notes)` is only reached for `data-markdown` notes.
  const standIn = `var ${handoff[1]} = { parse: (notes) => notes };\n`;
  return {
    code: source.slice(0, region.index) + standIn + source.slice(region.index + region[0].length),
    removedBytes: region[0].length - standIn.length,
  };
}

/** The speaker view's own line that builds its previews' address, and the same with the fragment. */
const PREVIEW_HASH = "var hash = '#/' + data.state.indexh + '/' + data.state.indexv;";
// `indexf` is undefined on a slide without fragments and -1 before the first: `#/h/v` is right for both.
const PREVIEW_HASH_AT_FRAGMENT = "var hash = '#/' + data.state.indexh + '/' + data.state.indexv + ( data.state.indexf > -1 ? '/' + data.state.indexf : '' );";

/** The notes plugin with its speaker view's previews opened at the main window's fragment, or why not. */
export function previewsAtFragment(source: string): { code: string } | { error: string } {
  const at = source.indexOf(PREVIEW_HASH);
  if (at < 0 || source.indexOf(PREVIEW_HASH, at + 1) >= 0)
    return { error: "the speaker view no longer builds its previews' address as `var hash = '#/' + data.state.indexh + '/' + data.state.indexv;`" };
  return { code: source.slice(0, at) + PREVIEW_HASH_AT_FRAGMENT + source.slice(at + PREVIEW_HASH.length) };
}

/**
 * Applies {@link previewsAtFragment} to reveal.js's notes plugin, and {@link cutMarked} in the
 * production build; a reveal.js of another shape stops the build.
 */
export function notesPlugin(): Plugin {
  let building = false;
  return {
    name: 'deck:notes-plugin',
    // Served unbundled in dev, so that this transform reaches it (the optimizer would skip it).
    config: () => ({ optimizeDeps: { exclude: ['reveal.js/plugin/notes'] } }),
    configResolved(config) {
      building = config.command === 'build';
    },
    transform(code, id) {
      if (!PLUGIN_FILE.test(id)) return null;
      const fixed = previewsAtFragment(code);
      if ('error' in fixed) return this.error(`${fixed.error}; see src/vite/notes-plugin.ts`);
      if (!building) return { code: fixed.code, map: null };
      const cut = cutMarked(fixed.code);
      if ('error' in cut) return this.error(`${cut.error}; see src/vite/notes-plugin.ts`);
      return { code: cut.code, map: null };
    },
  };
}
