// Read stage: the only part of the loader that touches the file system. A presenter's slides/
// holds more than slides (an editor's lock file, a macOS `._` copy, a folder named `x.md`, a file
// without permission): dot-files are not slides; anything else that cannot be read is reported,
// never thrown, so neither the build nor the dev server dies on it.
import { readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { codeFrame } from './diagnostics.ts';
import type { DeckSource, Diagnostic, SourceFile } from './types.ts';

const RE_MARKDOWN = /\.md$/i;
const RE_CRLF = /\r\n?/g;

/** A slide file's name: Markdown, and not hidden (`.#02.md` is Emacs's lock, `._01.md` a Mac's resource fork). */
export function isSlideName(name: string): boolean {
  return RE_MARKDOWN.test(name) && !name.startsWith('.');
}

/** Reads `slides/*.md` in file-name order; text normalised to `\n` without a BOM. */
export async function readDeckSource(root: string, slidesDir = 'slides'): Promise<DeckSource> {
  const dir = join(root, slidesDir);
  const listed = await list(dir);
  if ('problem' in listed) return { files: [], diagnostics: [unreadable(`${slidesDir}/`, listed.problem)] };
  const read = await Promise.all(
    listed.names
      .filter(isSlideName)
      .sort()
      .map((name) => readSlideFile(root, join(dir, name))),
  );
  return {
    files: read.filter((r): r is SourceFile => 'text' in r),
    diagnostics: read.flatMap((r) => ('diagnostic' in r ? [r.diagnostic] : [])),
  };
}

async function list(dir: string): Promise<{ names: string[] } | { problem: string }> {
  try {
    return { names: await readdir(dir) };
  } catch (error) {
    // No slides/ at all is the `no-slides` error of the build stage.
    return errorCode(error) === 'ENOENT' ? { names: [] } : { problem: reason(error) };
  }
}

async function readSlideFile(root: string, file: string): Promise<SourceFile | { diagnostic: Diagnostic }> {
  const path = relative(root, file).split('\\').join('/');
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      return {
        diagnostic: {
          severity: 'warning',
          code: 'not-a-slide-file',
          file: path,
          line: 0,
          message: `this is ${info.isDirectory() ? 'a folder' : 'not a regular file'}, not a slide file; it is skipped`,
          hint: 'rename it, or move its slides into a file of slides/',
        },
      };
    }
    return { path, text: normalise(await readFile(file, 'utf8')) };
  } catch (error) {
    return { diagnostic: unreadable(path, reason(error)) };
  }
}

function unreadable(path: string, why: string): Diagnostic {
  return {
    severity: 'error',
    code: 'unreadable-file',
    file: path,
    line: 0,
    message: `cannot read this: ${why}`,
    hint: 'fix its permissions or link, or move it out of slides/',
  };
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The system's reason in words a presenter knows, not an errno. */
function reason(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'it is a symbolic link to a file that does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'its symbolic links form a loop';
    case 'ENOTDIR':
      return 'it is not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(RE_CRLF, '\n');
}

/** Where a file the slides name is, seen from the project: only a `file` may be published. */
export type FileLocation = 'file' | 'missing' | 'outside';

/**
 * Locates `path` (as the slides name it, relative to `root`) after following every symbolic
 * link: a path or link that leads out of `root` is `outside`, whether or not its target exists,
 * so a deck can never publish `/proc/self/environ` or `~/.ssh` from the machine that builds it.
 */
export function locateFile(root: string, path: string): FileLocation {
  const base = realRoot(root);
  // As before: a root-relative `/x.png` is looked for under the project (join, not resolve).
  const file = join(base, path);
  if (!within(base, file)) return 'outside';
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return danglingOutside(base, file) ? 'outside' : 'missing';
  }
  if (!within(base, real)) return 'outside';
  try {
    return statSync(real).isFile() ? 'file' : 'missing';
  } catch {
    return 'missing';
  }
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return resolve(root);
  }
}

function within(base: string, file: string): boolean {
  const rel = relative(base, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A link to nothing: outside when its target (or a link on the way there) points out of the project. */
function danglingOutside(base: string, file: string): boolean {
  let at = file;
  for (let hops = 0; hops < 40; hops++) {
    let target: string;
    try {
      target = resolve(dirname(at), readlinkSync(at));
    } catch {
      return false;
    }
    if (!within(base, target)) return true;
    at = target;
  }
  return false;
}

/** The lines of the deck around a diagnostic, or '' when its file cannot be read (e.g. no slides at all). */
export function diagnosticFrame(root: string, d: Diagnostic): string {
  try {
    return codeFrame(normalise(readFileSync(join(root, d.file), 'utf8')), d);
  } catch {
    return ''; // a folder, a file without permission, a link to nothing: the diagnostic says so
  }
}
