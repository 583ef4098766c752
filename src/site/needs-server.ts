// The page's word when its script could not run: browsers block the built site's module script
// and stylesheet from `file://`. Pure: returns the head and body HTML the Vite plugin inserts.
import { escapeHtml } from '../deck/escape-html.ts';

/** Set on `<html>` when the deck's script failed to load; the CSS below keys on it. */
export const NEEDS_SERVER_CLASS = 'deck-needs-server';

/** The classic script beside the page that listens for the module script's failure. */
export const NEEDS_SERVER_FILE = 'needs-server.js';

/**
 * Its text. A file, not an inline script, so the site runs under a Content-Security-Policy with
 * `script-src 'self'`; a classic script, which browsers do run from `file://` (module scripts not).
 */
export const NEEDS_SERVER_SCRIPT = `// Shows the page's notice when the deck's module script fails to load (the page opened from file://).
addEventListener('error', function (event) {
  if (event.target instanceof HTMLScriptElement) document.documentElement.classList.add('${NEEDS_SERVER_CLASS}');
}, true);
`;

/**
 * `head`: a style and the classic script (`NEEDS_SERVER_FILE`, relative to the page so any sub-path
 * works), listening for the module script's load error. Deferred: a blocking script held back every
 * visitor's module script by one request (it was fetched only once this one had run); deferred
 * scripts run in document order, so its listener is in place before the module script's error fires. `body`: the notice, hidden unless that error came.
 * @param singleFile the self-contained copy beside the page (its file name), if the build wrote one
 */
export function renderNeedsServer(singleFile?: string): { head: string; body: string } {
  const head = `<style>
.${NEEDS_SERVER_CLASS}-notice { display: none; }
.${NEEDS_SERVER_CLASS} .${NEEDS_SERVER_CLASS}-notice { display: block; max-width: 38em; margin: 12vh auto; padding: 0 1.5em; font: 1.25rem/1.5 system-ui, sans-serif; color: #1d1d1f; }
.${NEEDS_SERVER_CLASS} body > .reveal { display: none; }
</style>
<script src="${NEEDS_SERVER_FILE}" defer></script>`;
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
