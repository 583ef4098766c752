// The remote's pieces without sockets: the secret, the messages a page may send, who hears what,
// and the slowing down of wrong tries.
import { describe, expect, it } from 'vitest';
import { RemoteHub } from '../../src/remote/hub.ts';
import { parseClientMessage, type Role, type ServerMessage } from '../../src/remote/protocol.ts';
import { matchesSecret, newSecret } from '../../src/remote/secret.ts';
import { stripNotes } from '../../src/remote/strip-notes.ts';
import { Throttle } from '../../src/remote/throttle.ts';

describe('the secret', () => {
  it('is 128 random bits as 22 URL-safe characters, new each time', () => {
    const secrets = Array.from({ length: 50 }, newSecret);
    for (const s of secrets) expect(s).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(secrets).size).toBe(50);
    expect(Buffer.from(secrets[0], 'base64url')).toHaveLength(16);
  });

  it('matches only itself: not a prefix, not a longer string, not nothing', () => {
    const secret = newSecret();
    expect(matchesSecret(secret, secret)).toBe(true);
    for (const wrong of [secret.slice(0, -1), `${secret}x`, '', null, undefined, secret.toUpperCase() === secret ? 'x' : secret.toUpperCase()]) {
      expect(matchesSecret(wrong, secret)).toBe(false);
    }
  });
});

describe('messages from a page', () => {
  it('reads positions and the three commands', () => {
    expect(parseClientMessage('{"type":"position","h":3,"v":1,"f":-1}')).toEqual({ type: 'position', h: 3, v: 1, f: -1 });
    expect(parseClientMessage('{"type":"command","command":"next"}')).toEqual({ type: 'command', command: 'next' });
    expect(parseClientMessage('{"type":"command","command":"prev","extra":1}')).toEqual({ type: 'command', command: 'prev' });
    expect(parseClientMessage('{"type":"command","command":"goto","to":{"h":2,"v":0,"f":0}}')).toEqual({
      type: 'command',
      command: 'goto',
      to: { h: 2, v: 0, f: 0 },
    });
  });

  it.each([
    'not json',
    'null',
    '[]',
    '{"type":"position","h":"3","v":1,"f":0}',
    '{"type":"position","h":1.5,"v":1,"f":0}',
    '{"type":"position","h":-2,"v":1,"f":0}',
    '{"type":"command","command":"reload"}',
    '{"type":"command","command":"goto","to":{"h":1}}',
    '{"type":"command","command":"goto","to":null}',
    '{"type":"command","command":"goto","to":5}',
    '{"type":"command","command":"goto","to":"1/0/0"}',
    '"position"',
    '7',
    '{"type":"notes"}',
    `{"type":"position","h":1,"v":0,"f":0,"pad":"${'x'.repeat(1000)}"}`,
  ])('drops %s', (data) => {
    expect(parseClientMessage(data)).toBeUndefined();
  });
});

describe('the hub', () => {
  const peer = (role: Role) => {
    const got: ServerMessage[] = [];
    return { role, got, send: (m: ServerMessage) => got.push(m) };
  };

  it('passes the projector position to everyone else, and the speaker commands to the projector only', () => {
    const hub = new RemoteHub();
    const [projector, phone, second, reader] = [peer('projector'), peer('speaker'), peer('speaker'), peer('follower')];
    for (const p of [projector, phone, second, reader]) hub.join(p);
    hub.receive(projector, { type: 'position', h: 1, v: 0, f: -1 });
    for (const p of [phone, second, reader]) expect(p.got).toEqual([{ type: 'position', h: 1, v: 0, f: -1 }]);
    expect(projector.got).toEqual([]);
    hub.receive(phone, { type: 'command', command: 'next' });
    expect(projector.got).toEqual([{ type: 'command', command: 'next' }]);
    expect(second.got).toHaveLength(1);
    expect(reader.got).toHaveLength(1);
  });

  it('lets no reader and no phone move the deck by saying where it is, and no reader command it', () => {
    const hub = new RemoteHub();
    const [projector, phone, reader] = [peer('projector'), peer('speaker'), peer('follower')];
    for (const p of [projector, phone, reader]) hub.join(p);
    hub.receive(reader, { type: 'position', h: 5, v: 0, f: 0 });
    hub.receive(phone, { type: 'position', h: 5, v: 0, f: 0 });
    hub.receive(reader, { type: 'command', command: 'next' });
    hub.receive(projector, { type: 'command', command: 'next' });
    expect([projector.got, phone.got, reader.got]).toEqual([[], [], []]);
    expect(hub.position).toBeUndefined();
  });

  it('passes on a position once: the same again is not sent, a new step is', () => {
    const hub = new RemoteHub();
    const [projector, phone] = [peer('projector'), peer('speaker')];
    hub.join(projector);
    hub.join(phone);
    for (const at of [
      { h: 1, v: 0, f: 0 },
      { h: 1, v: 0, f: 0 },
      { h: 1, v: 0, f: 1 },
      { h: 1, v: 1, f: 1 },
      { h: 2, v: 1, f: 1 },
      { h: 2, v: 1, f: 1 },
    ])
      hub.receive(projector, { type: 'position', ...at });
    expect(phone.got.map((m) => (m.type === 'position' ? `${m.h}/${m.v}/${m.f}` : m.type))).toEqual(['1/0/0', '1/0/1', '1/1/1', '2/1/1']);
  });

  it('tells a page that joins (a reloaded projector, a phone back on Wi-Fi) where the deck is', () => {
    const hub = new RemoteHub();
    const projector = peer('projector');
    hub.join(projector);
    hub.receive(projector, { type: 'position', h: 4, v: 2, f: 1 });
    hub.leave(projector);
    const [again, phone] = [peer('projector'), peer('speaker')];
    hub.join(again);
    hub.join(phone);
    expect(again.got).toEqual([{ type: 'position', h: 4, v: 2, f: 1 }]);
    expect(phone.got).toEqual([{ type: 'position', h: 4, v: 2, f: 1 }]);
    expect(hub.size).toBe(2);
  });
});

