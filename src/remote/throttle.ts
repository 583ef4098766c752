// Wrong secrets are slowed down, per address: three free tries, then each answer waits twice as
// long as the one before (up to 5 s), until ten quiet minutes have passed or the right one comes.
const FREE_TRIES = 3;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5000;
const FORGET_MS = 10 * 60_000;

export class Throttle {
  private readonly failures = new Map<string, { count: number; last: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** How long to wait before answering this address's next try. */
  delayFor(address: string): number {
    const seen = this.failures.get(address);
    if (!seen || this.now() - seen.last > FORGET_MS || seen.count < FREE_TRIES) return 0;
    return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (seen.count - FREE_TRIES));
  }

  fail(address: string): void {
    const seen = this.failures.get(address);
    const count = seen && this.now() - seen.last <= FORGET_MS ? seen.count + 1 : 1;
    this.failures.set(address, { count, last: this.now() });
  }

  succeed(address: string): void {
    this.failures.delete(address);
  }
}
