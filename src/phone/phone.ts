// The speaker's phone (served at /speaker/ by `npm run present`, with the secret in its address):
// the slide the room sees and what comes next, rendered by the deck itself in two previews, the
// notes as the author wrote them, the time, and buttons, swipes and keys that drive the projector.
// Everything travels as small events on the remote's socket (remote/protocol.ts).
import './phone.css';
import deck from 'virtual:deck';
import { slideSize } from '../client/deck-size.ts';
import { openRemoteSocket } from '../client/remote-socket.ts';
import type { Position } from '../remote/protocol.ts';
import { formatDuration, pacing, slideTimings } from './pacing.ts';

const SWIPE_PX = 50;
/** How often a phone that cannot connect asks whether its address still holds. */
const EXPIRY_CHECK_MS = 1500;
const key = new URLSearchParams(location.search).get('key') ?? '';
const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const [current, next] = [$<HTMLIFrameElement>('.phone-current iframe'), $<HTMLIFrameElement>('.phone-next iframe')];
const notes = $<HTMLElement>('.phone-notes-text');
const status = $<HTMLElement>('.phone-status');
const { width, height } = slideSize(deck.config.reveal);
document.documentElement.style.setProperty('--deck-ratio', `${width} / ${height}`);

let position: Position = { h: 0, v: 0, f: -1 };

/** The deck's page as a preview: with the secret (it holds the notes), moved by reveal's postMessage API. */
const previewUrl = `/?key=${encodeURIComponent(key)}`;
for (const frame of [current, next]) {
  frame.src = previewUrl;
  frame.addEventListener('load', () => show(position));
}
/** The slide at `at` in the current preview (a vertical stack's child, or the top-level slide). */
function slideAt(at: Position): HTMLElement | undefined {
  const stack = current.contentDocument?.querySelectorAll<HTMLElement>('.reveal .slides > section')[at.h];
  return stack?.querySelector<HTMLElement>(`:scope > section:nth-of-type(${at.v + 1})`) ?? stack;
}
/** The previews' slides in deck order (reveal's `getSlides()`), once the current one has loaded. */
const slidesOf = (): HTMLElement[] => [...(current.contentDocument?.querySelectorAll<HTMLElement>('.reveal .slides section:not(.stack)') ?? [])];

function post(frame: HTMLIFrameElement, method: string, args: unknown[] = []): void {
  frame.contentWindow?.postMessage(JSON.stringify({ method, args }), location.origin);
}

/** Moves both previews (the next one a step on) and shows that slide's notes. */
function show(at: Position): void {
  position = at;
  post(current, 'slide', [at.h, at.v, at.f]);
  post(next, 'slide', [at.h, at.v, at.f]);
  post(next, 'next');
  const slide = slideAt(at);
  notes.innerHTML = [...(slide?.querySelectorAll(':scope > aside.notes') ?? [])].map((aside) => aside.innerHTML).join('');
  document.documentElement.dataset.position = `${at.h}/${at.v}/${at.f}`;
  tick();
}

type PhoneState = 'connecting' | 'connected' | 'reconnecting' | 'expired';
function setState(state: PhoneState, text: string): void {
  document.documentElement.dataset.state = state;
  status.textContent = text;
}

setState('connecting', 'Connecting…');
let expiryCheck: ReturnType<typeof setTimeout> | undefined;
const socket = openRemoteSocket(`role=speaker&key=${encodeURIComponent(key)}`, {
  open() {
    clearTimeout(expiryCheck);
    expiryCheck = undefined;
    setState('connected', 'Connected');
  },
  message(message) {
    if (message.type === 'position') show({ h: message.h, v: message.v, f: message.f });
  },
  lost() {
    setState('reconnecting', 'Reconnecting…');
    expiryCheck ??= setTimeout(checkExpired, EXPIRY_CHECK_MS);
  },
});

/**
 * `npm run present` started again holds a new secret: this address will never connect again. Said
 * plainly, instead of "reconnecting" for ever; a server that is only away answers nothing.
 */
