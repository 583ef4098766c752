// What the user can fix (no browser, a busy port, a deck that does not build): tools print the
// message alone. A module of its own so a tool can catch it without importing Playwright or Vite.
export class UserError extends Error {}

/**
 * A tool's exit code from its `main`: a mistake the user can fix is one line, `name: message`;
 * anything else is our bug, printed with its stack and a word to report it.
 */
export function exitCode(name: string, run: Promise<number>): Promise<number> {
  return run.catch((error: unknown) => {
    if (error instanceof UserError) console.error(`${name}: ${error.message}`);
    else console.error(`${name}: an internal error (please report it):`, error);
    return 1;
  });
}