describe('wrong tries', () => {
  it('are free three times, then wait twice as long each time up to 5 s, per address, forgotten after ten minutes or on success', () => {
    let now = 0;
    const throttle = new Throttle(() => now);
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      delays.push(throttle.delayFor('a'));
      throttle.fail('a');
    }
    expect(delays).toEqual([0, 0, 0, 250, 500, 1000, 2000, 4000, 5000]);
    expect(throttle.delayFor('b')).toBe(0);
    now += 10 * 60_000 + 1;
    expect(throttle.delayFor('a')).toBe(0);
    for (let i = 0; i < 5; i++) throttle.fail('b');
    throttle.succeed('b');
    expect(throttle.delayFor('b')).toBe(0);
  });
});

describe('the page without its notes', () => {
  it("loses every notes aside (ours, an author's, nested markup inside) and data-notes, and nothing else", () => {
    const html =
      '<section data-notes="say hi" id="a"><h1>A</h1><aside class="notes"><p>Our <aside>inner</aside> notes</p></aside></section>' +
      "<section><aside class='callout'>kept</aside><aside class=\"x notes\">the author's</aside><p>text</p></section>";
    expect(stripNotes(html)).toBe('<section id="a"><h1>A</h1></section><section><aside class=\'callout\'>kept</aside><p>text</p></section>');
  });

  it('cuts data-notes in every way HTML writes an attribute, and only that attribute', () => {
    const cases: [string, string][] = [
      ["<section data-notes='say hi' id=a>", '<section id=a>'],
      ['<section data-notes=bare id=a>', '<section id=a>'],
      ['<section DATA-NOTES = "spaced" id=a>', '<section id=a>'],
      ['<section id=a data-notes>', '<section id=a>'],
      ['<section id=a data-notes/>', '<section id=a/>'],
      ['<section data-notes-size="2" data-note="x">', '<section data-notes-size="2" data-note="x">'],
      ['<p title="data-notes=x">', '<p title="data-notes=x">'],
    ];
    for (const [html, stripped] of cases) expect(stripNotes(html), html).toBe(stripped);
  });

  it('cuts a notes aside that is never closed to the end, and keeps asides of other classes', () => {
    expect(stripNotes('<section><p>a</p><aside class="notes">secret')).toBe('<section><p>a</p>');
    expect(stripNotes('<aside class="notesy">kept</aside><aside>kept</aside>')).toBe('<aside class="notesy">kept</aside><aside>kept</aside>');
    expect(stripNotes('<aside class="\tnotes\n">gone</aside>after')).toBe('after');
  });

  it('reads class names as the browser does (entities decoded), and cuts nested notes once', () => {
    // The browser reads `&#110;otes` as `notes`: reveal would show this aside as notes.
    expect(stripNotes('<aside class="&#110;otes">secret</aside><p>a &amp; b</p>')).toBe('<p>a &amp; b</p>');
    expect(stripNotes('<aside class="notes"><aside class="notes">in</aside><p data-notes="x">out</p></aside>after')).toBe('after');
    expect(stripNotes('<section data-notes="x"><aside class="notes">n</aside></section>')).toBe('<section></section>');
    // A stray closing tag, and a value that only looks like the attribute.
    expect(stripNotes('text</aside>more<p title=" data-notes=x">')).toBe('text</aside>more<p title=" data-notes=x">');
  });

  it('leaves a page without notes as it is, byte for byte', () => {
    const html = '<!doctype html><html><head><meta charset="utf-8"></head><body><section><p>a &amp; b</p></section></body></html>';
    expect(stripNotes(html)).toBe(html);
  });
});
