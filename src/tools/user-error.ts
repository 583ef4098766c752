// What the user can fix (no browser, a busy port, a deck that does not build): tools print the
// message alone. A module of its own so a tool can catch it without importing Playwright or Vite.
export class UserError extends Error {}
