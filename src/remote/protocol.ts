// The remote's one channel: small events over the present server's WebSocket (`/remote`), never
// the page's DOM. Typed for the server (hub.ts), the projector and follower pages (client/remote.ts)
// and the speaker's phone (client/phone.ts).

/** Where the deck is: Reveal's indices, `f` the fragment shown last (-1: none yet). */
export interface Position {
  h: number;
  v: number;
  f: number;
}

/** Who a socket is: the deck on the projector, the speaker's phone, or a reader following along. */
export type Role = 'projector' | 'speaker' | 'follower';

/**
 * What the deck's page is, as the present server tells it (a meta tag, client/remote.ts reads it):
 * the projector, a reader following, or a preview on the phone (moved by the phone, no socket).
 */
export type PageMode = 'projector' | 'follower' | 'preview';
/** The meta tag's name. */
export const ROLE_META = 'deck-remote';

/** The deck's page told what it is, as the present server and the dev server send it. */
export function withPageMode(html: string, mode: PageMode): string {
  return html.replace('</head>', `<meta name="${ROLE_META}" content="${mode}">\n</head>`);
}

/** What the speaker asks of the projector. */
export type Command = { command: 'next' } | { command: 'prev' } | { command: 'goto'; to: Position };

/** Page → server. */
export type ClientMessage = ({ type: 'position' } & Position) | ({ type: 'command' } & Command);

/** Server → page: where the deck is now; commands go to the projector only; a beat says the link is alive. */
export type ServerMessage = ({ type: 'position' } & Position) | ({ type: 'command' } & Command) | { type: 'beat' };

/**
 * The server sends every page a beat this often. A phone that leaves the Wi-Fi gets no close
 * (nothing reaches it to say so): a page that hears nothing for {@link SILENCE_MS} opens a new socket.
 */
export const BEAT_MS = 4000;
export const SILENCE_MS = 2.5 * BEAT_MS;

/** The phone's page in the repository, and so in the built site. */
export const PHONE_PAGE = 'src/phone/index.html';

/** The socket's path, and the query that names its role (and carries the speaker's secret). */
export const REMOTE_PATH = '/remote';

export function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const { h, v, f } = value as Record<string, unknown>;
  return [h, v, f].every((n) => Number.isInteger(n) && (n as number) >= -1 && (n as number) < 100_000);
}

/** A message from a page, or undefined for anything else (bad JSON, unknown type, a huge number). */
export function parseClientMessage(data: string): ClientMessage | undefined {
  if (data.length > 1000) return undefined;
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'position' && isPosition(m)) return { type: 'position', h: m.h as number, v: m.v as number, f: m.f as number };
  if (m.type !== 'command') return undefined;
  if (m.command === 'next' || m.command === 'prev') return { type: 'command', command: m.command };
  if (m.command === 'goto' && isPosition(m.to)) return { type: 'command', command: 'goto', to: { h: m.to.h, v: m.to.v, f: m.to.f } };
  return undefined;
}
