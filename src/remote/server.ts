// The present server (`npm run present`): the built site, and the remote's WebSocket. Who may do
// what: the laptop (loopback) shows the deck and reports where it is; a phone with the speaker's
// secret gets the notes and drives; anyone else on the network may only follow, and is served no
// notes. Wrong secrets are refused (403, constant-time comparison) and slowed down.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { WebSocket, WebSocketServer } from 'ws';
import { UserError } from '../tools/user-error.ts';
import { type Peer, RemoteHub } from './hub.ts';
import { BEAT_MS, type PageMode, PHONE_PAGE, parseClientMessage, REMOTE_PATH, ROLE_META, type Role } from './protocol.ts';
import { matchesSecret } from './secret.ts';
import { stripNotes } from './strip-notes.ts';
import { Throttle } from './throttle.ts';

/** Where readers follow the deck: the page without notes, moving with the projector (a query: the page's files are relative to `/`). */
export const FOLLOW_PATH = '/?follow';
/** The phone's page. */
export const SPEAKER_PATH = '/speaker/';

export interface PresentServerOptions {
  outDir: string;
  /** The address to listen on: `0.0.0.0` for the room's network, `127.0.0.1` for this machine only. */
  host: string;
  port: number;
  secret: string;
  /** How often pages hear a beat (tests shorten it). */
  beatMs?: number;
}

export interface PresentServer {
  port: number;
  hub: RemoteHub;
  close(): Promise<void>;
}

const isLoopback = (req: IncomingMessage) => ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
/** The laptop's own page, by a name only it has: a site that rebinds its name to 127.0.0.1 sends its own Host. */
const isLocalHost = (req: IncomingMessage) => /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/.test(req.headers.host ?? '');

export async function startPresentServer(options: PresentServerOptions): Promise<PresentServer> {
  const hub = new RemoteHub();
  const throttle = new Throttle();
  const files = sirv(options.outDir, { dev: true, etag: false });
  const page = (file: string) => readFileSync(join(options.outDir, file), 'utf8');
  const withRole = (html: string, role: PageMode) => html.replace('</head>', `<meta name="${ROLE_META}" content="${role}">\n</head>`);

  /** Answers once the address's wrong tries have waited their turn; true when the secret is right. */
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

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://present');
    const html = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    // The phone's page, by its address or by its place in the built site.
    if (url.pathname === SPEAKER_PATH || url.pathname.startsWith(`/${dirname(PHONE_PAGE)}`)) {
      if (!(await admitted(req, url.searchParams.get('key')))) return void res.writeHead(403).end('forbidden');
      return html(page(PHONE_PAGE));
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (url.searchParams.has('follow')) return html(withRole(stripNotes(page('index.html')), 'follower'));
      // A preview on the phone (its secret in the query) and the laptop see the notes; no one else.
      const key = url.searchParams.get('key');
      if (key !== null) {
        if (!(await admitted(req, key))) return void res.writeHead(403).end('forbidden');
        return html(withRole(page('index.html'), 'preview'));
      }
      return isLoopback(req) ? html(withRole(page('index.html'), 'projector')) : html(withRole(stripNotes(page('index.html')), 'follower'));
    }
    // Other pages (the single file) hold the notes too: only the laptop reads them whole.
    if (url.pathname.endsWith('.html') && !isLoopback(req)) {
      const file = resolve(options.outDir, `.${url.pathname}`);
      if (!file.startsWith(resolve(options.outDir) + sep) || !existsSync(file)) return void res.writeHead(404).end();
      return html(stripNotes(readFileSync(file, 'utf8')));
    }
    files(req, res, () => {
      res.writeHead(404).end();
    });
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const refuse = (status: number) => {
      socket.end(`HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Bad Request'}\r\nConnection: close\r\n\r\n`);
    };
    const url = new URL(req.url ?? '/', 'http://present');
    // Only pages of this server: another site open in the phone's browser cannot reach the socket.
    if (url.pathname !== REMOTE_PATH || req.headers.origin !== `http://${req.headers.host}`) return refuse(403);
    const role = url.searchParams.get('role');
    const accept = (as: Role) => sockets.handleUpgrade(req, socket, head, (ws) => connect(ws, as));
    if (role === 'follower') return accept('follower');
    if (role === 'projector') return isLoopback(req) && isLocalHost(req) ? accept('projector') : refuse(403);
    if (role !== 'speaker') return refuse(400);
    admitted(req, url.searchParams.get('key')).then(
      (ok) => (ok ? accept('speaker') : refuse(403)),
      () => refuse(403),
    );
  });

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

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, resolve);
    });
  } catch (error) {
    if (error instanceof Error && /EADDRINUSE/.test(error.message)) throw new UserError(`port ${options.port} is busy: pick another with --port`);
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hub,
    close: () =>
      new Promise((resolve) => {
        clearInterval(beat);
        for (const ws of sockets.clients) ws.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
