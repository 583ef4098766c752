// The dev server's warnings on the page (`npm run dev` only): a small panel in a corner that says how
// many there are and, opened, lists them with file and line. Unlike Vite's error overlay it never
// covers the deck or takes the keys: a warning leaves the deck working, so rehearsal goes on, but a
// code block that swallowed two slides is seen at once rather than only in the terminal.
import './dev-warnings.css';

const PANEL_ID = 'deck-dev-warnings';

/** Shows `warnings` (formatted diagnostics), replacing what the panel showed; none hides it. */
export function showWarnings(warnings: readonly string[]): void {
  // The speaker view's previews are pages of the deck too: the panel belongs to the deck's own page.
  if (new URLSearchParams(location.search).has('receiver')) return;
  const panel = document.getElementById(PANEL_ID) ?? createPanel();
  const summary = panel.querySelector('summary');
  const list = panel.querySelector('ol');
  if (!summary || !list) return;
  panel.hidden = warnings.length === 0;
  // Warnings, and errors that leave the deck running (a missing image): problems, either way.
  summary.textContent = `${warnings.length} ${warnings.length === 1 ? 'problem' : 'problems'} in the slides`;
  list.replaceChildren(
    ...warnings.map((warning) => {
      const item = document.createElement('li');
      item.textContent = warning;
      return item;
    }),
  );
}

function createPanel(): HTMLDetailsElement {
  const panel = document.createElement('details');
  panel.id = PANEL_ID;
  panel.className = 'deck-dev-warnings';
  panel.append(document.createElement('summary'), document.createElement('ol'));
  // Clicks open and close it; they never reach Reveal (which would turn the slide).
  panel.addEventListener('click', (event) => event.stopPropagation());
  document.body.append(panel);
  return panel;
}
