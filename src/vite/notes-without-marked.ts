// reveal.js's notes plugin bundles the `marked` Markdown parser (about a third of our client JS) so
// its speaker view can render notes written as `data-markdown`. Our loader renders every note to
// HTML at build time, so the speaker view never parses Markdown: the build cuts marked out of the
// plugin and hands the speaker window a parser that passes HTML through. The speaker view itself,
// and the inline script the CSP pins by hash, are left byte for byte as reveal ships them.
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

/** Applies {@link cutMarked} to reveal.js's notes plugin in the production build; a reveal.js it cannot cut stops the build. */
export function notesWithoutMarked(): Plugin {
  return {
    name: 'deck:notes-without-marked',
    apply: 'build',
    transform(code, id) {
      if (!PLUGIN_FILE.test(id)) return null;
      const cut = cutMarked(code);
      if ('error' in cut) this.error(`${cut.error}; see src/vite/notes-without-marked.ts`);
      else return { code: cut.code, map: null };
    },
  };
}
