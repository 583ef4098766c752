// `npm run present` as a speaker runs it: the projector, the speaker's phone (390×844, touch) and
// readers following, each in its own browser context. The phone drives the projector, the laptop's
// keys move the phone and the readers, the secret keeps everyone else out, nothing served without it
// holds the notes, and pages come back by themselves when the server does.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createLogger } from 'vite';
import WebSocket from 'ws';
import { position } from '../../src/tools/browser.ts';
import { startDevServer } from '../../src/tools/live-edit.ts';
import { openDeck } from './deck-reading.ts';
import { freePort } from './free-port.ts';
import { root, SITE_ALONE, scratchDeck, toolArgs } from './pdf-run.ts';
import { expect, freshPageTest as test } from './worker-page.ts';

interface Addresses {
  deck: string;
  speaker: string;
  follow: string;
}

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Starts `npm run present` on `deck` and resolves with the one line `--json` prints. */
function present(deck: string, port: number): Promise<{ child: ChildProcess; addresses: Addresses }> {
  const child = spawn(process.execPath, toolArgs('src/tools/present.ts', ['--root', deck, '--host', '127.0.0.1', '--port', String(port), '--json']), {
    cwd: root,
    env: { ...process.env, ...SITE_ALONE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, addresses: JSON.parse(line) as Addresses });
    });
    child.once('exit', (code) => reject(new Error(`present ended (${code}) before printing its addresses: ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

async function openPhone(browser: Browser, url: string): Promise<Page> {
  const phone = await (await browser.newContext(PHONE)).newPage();
  await phone.goto(url);
  await expect(phone.locator('html')).toHaveAttribute('data-state', 'connected');
  return phone;
}

test.describe('npm run present', () => {
  let deck = '';
  let port = 0;
  let server: { child: ChildProcess; addresses: Addresses };

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    deck = scratchDeck(join(root, 'tests/fixtures/decks/pacing'));
    // The site prepare.ts built of this deck, newer than its copied slides: present serves it as built.
    cpSync(join(root, 'node_modules/.cache/deck-tests/decks/pacing'), join(deck, 'dist'), { recursive: true });
    port = await freePort();
    server = await present(deck, port);
  });
  test.afterAll(async () => {
    await stop(server.child);
    rmSync(deck, { recursive: true, force: true });
  });

  test('the phone drives the projector; the laptop keys move every phone and reader', async ({ browser, page }) => {
    const { deck: deckUrl, speaker, follow } = server.addresses;
    await openDeck(page, deckUrl);
    await expect(page.locator('html')).toHaveAttribute('data-remote', 'connected');
    const [phone, second] = [await openPhone(browser, speaker), await openPhone(browser, speaker)];
    const reader = await (await browser.newContext(PHONE)).newPage();
    await openDeck(reader, follow);
    await expect(phone.locator('html')).toHaveAttribute('data-position', '0/0/-1');
    await expect(phone.locator('.phone-notes-text')).toContainText('This slide has data-timing="120"');

    // A tap on the phone's big Next button.
    await phone.locator('.phone-next-button').tap();
    await expect.poll(() => position(page)).toBe('1/0/0');
    for (const p of [phone, second]) await expect(p.locator('html')).toHaveAttribute('data-position', '1/0/-1');
    await expect.poll(() => position(reader)).toBe('1/0/0');
    // The slide has no notes: the phone shows none.
    await expect(phone.locator('.phone-notes-text')).toHaveText('');

    // The laptop's own key; then back from the second phone.
    await page.keyboard.press('ArrowRight');
    await expect(phone.locator('html')).toHaveAttribute('data-position', '2/0/-1');
    await expect.poll(() => position(reader)).toBe('2/0/0');
    await second.locator('.phone-prev').tap();
    await expect.poll(() => position(page)).toBe('1/0/0');
    await phone.screenshot({ path: test.info().outputPath('phone.png') });
  });

  test("the phone's pacing timer counts as reveal's speaker view does, from the deck's total_time", async ({ browser, page }) => {
    await openDeck(page, server.addresses.deck);
    await expect(page.locator('html')).toHaveAttribute('data-remote', 'connected');
    await page.keyboard.press('Home');
    await expect.poll(() => position(page)).toBe('0/0/0');
    const context = await browser.newContext(PHONE);
    await context.clock.install();
    const phone = await context.newPage();
    await phone.goto(server.addresses.speaker);
    await expect(phone.locator('html')).toHaveAttribute('data-position', '0/0/-1');
    // The pacing fixture: 600 s in all, the first slide 120 s, the other two share the rest.
    const timer = phone.locator('.phone-pacing');
    await expect(timer).toHaveAttribute('data-pace', 'on-track');
    await expect(timer).toHaveText(/^0:0[12]:\d\d$/);
    await context.clock.fastForward('03:00');
    await expect(timer).toHaveAttribute('data-pace', 'behind');
    await expect(timer).toHaveText(/^-0:01:0\d$/);
    await expect(phone.locator('.phone-elapsed')).toHaveText(/^0:03:0\d$/);
    // Three minutes passed at once, without a beat from the server: the phone gave the link up, as
    // one back from sleep does, and connects again. A tap while it is away is dropped (it says so).
    await expect(phone.locator('html')).toHaveAttribute('data-state', 'connected');
    await phone.locator('.phone-next-button').tap();
    await expect(phone.locator('html')).toHaveAttribute('data-position', '1/0/-1');
    // 120 + 240 s for the first two slides, 180 s gone: on track, three minutes left.
    await expect(timer).toHaveAttribute('data-pace', 'on-track');
    await expect(timer).toHaveText(/^0:0[23]:[05]\d$/);
    // A tap on the elapsed time sets it to where this slide should start: two minutes in, so ahead,
    // as reveal counts it, until the next tick. The clock stops first, for the assertion to see it.
    await context.clock.pauseAt((await phone.evaluate(() => Date.now())) + 5000);
    await phone.locator('.phone-elapsed').tap();
    await expect(phone.locator('.phone-elapsed')).toHaveText('0:02:00');
    await expect(timer).toHaveAttribute('data-pace', 'ahead');
    await context.close();
  });

  test('the phone in landscape shows both slides, the notes and the buttons without scrolling', async ({ browser }) => {
    const context = await browser.newContext({ ...PHONE, viewport: { width: 844, height: 390 } });
    const phone = await context.newPage();
    await phone.goto(server.addresses.speaker);
    await expect(phone.locator('html')).toHaveAttribute('data-state', 'connected');
    for (const part of ['.phone-current iframe', '.phone-next iframe', '.phone-notes', '.phone-prev', '.phone-next-button', '.phone-elapsed']) {
      const box = await phone.locator(part).boundingBox();
      expect(box, part).not.toBeNull();
      if (!box) continue;
      expect(box.width * box.height, part).toBeGreaterThan(1000);
      expect(box.x, part).toBeGreaterThanOrEqual(0);
      expect(box.y, part).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, part).toBeLessThanOrEqual(844 + 0.5);
      expect(box.y + box.height, part).toBeLessThanOrEqual(390 + 0.5);
    }
    expect(await phone.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: test.info().outputPath('phone-landscape.png') });
    await context.close();
  });

  test('refuses the phone page and its socket without the right secret, and slows wrong tries down', async ({ request }) => {
    const speaker = new URL(server.addresses.speaker);
    const base = `http://127.0.0.1:${port}`;
    expect((await request.get(`${base}/speaker/`)).status()).toBe(403);
    // The same page at its place in the built site.
    expect((await request.get(`${base}/src/phone/`)).status()).toBe(403);
    expect((await request.get(`${base}/speaker/?key=${speaker.searchParams.get('key')?.slice(1)}`)).status()).toBe(403);
    expect((await request.get(`${base}/?key=wrong`)).status()).toBe(403);
    expect((await request.get(speaker.href)).status()).toBe(200);
    // The socket: a wrong secret, and the right one from another site's page (its Origin), are refused.
    const opens = (url: string, origin: string, headers: Record<string, string> = {}) =>
      new Promise<number | 'open'>((resolve) => {
        const ws = new WebSocket(url, { origin, headers });
        ws.on('open', () => {
          ws.close();
          resolve('open');
        });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => resolve(0));
      });
    const key = speaker.searchParams.get('key') ?? '';
    expect(await opens(`ws://127.0.0.1:${port}/remote?role=speaker&key=${key}`, base)).toBe('open');
    expect(await opens(`ws://127.0.0.1:${port}/remote?role=speaker&key=x${key}`, base)).toBe(403);
    expect(await opens(`ws://127.0.0.1:${port}/remote?role=speaker&key=${key}`, 'http://evil.example')).toBe(403);
    // A site whose name now points at this machine (DNS rebinding) sends its own Host: not the projector.
    expect(await opens(`ws://127.0.0.1:${port}/remote?role=projector`, `http://evil.example:${port}`, { host: `evil.example:${port}` })).toBe(403);
    expect(await opens(`ws://127.0.0.1:${port}/remote?role=projector`, base)).toBe('open');
    // One wrong try since the right one (the projector sockets are no tries): two more are free, then each waits (250 ms, then 500 ms).
    const started = Date.now();
    for (let i = 0; i < 4; i++) expect((await request.get(`${base}/speaker/?key=guess${i}`)).status()).toBe(403);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250 + 500);
  });

  test('the address for the room serves no notes, and cannot drive the deck', async ({ request, browser }) => {
    const html = await (await request.get(server.addresses.follow)).text();
    expect(html).toContain('<h1');
    expect(html).not.toContain('class="notes"');
    expect(html).not.toContain('the other two share the rest');
    // The laptop's page holds them (its own speaker view, S, needs them).
    expect(await (await request.get(server.addresses.deck)).text()).toContain('the other two share the rest');
    const projector = await (await browser.newContext()).newPage();
    await openDeck(projector, server.addresses.deck);
    await expect(projector.locator('html')).toHaveAttribute('data-remote', 'connected');
    const before = await position(projector);
    // A reader's socket asks for the next slide and goes; its close comes after its message.
    const base = `http://127.0.0.1:${port}`;
    const reader = new WebSocket(`ws://127.0.0.1:${port}/remote?role=follower`, { origin: base });
    await new Promise((resolve) => reader.on('open', resolve));
    reader.send(JSON.stringify({ type: 'command', command: 'next' }));
    reader.close();
    await new Promise((resolve) => reader.on('close', resolve));
    // Then the phone asks once: the projector moves one slide, not two.
    const key = new URL(server.addresses.speaker).searchParams.get('key') ?? '';
    const phone = new WebSocket(`ws://127.0.0.1:${port}/remote?role=speaker&key=${key}`, { origin: base });
    await new Promise((resolve) => phone.on('open', resolve));
    phone.send(JSON.stringify({ type: 'command', command: 'next' }));
    const [h] = before.split('/').map(Number);
    await expect.poll(() => position(projector)).toBe(`${h + 1}/0/0`);
    phone.close();
  });

  test("a phone off the Wi-Fi says so, and is back on the deck's slide within 2 s of its return", async ({ page, browser }) => {
    await openDeck(page, server.addresses.deck);
    await expect(page.locator('html')).toHaveAttribute('data-remote', 'connected');
    const phone = await openPhone(browser, server.addresses.speaker);
    await expect.poll(() => phone.locator('html').getAttribute('data-position')).toBe((await position(page)).replace(/\/-?\d+$/, '/-1'));
    await phone.context().setOffline(true);
    await expect(phone.locator('html')).toHaveAttribute('data-state', 'reconnecting');
    await expect(phone.locator('.phone-status')).toHaveText('Reconnecting…');
    // The talk goes on from the laptop meanwhile.
    const [h] = (await position(page)).split('/').map(Number);
    const key = h > 0 ? 'ArrowLeft' : 'ArrowRight';
    const there = h > 0 ? h - 1 : h + 1;
    await page.keyboard.press(key);
    await expect.poll(() => position(page)).toBe(`${there}/0/0`);
    await phone.context().setOffline(false);
    await expect(phone.locator('html')).toHaveAttribute('data-state', 'connected', { timeout: 2000 });
    await expect(phone.locator('html')).toHaveAttribute('data-position', `${there}/0/-1`, { timeout: 2000 });
    // And it drives again.
    await phone.locator(h > 0 ? '.phone-next-button' : '.phone-prev').tap();
    await expect.poll(() => position(page)).toBe(`${h}/0/0`);
  });

  test('pages say they are reconnecting when the server stops, and come back on the same slide when it returns', async ({ page, browser }) => {
    await openDeck(page, server.addresses.deck);
    const reader = await (await browser.newContext()).newPage();
    await openDeck(reader, server.addresses.follow);
    const phone = await openPhone(browser, server.addresses.speaker);
    // The projector comes back where the deck was; the reader follows it there.
    await expect(page.locator('html')).toHaveAttribute('data-remote', 'connected');
    await expect.poll(async () => (await position(reader)) === (await position(page))).toBe(true);
    const [h] = (await position(page)).split('/').map(Number);
    const back = h > 0 ? 'ArrowLeft' : 'ArrowRight';
    const there = `${h > 0 ? h - 1 : h + 1}/0/0`;
    await page.keyboard.press(back);
    await expect.poll(() => position(reader)).toBe(there);
    await stop(server.child);
    await expect(reader.locator('.remote-status')).toHaveText('Reconnecting to the presenter…');
    await expect(reader.locator('html')).toHaveAttribute('data-remote', 'reconnecting');
    await expect(phone.locator('html')).toHaveAttribute('data-state', 'reconnecting');
    server = await present(deck, port);
    await expect(reader.locator('html')).toHaveAttribute('data-remote', 'connected', { timeout: 2000 });
    await expect(reader.locator('.remote-status')).toBeHidden();
    // Back on the same slide, and following again.
    expect(await position(reader)).toBe(there);
    await page.keyboard.press(back === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft');
    await expect.poll(() => position(reader), { timeout: 2000 }).toBe(`${h}/0/0`);
    // The phone's secret was the last run's: it says its address has ended, and stops trying.
    await expect(phone.locator('html')).toHaveAttribute('data-state', 'expired', { timeout: 5000 });
    await expect(phone.locator('.phone-status')).toContainText('Scan its new code');
  });

  test('npm run dev prints a speaker address too: the phone opens it and drives the page on the laptop', async ({ browser, page }) => {
    test.setTimeout(90_000);
    const lines: string[] = [];
    const logger = createLogger('warn');
    logger.info = (message) => void lines.push(message);
    const dev = await startDevServer(deck, { customLogger: logger, cacheDir: `${deck}-vite-cache` });
    try {
      // What Vite's command line prints once it listens.
      dev.server.printUrls();
      const speaker = /Speaker: (\S+)/.exec(lines.join('\n'))?.[1] ?? '';
      expect(speaker).toMatch(/\/speaker\/\?key=[\w-]{22}$/);
      expect((await page.request.get(speaker.replace(/key=.*/, 'key=wrong'), { maxRedirects: 0 })).status()).toBe(403);
      await openDeck(page, dev.url);
      await expect(page.locator('html')).toHaveAttribute('data-remote', 'connected');
      const phone = await openPhone(browser, speaker);
      await expect(phone.locator('.phone-notes-text')).toContainText('This slide has data-timing="120"');
      await phone.locator('.phone-next-button').tap();
      await expect.poll(() => position(page)).toBe('1/0/0');
      await page.keyboard.press('ArrowRight');
      await expect(phone.locator('html')).toHaveAttribute('data-position', '2/0/-1');
    } finally {
      await dev.close();
      rmSync(`${deck}-vite-cache`, { recursive: true, force: true });
    }
  });
});