async function checkExpired(): Promise<void> {
  let answer: number | undefined;
  try {
    answer = (await fetch(location.href, { method: 'HEAD', cache: 'no-store' })).status;
  } catch {
    // Not there (yet): keep trying.
  }
  expiryCheck = undefined;
  if (answer === 403) {
    socket.close();
    setState('expired', 'This address has ended: the deck was started again. Scan its new code.');
  } else if (document.documentElement.dataset.state !== 'connected') expiryCheck = setTimeout(checkExpired, EXPIRY_CHECK_MS);
}
const drive = (command: 'next' | 'prev') => socket.send({ type: 'command', command });

$<HTMLButtonElement>('.phone-next-button').addEventListener('click', () => drive('next'));
$<HTMLButtonElement>('.phone-prev').addEventListener('click', () => drive('prev'));
document.addEventListener('keydown', (event) => {
  if (['ArrowRight', 'ArrowDown', ' ', 'PageDown'].includes(event.key)) drive('next');
  else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) drive('prev');
  else return;
  event.preventDefault();
});
let swipeFrom: number | undefined;
const main = $<HTMLElement>('.phone-main');
main.addEventListener('pointerdown', (event) => {
  swipeFrom = event.clientX;
});
main.addEventListener('pointerup', (event) => {
  if (swipeFrom === undefined) return;
  const dx = event.clientX - swipeFrom;
  swipeFrom = undefined;
  if (dx <= -SWIPE_PX) drive('next');
  else if (dx >= SWIPE_PX) drive('prev');
});
for (const button of document.querySelectorAll<HTMLButtonElement>('.phone-notes-size button')) {
  button.addEventListener('click', () => {
    const size = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--notes-size')) || 1.25;
    const next = Math.min(3, Math.max(0.75, size + Number(button.dataset.size) * 0.125));
    document.documentElement.style.setProperty('--notes-size', `${next}rem`);
  });
}

// The time: since this page opened (a tap sets it to where the current slide should start), of
// day, and the pacing timer when the deck sets `total_time` (or `defaultTiming`), as reveal's own.
let started = Date.now();
const elapsedEl = $<HTMLElement>('.phone-elapsed');
const pacingEl = $<HTMLElement>('.phone-pacing');
/** The current slide's place in deck order, and the deck's timings (undefined: no pacing). */
function pacingState(): { past: number; timings: number[] | undefined } {
  const slides = slidesOf();
  const slide = slideAt(position);
  const timings = slideTimings(
    slides.map((s) => s.getAttribute('data-timing')),
    deck.config.reveal,
  );
  return { past: slide ? Math.max(0, slides.indexOf(slide)) : 0, timings: slides.length > 0 ? timings : undefined };
}
function tick(): void {
  const elapsed = Date.now() - started;
  elapsedEl.textContent = formatDuration(elapsed);
  $<HTMLElement>('.phone-clock').textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const { past, timings } = pacingState();
  pacingEl.hidden = timings === undefined;
  if (!timings) return;
  const { leftMs, pace } = pacing(timings, past, elapsed);
  pacingEl.textContent = formatDuration(leftMs);
  pacingEl.dataset.pace = pace;
  pacingEl.title = { ahead: 'Ahead of time', 'on-track': 'On time', behind: 'Behind time' }[pace];
}
elapsedEl.addEventListener('click', () => {
  const { past, timings } = pacingState();
  started = Date.now() - (timings ?? []).slice(0, past).reduce((a, b) => a + b, 0) * 1000;
  tick();
});
tick();
setInterval(tick, 1000);

// The screen stays on while the speaker talks (where the browser can).
async function keepAwake(): Promise<void> {
  try {
    await navigator.wakeLock?.request('screen');
  } catch {
    // Refused (battery saver, no gesture yet): the screen may sleep; nothing else changes.
  }
}
void keepAwake();
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void keepAwake();
});
