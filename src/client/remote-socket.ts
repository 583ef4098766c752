// The remote's socket as a page holds it (the projector, a reader, the phone): it reconnects by
// itself, at once and then at most a second apart, so a page is back within 2 s of the server.
// A link that went quiet (a phone off the Wi-Fi hears no close) is given up after SILENCE_MS
// without a beat, or as soon as the browser says it is offline.
import { type ClientMessage, REMOTE_PATH, type ServerMessage, SILENCE_MS } from '../remote/protocol.ts';

const RETRY_MAX_MS = 1000;

/** What the server says that a page acts on (beats only keep the link). */
export type DeckMessage = Exclude<ServerMessage, { type: 'beat' }>;

export interface RemoteEvents {
  open(): void;
  message(message: DeckMessage): void;
  /** The connection is gone; the next try is already planned. */
  lost(): void;
}

export interface RemoteSocket {
  /** Sends now, or drops the message while the link is away. */
  send(message: ClientMessage): void;
  /** Stops for good: no more tries. */
  close(): void;
}

/** Connects to the present server's socket with `query` (role, and the phone's secret). */
export function openRemoteSocket(query: string, on: RemoteEvents): RemoteSocket {
  let socket: WebSocket | undefined;
  let retry = 0;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;

  const listen = () => {
    clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => giveUp(0), SILENCE_MS);
  };
  /** Leaves the current socket to itself (its close may never come) and tries again after `wait` ms. */
  const giveUp = (wait: number) => {
    clearTimeout(silenceTimer);
    clearTimeout(retryTimer);
    const old = socket;
    socket = undefined;
    if (old) {
      old.onopen = old.onmessage = old.onclose = null;
      old.close();
    }
    if (closed) return;
    on.lost();
    retryTimer = setTimeout(connect, wait);
  };
  const connect = () => {
    const url = new URL(`${REMOTE_PATH}?${query}`, location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      retry = 0;
      listen();
      on.open();
    };
    ws.onmessage = (event) => {
      listen();
      const message = JSON.parse(String(event.data)) as ServerMessage;
      if (message.type !== 'beat') on.message(message);
    };
    ws.onclose = () => giveUp(Math.min(RETRY_MAX_MS, 100 * 2 ** retry++));
  };
  const offline = () => giveUp(RETRY_MAX_MS);
  const online = () => {
    // Back on the network: a new socket now, not at the next planned try.
    retry = 0;
    if (socket?.readyState !== WebSocket.OPEN) giveUp(0);
  };
  addEventListener('offline', offline);
  addEventListener('online', online);
  connect();
  return {
    send(message) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
    close() {
      closed = true;
      removeEventListener('offline', offline);
      removeEventListener('online', online);
      giveUp(0);
    },
  };
}
