// Reveal plugin for `npm run present`: the page follows the remote's channel (remote/protocol.ts).
// The present server says what the page is with a meta tag; without one (any other host) the
// plugin does nothing. The projector reports where it is and obeys the speaker's commands; a
// reader's page follows; a preview on the phone is moved by the phone and opens no socket.
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { type PageMode, type Position, REMOTE_PATH, type ServerMessage } from '../remote/protocol.ts';
import './remote.css';

/** Reconnect at once, then no slower than this: back within 2 s of the server returning. */
const RETRY_MAX_MS = 1000;

export function pageMode(doc: Document = document): PageMode | undefined {
  const mode = doc.querySelector<HTMLMetaElement>('meta[name="deck-remote"]')?.content;
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
      let socket: WebSocket | undefined;
      let retry = 0;
      const connect = () => {
        const url = new URL(`${REMOTE_PATH}?role=${mode}`, location.href);
        url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
        const ws = new WebSocket(url);
        socket = ws;
        ws.onopen = () => {
          retry = 0;
          badge.hidden = true;
          document.documentElement.dataset.remote = 'connected';
          if (mode === 'projector') ws.send(JSON.stringify({ type: 'position', ...here() }));
        };
        ws.onmessage = (event) => apply(reveal, JSON.parse(String(event.data)) as ServerMessage);
        ws.onclose = () => {
          document.documentElement.dataset.remote = 'reconnecting';
          badge.textContent = 'Reconnecting to the presenter…';
          badge.hidden = false;
          setTimeout(connect, Math.min(RETRY_MAX_MS, 100 * 2 ** retry++));
        };
      };
      if (mode === 'projector') {
        const report = () => {
          if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'position', ...here() }));
        };
        for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(event, report);
      }
      reveal.on('ready', connect);
    },
  };
}

/** A position moves the page there (the projector coming back after a reload, a reader following); a command moves the projector. */
function apply(reveal: RevealApi, message: ServerMessage): void {
  if (message.type === 'position') {
    const { h, v, f } = reveal.getIndices();
    if (h !== message.h || (v ?? 0) !== message.v || (f ?? -1) !== message.f) reveal.slide(message.h, message.v, message.f);
  } else if (message.command === 'next') reveal.next();
  else if (message.command === 'prev') reveal.prev();
  else reveal.slide(message.to.h, message.to.v, message.to.f);
}
