// @vitest-environment happy-dom
// The remote's socket in a page: it gives up a link that went quiet (a phone off the Wi-Fi hears no
// close), comes back at once when the browser is online again, keeps beats to itself, and stops for
// good when closed. A stand-in WebSocket and fake timers: present.spec.ts runs the real one.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { openRemoteSocket, type RemoteSocket } from '../../../src/client/remote-socket.ts';
import { BEAT_MS, SILENCE_MS } from '../../../src/remote/protocol.ts';
import { FakeSocket, lastSocket } from './fake-socket.ts';

const events = () => {
  const log: string[] = [];
  return { log, on: { open: () => log.push('open'), message: (m: { type: string }) => log.push(m.type), lost: () => log.push('lost') } };
};
/** Every socket a test opens, closed after it: their online/offline listeners are the window's. */
const opened: RemoteSocket[] = [];
const open = (...args: Parameters<typeof openRemoteSocket>) => {
  const socket = openRemoteSocket(...args);
  opened.push(socket);
  return socket;
};

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
  vi.stubGlobal('WebSocket', FakeSocket);
});
afterEach(() => {
  for (const socket of opened.splice(0)) socket.close();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it('keeps a link that hears beats, and gives up one silent for SILENCE_MS for a new socket', () => {
  const { log, on } = events();
  open('role=speaker&key=k', on);
  expect(String(lastSocket().url)).toMatch(/^ws:\/\/[^/]+\/remote\?role=speaker&key=k$/);
  lastSocket().open();
  for (let i = 0; i < 5; i++) {
    vi.advanceTimersByTime(BEAT_MS);
    lastSocket().hear({ type: 'beat' });
  }
  expect(FakeSocket.all).toHaveLength(1);
  expect(log).toEqual(['open']);
  const quiet = lastSocket();
  vi.advanceTimersByTime(SILENCE_MS - 1);
  expect(FakeSocket.all).toHaveLength(1);
  vi.advanceTimersByTime(1);
  expect(quiet.closed).toBe(true);
  expect(log).toEqual(['open', 'lost']);
  vi.advanceTimersByTime(1);
  expect(FakeSocket.all).toHaveLength(2);
  // The old socket's late close changes nothing.
  quiet.onclose?.();
  expect(FakeSocket.all).toHaveLength(2);
  expect(log).toEqual(['open', 'lost']);
});

it('passes positions and commands on, never beats, and sends only while open', () => {
  const { log, on } = events();
  const socket = open('role=follower', on);
  socket.send({ type: 'command', command: 'next' });
  expect(lastSocket().sent).toEqual([]);
  lastSocket().open();
  lastSocket().hear({ type: 'beat' });
  lastSocket().hear({ type: 'position', h: 1, v: 0, f: -1 });
  socket.send({ type: 'command', command: 'next' });
  expect(log).toEqual(['open', 'position']);
  expect(lastSocket().sent).toEqual(['{"type":"command","command":"next"}']);
});

it('says it is lost when the browser goes offline, and tries again at once when it is back', () => {
  const { log, on } = events();
  open('role=follower', on);
  lastSocket().open();
  dispatchEvent(new Event('offline'));
  expect(log).toEqual(['open', 'lost']);
  expect(FakeSocket.all[0].closed).toBe(true);
  dispatchEvent(new Event('online'));
  vi.advanceTimersByTime(1);
  expect(FakeSocket.all).toHaveLength(2);
});

it('retries a refused socket sooner and later, at most a second apart, and never after close()', () => {
  const { on } = events();
  const socket = open('role=follower', on);
  const waits: number[] = [];
  for (let i = 0; i < 6; i++) {
    const count = FakeSocket.all.length;
    lastSocket().onclose?.();
    let waited = 0;
    while (FakeSocket.all.length === count) {
      vi.advanceTimersByTime(50);
      waited += 50;
    }
    waits.push(waited);
  }
  expect(waits).toEqual([100, 200, 400, 800, 1000, 1000]);
  socket.close();
  vi.advanceTimersByTime(10_000);
  dispatchEvent(new Event('online'));
  vi.advanceTimersByTime(10_000);
  expect(FakeSocket.all).toHaveLength(7);
});

it('uses wss on an https page, keeps an open link when the browser says online, and hears nothing after close()', () => {
  vi.stubGlobal('location', new URL('https://deck.example/speaker/?key=k'));
  const { log, on } = events();
  const socket = open('role=follower', on);
  expect(String(lastSocket().url)).toBe('wss://deck.example/remote?role=follower');
  lastSocket().open();
  dispatchEvent(new Event('online'));
  vi.advanceTimersByTime(1);
  expect(FakeSocket.all).toHaveLength(1);
  socket.close();
  expect(log).toEqual(['open']);
  dispatchEvent(new Event('offline'));
  vi.advanceTimersByTime(5000);
  expect(log).toEqual(['open']);
  expect(FakeSocket.all).toHaveLength(1);
  // Nothing goes out once closed.
  socket.send({ type: 'command', command: 'next' });
  expect(FakeSocket.all[0].sent).toEqual([]);
});
