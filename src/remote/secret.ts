// The speaker's secret: 128 random bits, new each run, in the speaker's address. Compared in
// constant time (both sides hashed first, so their lengths say nothing either).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 16 random bytes as base64url: 22 characters, safe in a URL. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

export function matchesSecret(given: string | null | undefined, secret: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given ?? ''), digest(secret)) && typeof given === 'string';
}
