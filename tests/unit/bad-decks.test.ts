// Bad decks: one folder per mistake under tests/fixtures/bad/, each with the exact diagnostics
// `npm run check` must print for it (expected.json). The loader's share is checked here; the
// rendered pass's (overflow, small text…) in tests/browser/check.spec.ts. Every code has a deck.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type DiagnosticCode, formatDiagnostic, loadDeck, RENDERED_CODES } from '../../src/deck/index.ts';
import { themeNames } from '../../src/themes/index.ts';

const bad = join(import.meta.dirname, '../fixtures/bad');
const decks = readdirSync(bad).sort();
const expected = (name: string): string[] => JSON.parse(readFileSync(join(bad, name, 'expected.json'), 'utf8'));
const RE_CODE = /^\S+ (?:error|warning) ([a-z-]+):/;
const codeOf = (formatted: string) => RE_CODE.exec(formatted)?.[1] as DiagnosticCode;

describe('bad decks', () => {
  it('cover every code of the catalogue, at least 25 decks, each with its expected diagnostics', () => {
    expect(decks.length).toBeGreaterThanOrEqual(25);
    for (const name of decks) expect(existsSync(join(bad, name, 'expected.json')), name).toBe(true);
    for (const code of DIAGNOSTIC_CODES) expect(decks, `a deck for ${code}`).toContain(code);
    // A deck named after a code gives that code.
    for (const code of DIAGNOSTIC_CODES) expect(expected(code).map(codeOf), code).toContain(code);
  });

  it.each(decks)('%s: the loader reports exactly what is expected', async (name) => {
    const { diagnostics } = await loadDeck(join(bad, name), 'slides', themeNames());
    const fromRules = expected(name).filter((d) => !RENDERED_CODES.has(codeOf(d)));
    expect(diagnostics.map(formatDiagnostic)).toEqual(fromRules);
  });
});
