// Reveal plugin: when the browser blocks the speaker view's pop-up (S), says on the deck how to allow it.
//
// Protocol: S is rebound to the notes plugin's `open()`. Opening failed when `open()` throws (reveal
// 6.0.2 writes into `window.open`'s result before checking it for null) or when no message of the
// speaker view (`{ namespace: 'reveal-notes' }`, a heartbeat every second) arrives in time: a pop-up
// that a blocker closed at once never sends one. Any of its messages takes the help down again.
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import './popup-blocked.css';

const KEY_S = { keyCode: 83, key: 'S', description: 'Speaker view' };
/** How long the speaker view may take to report in; it sends its first heartbeat after about 1.5 s. */
export const CONNECT_TIMEOUT_MS = 5000;
/** How long the help stays up when no key is pressed. */
export const SHOW_MS = 15000;

export function PopupBlocked(): RevealPlugin {
  let box: HTMLElement | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  function hide(): void {
    clearTimeout(hideTimer);
    if (box) box.hidden = true;
    document.removeEventListener('keydown', hide, true);
  }

  function show(): void {
    clearTimeout(watchdog);
    if (!box) return;
    box.hidden = false;
    hideTimer = setTimeout(hide, SHOW_MS);
    // Capture phase: the key also does its usual job (S tries again, → moves on).
    document.addEventListener('keydown', hide, true);
  }

  function open(notes: NotesPlugin): void {
    hide();
    clearTimeout(watchdog);
    try {
      notes.open();
    } catch {
      show();
      return;
    }
    watchdog = setTimeout(show, CONNECT_TIMEOUT_MS);
  }

  return {
    id: 'popup-blocked',
    init(reveal: RevealApi) {
      // The speaker view's own previews run the deck too; they open nothing.
      if (reveal.isSpeakerNotes()) return;
      const notes = reveal.getPlugin('notes') as NotesPlugin | undefined;
      if (!notes) return;
      box = helpBox();
      reveal.getRevealElement()?.append(box);
      // After every plugin's init, so that this binding replaces the notes plugin's own.
      reveal.on('ready', () => reveal.addKeyBinding(KEY_S, () => open(notes)));
      window.addEventListener('message', (event) => {
        if (fromSpeakerView(event.data)) {
          clearTimeout(watchdog);
          hide();
        }
      });
    },
  };
}

function fromSpeakerView(data: unknown): boolean {
  if (typeof data !== 'string') return false;
  try {
    // Any JSON value: only an object with that namespace matches (`?.` covers null; other values have no such key).
    const message = JSON.parse(data) as { namespace?: unknown } | null;
    return message?.namespace === 'reveal-notes';
  } catch {
    return false;
  }
}

function helpBox(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'popup-blocked';
  box.setAttribute('role', 'alert');
  box.hidden = true;
  const site = location.host || 'this page';
  box.innerHTML =
    '<p class="popup-blocked-title">The speaker view was blocked</p>' +
    '<p>Your browser stopped its pop-up window. Allow pop-ups for <strong></strong> (click the blocked pop-up' +
    ' icon in the address bar, or open the site settings), then press <kbd>S</kbd> again.</p>';
  // textContent: the host is data, never markup.
  (box.querySelector('strong') as HTMLElement).textContent = site;
  return box;
}
