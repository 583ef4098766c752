// Runs `npm run pdf` (and the other exports) as a speaker does, on a copy of a deck in a scratch
// folder of its own (so the site the other tests serve is never rebuilt under them).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/repo-root.ts';
import type { Bookmark } from './pdf-file.ts';

export const root = REPO_ROOT;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Node's arguments for a tool's script as `npm run <tool>` starts it: through the launcher that bundles it. */
export function toolArgs(script: string, args: string[]): string[] {
  return [join(root, 'src/tools/launch.mjs'), join(root, script), ...args];
}

/**
 * What a tool builds when its deck's site is stale, in these tests: the site alone. The single file
 * and the social card are no tool's input, and cost each build about 0.4 s of CPU; the talk's own
 * build (playwright.config.ts) makes both for talk-share.spec.ts, and talk-pdf.spec.ts's first run
 * passes `AS_BUILT` to export as a speaker does, with everything.
 */
export const SITE_ALONE = { DECK_SINGLE_FILE: '0', DECK_SOCIAL_CARD: '0' };
/** A tool's build with the single file and the card, as `npm run build` makes them. */
export const AS_BUILT = { DECK_SINGLE_FILE: '1', DECK_SOCIAL_CARD: '1' };

/** Runs a tool's script as `npm run <tool>` does (without npm around it), and waits for it to end. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, toolArgs(script, args), { cwd: root, env: { ...process.env, ...SITE_ALONE, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Runs `npm run pdf -- …args` as a user would, and waits for it to end. */
export function pdf(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runScript('src/tools/pdf/main.ts', args, env);
}

/** Runs `npm run pptx -- …args`. */
export function pptx(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runScript('src/tools/pptx/main.ts', args, env);
}

/** Runs `npm run check -- …args`. */
export function check(args: string[]): Promise<Run> {
  return runScript('src/tools/check.ts', args);
}

/** Runs `npm run images -- …args`. */
export function images(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runScript('src/tools/images/main.ts', args, env);
}

/** A copy of a deck (its slides and images) in a scratch folder of its own. */
export function scratchDeck(from = root): string {
  const deck = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
  cpSync(join(from, 'slides'), join(deck, 'slides'), { recursive: true });
  if (existsSync(join(from, 'images'))) cpSync(join(from, 'images'), join(deck, 'images'), { recursive: true });
  return deck;
}

export const flat = (marks: Bookmark[]): Bookmark[] => marks.flatMap((m) => [m, ...flat(m.children)]);
