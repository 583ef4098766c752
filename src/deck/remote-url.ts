// Is a URL off the site: a scheme with `//` (`https:`, `ftp:`) or scheme-relative (`//host/…`).
// One answer for the slides' files (`remote-url`), a reveal-md theme, the themes' `@import`s and
// the social card's fonts.
const RE_REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

export function isRemoteUrl(url: string): boolean {
  return RE_REMOTE.test(url.trim());
}
