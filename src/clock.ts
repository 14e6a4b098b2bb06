// The one source of "now" for commands and jobs; the domain never reads the clock itself.

export interface Clock {
  /** The present instant, UTC ms. */
  now(): number;
}

/** Wall-clock time. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stands still until set: for tests and the server's test mode. */
export class ManualClock implements Clock {
  constructor(private instant: number) {}

  now(): number {
    return this.instant;
  }

  /** Moves the present to `instant` (ms). */
  set(instant: number): void {
    this.instant = instant;
  }

  /** Moves the present forward by `ms`. */
  advance(ms: number): void {
    this.instant += ms;
  }
}
