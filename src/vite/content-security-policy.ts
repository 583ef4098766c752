// The built site's Content-Security-Policy: scripts only from the site itself, no inline script but
// one, pinned by its hash: reveal.js's speaker view, which the notes plugin writes into its pop-up
// (an about:blank window, which inherits the page's policy). Computed at build time from reveal.js's
// plugin as the build changes it (notes-plugin.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fixSpeakerView } from './notes-plugin.ts';

const WRITE_CALL = 'document.write(';
const RE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** `sha256-…` of each inline script in the speaker view's HTML, as the built notes plugin has it. */
export function speakerViewHashes(): string[] {
  const require = createRequire(import.meta.url);
  const shipped = readFileSync(join(dirname(require.resolve('reveal.js')), 'plugin/notes.mjs'), 'utf8');
  const fixed = fixSpeakerView(shipped);
  // The build stops on this too (notes-plugin.ts), with the same words.
  if ('error' in fixed) throw new Error(fixed.error);
  const plugin = fixed.code;
  const start = plugin.indexOf(WRITE_CALL) + WRITE_CALL.length;
  const quote = plugin[start];
  let end = start + 1;
  while (plugin[end] !== quote || plugin[end - 1] === '\\') end++;
  // A string literal of reveal.js's own, which the page runs anyway: evaluated to get its exact text.
  const html = new Function(`return ${plugin.slice(start, end + 1)};`)() as string;
  return [...html.matchAll(RE_SCRIPT)].map(([, script]) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
}

/**
 * The policy. Images, media and embedded pages may come from any https site (the loader warns of
 * those: `remote-url`); styles may be inline, as slides carry `style` attributes (code widths).
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${speakerViewHashes().join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "media-src 'self' data: https:",
    "font-src 'self' data:",
    "frame-src 'self' https:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
