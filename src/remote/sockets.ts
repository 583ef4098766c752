// The remote's WebSocket side, shared by `npm run present`'s server and the dev server: who may
// open `/remote` as what, the hub that routes their events, the beat that finds pages gone quiet,
// and the secret check with its slowdown, which the phone's pages use too.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { type Peer, RemoteHub } from './hub.ts';
import { BEAT_MS, parseClientMessage, REMOTE_PATH, type Role } from './protocol.ts';
import { matchesSecret } from './secret.ts';
import { Throttle } from './throttle.ts';

export interface RemoteSockets {
  hub: RemoteHub;
  /** True when the secret is right; wrong tries from one address wait longer each time. */
  admitted(req: IncomingMessage, key: string | null): Promise<boolean>;
  /** Handles an upgrade to `/remote` (accepted or refused); false for any other path, left to others. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): void;
}

export const isLoopback = (req: IncomingMessage) => ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
/** The laptop's own page, by a name only it has: a site that rebinds its name to 127.0.0.1 sends its own Host. */
const isLocalHost = (req: IncomingMessage) => /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/.test(req.headers.host ?? '');

export function remoteSockets(options: { secret: string; beatMs?: number }): RemoteSockets {
  const hub = new RemoteHub();
  const throttle = new Throttle();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 });

  async function admitted(req: IncomingMessage, key: string | null): Promise<boolean> {
    const address = req.socket.remoteAddress ?? '';
    const wait = throttle.delayFor(address);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (matchesSecret(key, options.secret)) {
      throttle.succeed(address);
      return true;
    }
    throttle.fail(address);
    return false;
  }

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://present');
    if (url.pathname !== REMOTE_PATH) return false;
    const refuse = (status: number) => {
      socket.end(`HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Bad Request'}\r\nConnection: close\r\n\r\n`);
    };
    // Only pages of this server: another site open in the phone's browser cannot reach the socket.
    if (req.headers.origin !== `http://${req.headers.host}`) {
      refuse(403);
      return true;
    }
    const role = url.searchParams.get('role');
    const accept = (as: Role) => sockets.handleUpgrade(req, socket, head, (ws) => connect(ws, as));
    if (role === 'follower') accept('follower');
    else if (role === 'projector') isLoopback(req) && isLocalHost(req) ? accept('projector') : refuse(403);
    else if (role !== 'speaker') refuse(400);
    else
      admitted(req, url.searchParams.get('key')).then(
        (ok) => (ok ? accept('speaker') : refuse(403)),
        () => refuse(403),
      );
    return true;
  }

  // Every page hears a beat, and answers the ping under it: one that has not answered since the last
  // beat is gone (a phone off the Wi-Fi) and its socket is closed here.
  const alive = new WeakSet<WebSocket>();
  const beat = setInterval(() => {
    for (const ws of sockets.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
      ws.send(JSON.stringify({ type: 'beat' }));
    }
  }, options.beatMs ?? BEAT_MS);
  beat.unref();

  function connect(ws: WebSocket, role: Role): void {
    const peer: Peer = { role, send: (message) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(message)) };
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    hub.join(peer);
    ws.on('message', (data, binary) => {
      const message = binary ? undefined : parseClientMessage(data.toString());
      if (message) hub.receive(peer, message);
    });
    ws.on('close', () => hub.leave(peer));
    ws.on('error', () => ws.terminate());
  }

  return {
    hub,
    admitted,
    upgrade,
    close() {
      clearInterval(beat);
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
    },
  };
}
