// The present server (`npm run present`): the built site, and the remote's WebSocket. Who may do
// what: the laptop (loopback) shows the deck and reports where it is; a phone with the speaker's
// secret gets the notes and drives; anyone else on the network may only follow, and is served no
// notes. Wrong secrets are refused (403, constant-time comparison) and slowed down.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { UserError } from '../tools/user-error.ts';
import type { RemoteHub } from './hub.ts';
import { PHONE_PAGE, withPageMode } from './protocol.ts';
import { isLoopback, remoteSockets } from './sockets.ts';
import { stripNotes } from './strip-notes.ts';

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

export async function startPresentServer(options: PresentServerOptions): Promise<PresentServer> {
  const remote = remoteSockets({ secret: options.secret, beatMs: options.beatMs });
  const { admitted } = remote;
  const files = sirv(options.outDir, { dev: true, etag: false });
  const page = (file: string) => readFileSync(join(options.outDir, file), 'utf8');

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
      if (url.searchParams.has('follow')) return html(withPageMode(stripNotes(page('index.html')), 'follower'));
      // A preview on the phone (its secret in the query) and the laptop see the notes; no one else.
      const key = url.searchParams.get('key');
      if (key !== null) {
        if (!(await admitted(req, key))) return void res.writeHead(403).end('forbidden');
        return html(withPageMode(page('index.html'), 'preview'));
      }
      return isLoopback(req) ? html(withPageMode(page('index.html'), 'projector')) : html(withPageMode(stripNotes(page('index.html')), 'follower'));
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

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (!remote.upgrade(req, socket, head)) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });

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
    hub: remote.hub,
    close: () =>
      new Promise((resolve) => {
        remote.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
