// `npm run build` prints each of the deck's warnings once: the single file is a second build of
// the same deck, and it leaves the warnings to the first.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { expect, it, vi } from 'vitest';
import { siteConfig } from '../../src/vite/site-config.ts';

it('prints each warning of the deck once, the single file built too', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'deck-warn-'));
  await mkdir(join(dir, 'slides'));
  await writeFile(join(dir, 'slides', '01.md'), '# Warned\n\n```nosuchlanguage\nx\n```\n');
  // Both builds log through Vite's own loggers, to the console: what the terminal shows.
  const printed: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.join(' '));
    });
  }
  try {
    await build({ ...siteConfig({ deckRoot: dir, outDir: join(dir, 'dist'), socialCard: false, singleFile: true }), configFile: false });
  } finally {
    vi.restoreAllMocks();
  }
  expect(printed.filter((line) => line.includes('unknown-language'))).toHaveLength(1);
});
