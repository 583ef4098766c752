// The present server's beat: every page hears one, and a page that stops answering (a phone gone
// from the Wi-Fi, its socket silent) is closed by the server. A short beat; real sockets on loopback.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type PresentServer, startPresentServer } from '../../src/remote/server.ts';

let server: PresentServer | undefined;
afterEach(async () => {
  await server?.close();
});

it('beats every page, and closes the socket of one that stops answering', async () => {
  server = await startPresentServer({ outDir: mkdtempSync(join(tmpdir(), 'present-')), host: '127.0.0.1', port: 0, secret: 's'.repeat(32), beatMs: 50 });
  const origin = `http://127.0.0.1:${server.port}`;
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/remote?role=follower`, { origin });
  const heard: string[] = [];
  ws.on('message', (data) => heard.push(String(data)));
  await new Promise((resolve) => ws.once('open', resolve));
  await expect.poll(() => heard.length).toBeGreaterThanOrEqual(2);
  expect(new Set(heard)).toEqual(new Set(['{"type":"beat"}']));
  expect(server.hub.size).toBe(1);
  // The page goes quiet: nothing it receives is read, so no ping is answered (ws answers pings by
  // itself; pausing its net.Socket, which it keeps as `_socket`, is the one way to stop it).
  const closed = new Promise((resolve) => ws.once('close', resolve));
  (ws as unknown as { _socket: { pause(): void } })._socket.pause();
  await expect.poll(() => server?.hub.size, { timeout: 2000 }).toBe(0);
  ws.terminate();
  await closed;
});
