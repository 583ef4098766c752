// Who may open the remote's socket as what (remote/sockets.ts), on a real server on loopback: the
// page's own origin only, the projector only from the laptop under its own name, the speaker only
// with the secret, readers freely; anything else refused with its status, and nothing but the
// protocol's small text messages heard. And the beat: every page hears one, and a page that stops
// answering (a phone gone from the Wi-Fi, its socket silent) is closed by the server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { type PresentServer, startPresentServer } from '../../src/remote/server.ts';

const SECRET = 'k'.repeat(22);

/** A present server of its own on a free loopback port, and the `host:port` it answers on. */
async function present(beatMs?: number): Promise<{ server: PresentServer; at: string }> {
  const server = await startPresentServer({ outDir: mkdtempSync(join(tmpdir(), 'present-')), host: '127.0.0.1', port: 0, secret: SECRET, beatMs });
  return { server, at: `127.0.0.1:${server.port}` };
}

let server: PresentServer;
let base = '';
beforeAll(async () => {
  ({ server, at: base } = await present());
});
afterAll(() => server.close());

/** 'open' once accepted, or the HTTP status it was refused with. */
function opens(path: string, headers: { origin?: string; host?: string } = {}, at = base): Promise<{ result: number | 'open'; ws?: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://${at}${path}`, { origin: headers.origin ?? `http://${at}`, headers: headers.host ? { host: headers.host } : {} });
    ws.on('open', () => resolve({ result: 'open', ws }));
    ws.on('unexpected-response', (_req, res) => resolve({ result: res.statusCode ?? 0 }));
    ws.on('error', () => resolve({ result: 0 }));
  });
}

it('lets each role in only as it may', async () => {
  const cases: [string, { origin?: string; host?: string }, number | 'open'][] = [
    ['/remote?role=follower', {}, 'open'],
    ['/remote?role=projector', {}, 'open'],
    [`/remote?role=speaker&key=${SECRET}`, {}, 'open'],
    ['/remote?role=speaker', {}, 403],
    [`/remote?role=speaker&key=${SECRET}x`, {}, 403],
    // Another site's page, even with the secret.
    [`/remote?role=speaker&key=${SECRET}`, { origin: 'http://evil.example' }, 403],
    ['/remote?role=follower', { origin: `https://${base}` }, 403],
    // A name rebound to this machine: its own Host, so not the laptop's page.
    ['/remote?role=projector', { origin: 'http://evil.example', host: 'evil.example' }, 403],
    // Names that only start or end like the laptop's own.
    ['/remote?role=projector', { origin: 'http://127.0.0.1.evil.example', host: '127.0.0.1.evil.example' }, 403],
    ['/remote?role=projector', { origin: 'http://evil.localhost', host: 'evil.localhost' }, 403],
    // The laptop's own name, with or without a port.
    ['/remote?role=projector', { origin: 'http://localhost', host: 'localhost' }, 'open'],
    ['/remote?role=admin', {}, 400],
    ['/remote', {}, 400],
    ['/other', {}, 404],
  ];
  for (const [path, headers, expected] of cases) {
    const { result, ws } = await opens(path, headers);
    ws?.close();
    expect(result, `${path} ${JSON.stringify(headers)}`).toBe(expected);
  }
});

it("routes the speaker's command to the projector, drops a reader's, and closes a socket that sends too much", async () => {
  const projector = (await opens('/remote?role=projector')).ws as WebSocket;
  const speaker = (await opens(`/remote?role=speaker&key=${SECRET}`)).ws as WebSocket;
  const reader = (await opens('/remote?role=follower')).ws as WebSocket;
  const heard: string[] = [];
  projector.on('message', (data) => heard.push(String(data)));
  reader.send(JSON.stringify({ type: 'command', command: 'prev' }));
  reader.send(Buffer.from(JSON.stringify({ type: 'command', command: 'prev' })), { binary: true });
  speaker.send(Buffer.from(JSON.stringify({ type: 'command', command: 'prev' })), { binary: true });
  speaker.send(JSON.stringify({ type: 'command', command: 'next' }));
  await expect.poll(() => heard).toEqual(['{"type":"command","command":"next"}']);
  const closed = new Promise<number>((resolve) => reader.on('close', (code) => resolve(code)));
  reader.send('x'.repeat(5000));
  // 1009: the message is too big.
  expect(await closed).toBe(1009);
  await expect.poll(() => server.hub.size).toBe(2);
  projector.close();
  speaker.close();
});

it('beats every page, and closes the socket of one that stops answering', async () => {
  const { server: beating, at } = await present(50);
  onTestFinished(() => beating.close());
  const ws = (await opens('/remote?role=follower', {}, at)).ws as WebSocket;
  const heard: string[] = [];
  ws.on('message', (data) => heard.push(String(data)));
  await expect.poll(() => heard.length).toBeGreaterThanOrEqual(2);
  expect(new Set(heard)).toEqual(new Set(['{"type":"beat"}']));
  expect(beating.hub.size).toBe(1);
  // The page goes quiet: nothing it receives is read, so no ping is answered (ws answers pings by
  // itself; pausing its net.Socket, which it keeps as `_socket`, is the one way to stop it).
  const closed = new Promise((resolve) => ws.once('close', resolve));
  (ws as unknown as { _socket: { pause(): void } })._socket.pause();
  await expect.poll(() => beating.hub.size, { timeout: 2000 }).toBe(0);
  ws.terminate();
  await closed;
});

it('answers a wrong secret more slowly after three tries, from the same address', async () => {
  // A server of its own: the wrong secrets of the other tests count against this address too.
  const { server: guarded, at } = await present();
  onTestFinished(() => guarded.close());
  const tries = async (key: string) => {
    const started = performance.now();
    const { result, ws } = await opens(`/remote?role=speaker&key=${key}`, {}, at);
    ws?.close();
    return { result, ms: performance.now() - started };
  };
  for (let i = 0; i < 3; i++) expect((await tries('wrong')).result).toBe(403);
  // The fourth waits a quarter of a second before its answer; the right secret is still let in.
  const fourth = await tries('wrong');
  expect(fourth.result).toBe(403);
  expect(fourth.ms).toBeGreaterThanOrEqual(240);
  expect((await tries(SECRET)).result).toBe('open');
});
