// The store of @fastify/rate-limit for the account routes: the counters live in the database, so
// every instance sharing it counts the same attempts (five failed logins are five, whichever
// instance answered them), and windows follow the clock it is given (app.ts gives real time under
// the test clock, which stands still between settings).
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { CommandDeps } from '../../commands/deps.ts';
import { hitRateLimit, type RateWindow, readRateLimit } from '../../db/repositories/rate-limits.ts';

type Answer = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** A store class bound to a database and a clock (the plugin constructs it itself). */
export function databaseRateLimitStore(deps: CommandDeps): FastifyRateLimitStoreCtor {
  const state = (w: RateWindow | undefined, windowMs: number, now: number) => {
    const ends = w ? w.windowStart.getTime() + windowMs : now;
    return ends > now ? { current: w!.hits, ttl: ends - now } : { current: 0, ttl: 0 };
  };
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    /** The plugin passes its options; a route's store prefixes its keys with the route. */
    constructor(
      _options?: unknown,
      private readonly scope = '',
    ) {}

    incr(key: string, answer: Answer, timeWindow: number): void {
      const now = deps.clock.now();
      hitRateLimit(deps.db, this.scope + key, new Date(now), timeWindow).then(
        (w) => answer(null, state(w, timeWindow, now)),
        (err: Error) => answer(err),
      );
    }

    /** What `{ increment: false }` asks: the window as it stands, counting nothing. */
    read(key: string, answer: Answer, timeWindow: number): void {
      const now = deps.clock.now();
      readRateLimit(deps.db, this.scope + key).then(
        (w) => answer(null, state(w, timeWindow, now)),
        (err: Error) => answer(err),
      );
    }

    /** Each route counts on its own (login and registration from one address are two limits). */
    child(options: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // At run time the plugin passes its merged options, with the route under `routeInfo`.
      const route = (options as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return route?.url
        ? new DatabaseRateLimitStore(undefined, `${String(route.method)} ${String(route.url)} `)
        : this;
    }
  }
  return DatabaseRateLimitStore;
}
