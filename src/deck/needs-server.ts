// The page's word when its script could not run: browsers block the built site's module script
// and stylesheet from `file://`. Pure: returns the head and body HTML the Vite plugin inserts.
import { escapeHtml } from './escape-html.ts';

/** Set on `<html>` when the deck's script failed to load; the CSS below keys on it. */
export const NEEDS_SERVER_CLASS = 'deck-needs-server';

/**
 * `head`: a style and an inline (classic) script, which browsers do run from `file://`, listening
 * for the module script's load error. `body`: the notice, hidden unless that error came.
 * @param singleFile the self-contained copy beside the page (its file name), if the build wrote one
 */
export function renderNeedsServer(singleFile?: string): { head: string; body: string } {
  const head = `<style>
.${NEEDS_SERVER_CLASS}-notice { display: none; }
.${NEEDS_SERVER_CLASS} .${NEEDS_SERVER_CLASS}-notice { display: block; max-width: 38em; margin: 12vh auto; padding: 0 1.5em; font: 1.25rem/1.5 system-ui, sans-serif; color: #1d1d1f; }
.${NEEDS_SERVER_CLASS} body > .reveal { display: none; }
</style>
<script>
addEventListener('error', function (event) {
  if (event.target instanceof HTMLScriptElement) document.documentElement.classList.add('${NEEDS_SERVER_CLASS}');
}, true);
</script>`;
  const open = singleFile
    ? `<p>To present from a file, open <a href="${escapeHtml(encodeURI(singleFile))}">${escapeHtml(singleFile)}</a> in this folder instead: the whole deck in one file, which works offline.</p>\n`
    : '';
  const body = `<div class="${NEEDS_SERVER_CLASS}-notice" role="alert">
<h1>These slides need a web server</h1>
<p>Browsers do not run the slides' script from a file opened directly (<code>file://</code>).</p>
${open}<p>Or serve this folder, e.g. with <code>python3 -m http.server</code> in it, and open the address it prints.</p>
</div>`;
  return { head, body };
}
