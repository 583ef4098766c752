// Reveal plugin for `npm run present`: the page follows the remote's channel (remote/protocol.ts).
// The present server says what the page is with a meta tag; without one (any other host) the
// plugin does nothing. The projector reports where it is and obeys the speaker's commands; a
// reader's page follows; a preview on the phone is moved by the phone and opens no socket.
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { type PageMode, type Position, ROLE_META } from '../remote/protocol.ts';
import { type DeckMessage, openRemoteSocket, type RemoteSocket } from './remote-socket.ts';
import './remote.css';

export function pageMode(doc: Document = document): PageMode | undefined {
  const mode = doc.querySelector<HTMLMetaElement>(`meta[name="${ROLE_META}"]`)?.content;
  return mode === 'projector' || mode === 'follower' || mode === 'preview' ? mode : undefined;
}

export function Remote(): RevealPlugin {
  return {
    id: 'remote',
    init(reveal: RevealApi) {
      const mode = pageMode();
      // The preview is moved through reveal's postMessage API by the phone; the speaker view's own previews follow their window.
      if (!mode || mode === 'preview' || reveal.isSpeakerNotes()) return;
      const badge = document.createElement('div');
      badge.className = 'remote-status';
      badge.setAttribute('role', 'status');
      badge.hidden = true;
      document.body.append(badge);
      const here = (): Position => {
        const { h, v, f } = reveal.getIndices();
        return { h, v: v ?? 0, f: f ?? -1 };
      };
      let socket: RemoteSocket | undefined;
      const report = () => socket?.send({ type: 'position', ...here() });
      reveal.on('ready', () => {
        socket = openRemoteSocket(`role=${mode}`, {
          open() {
            badge.hidden = true;
            document.documentElement.dataset.remote = 'connected';
            if (mode === 'projector') report();
          },
          message: (message) => apply(reveal, message),
          lost() {
            document.documentElement.dataset.remote = 'reconnecting';
            badge.textContent = 'Reconnecting to the presenter…';
            badge.hidden = false;
          },
        });
      });
      if (mode === 'projector') for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(event, report);
    },
  };
}

/** A position moves the page there (the projector coming back after a reload, a reader following); a command moves the projector. */
function apply(reveal: RevealApi, message: DeckMessage): void {
  if (message.type === 'position') {
    const { h, v, f } = reveal.getIndices();
    if (h !== message.h || (v ?? 0) !== message.v || (f ?? -1) !== message.f) reveal.slide(message.h, message.v, message.f);
  } else if (message.command === 'next') reveal.next();
  else if (message.command === 'prev') reveal.prev();
  else reveal.slide(message.to.h, message.to.v, message.to.f);
}
