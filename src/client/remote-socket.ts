// The remote's socket as a page holds it (the projector, a reader, the phone): it reconnects by
// itself, at once and then at most a second apart, so a page is back within 2 s of the server.
import { type ClientMessage, REMOTE_PATH, type ServerMessage } from '../remote/protocol.ts';

const RETRY_MAX_MS = 1000;

export interface RemoteEvents {
  open(): void;
  message(message: ServerMessage): void;
  /** The connection is gone; the next try is already planned. */
  lost(): void;
}

/** Connects to the present server's socket with `query` (role, and the phone's secret); `send` drops what comes while it is away. */
export function openRemoteSocket(query: string, on: RemoteEvents): { send(message: ClientMessage): void } {
  let socket: WebSocket | undefined;
  let retry = 0;
  const connect = () => {
    const url = new URL(`${REMOTE_PATH}?${query}`, location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      retry = 0;
      on.open();
    };
    ws.onmessage = (event) => on.message(JSON.parse(String(event.data)) as ServerMessage);
    ws.onclose = () => {
      on.lost();
      setTimeout(connect, Math.min(RETRY_MAX_MS, 100 * 2 ** retry++));
    };
  };
  connect();
  return {
    send(message) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
  };
}
