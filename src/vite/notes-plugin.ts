// Two changes to reveal.js's notes plugin, made as the site is served or built:
// - It bundles the `marked` Markdown parser (about a third of our client JS) so its speaker view can
//   render notes written as `data-markdown`. Our loader renders every note to HTML at build time, so
//   the build cuts marked out and hands the speaker window a parser that passes HTML through.
// - Its speaker view sent its preview's first, stale position back to the main window: pressing S
//   on a code step rewound the projector to the block's first step, and so did a step taken in
//   the half second after the preview loaded. Two lines of its script are fixed
//   (SPEAKER_VIEW_FIXES); the CSP pins that script by the hash of the fixed text
//   (content-security-policy.ts).
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

/**
 * Lines of the speaker view's script, each replaced by a fixed one. Both fixes keep the main window
 * the truth about where the talk is: the speaker view forwards its preview's moves to it, and
 * forwarded the preview's own first, stale position too.
 */
const SPEAKER_VIEW_FIXES: readonly { line: string; fixed: string; what: string }[] = [
  {
    what: "builds its previews' address",
    line: "var hash = '#/' + data.state.indexh + '/' + data.state.indexv;",
    // `indexf` is undefined on a slide without fragments and -1 before the first: `#/h/v` is right for both.
    fixed: "var hash = '#/' + data.state.indexh + '/' + data.state.indexv + ( data.state.indexf > -1 ? '/' + data.state.indexf : '' );",
  },
  {
    // The preview announces its slide as it loads, before the main window has said where it is
    // (`currentState`): two such events sent the second 500 ms later (a debounce), over a step taken since.
    what: "forwards its preview's moves",
    line: 'else if( supportedEvents.includes( data.eventName ) && currentState !== JSON.stringify( data.state ) ) {',
    fixed: 'else if( supportedEvents.includes( data.eventName ) && currentState !== undefined && currentState !== JSON.stringify( data.state ) ) {',
  },
];

/** The notes plugin with its speaker view fixed ({@link SPEAKER_VIEW_FIXES}), or which line it no longer has. */
export function fixSpeakerView(source: string): { code: string } | { error: string } {
  let code = source;
  for (const { line, fixed, what } of SPEAKER_VIEW_FIXES) {
    const at = code.indexOf(line);
    if (at < 0 || code.indexOf(line, at + 1) >= 0) return { error: `the speaker view no longer ${what} as \`${line}\`` };
    code = code.slice(0, at) + fixed + code.slice(at + line.length);
  }
  return { code };
}

/**
 * Applies {@link fixSpeakerView} to reveal.js's notes plugin, and {@link cutMarked} in the
 * production build; a reveal.js of another shape stops the build.
 */
export function notesPlugin(): Plugin {
  let building = false;
  return {
    name: 'deck:notes',
    // Served unbundled in dev, so that this transform reaches it (the optimizer would skip it).
    config: () => ({ optimizeDeps: { exclude: ['reveal.js/plugin/notes'] } }),
    configResolved(config) {
      building = config.command === 'build';
    },
    transform(code, id) {
      // In dev the id carries Vite's version query (`notes.mjs?v=…`).
      if (!PLUGIN_FILE.test(id.split('?')[0])) return null;
      const fixed = fixSpeakerView(code);
      if ('error' in fixed) return this.error(`${fixed.error}; see src/vite/notes-plugin.ts`);
      if (!building) return { code: fixed.code, map: null };
      const cut = cutMarked(fixed.code);
      if ('error' in cut) return this.error(`${cut.error}; see src/vite/notes-plugin.ts`);
      return { code: cut.code, map: null };
    },
  };
}
