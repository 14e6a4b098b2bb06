// Idempotency-Key for ticket actions: the action and the stored response commit together, so a retry
// (even a concurrent one) gets the first response with its status and nothing happens twice.
import type { CommandDeps } from '../../commands/deps.ts';
import { withTransaction } from '../../db/database.ts';
import {
  getIdempotentResponse,
  putIdempotentResponse,
  requestHashOf,
} from '../../db/repositories/idempotency.ts';

/** A response as it is stored and replayed. */
export interface StoredResponse<T = unknown> {
  status: number;
  body: T;
  etag?: string;
}

class Replayed extends Error {
  constructor(readonly response: StoredResponse) {
    super('idempotent replay');
  }
}

/**
 * Runs `action` once per (scope, key): without a key it simply runs; with one, a stored response is
 * returned instead of running again, and a new one is stored in the action's own transaction. A
 * different request under a used key is refused (request.idempotency_key_reused, 422).
 */
export async function runIdempotent<T>(
  deps: CommandDeps,
  scope: string,
  key: string | undefined,
  /** What the request asks (its body): a retry must ask the same. */
  input: unknown,
  action: (deps: CommandDeps) => Promise<StoredResponse<T>>,
): Promise<StoredResponse<T>> {
  if (key === undefined) return action(deps);
  const hash = requestHashOf(input ?? null);
  const earlier = await getIdempotentResponse(deps.db, scope, key, hash);
  if (earlier) return earlier as StoredResponse<T>;
  // The sweeper is woken only after commit: its job must see the change, and on the embedded
  // database (one connection) it could not even run while this transaction holds it.
  const wakes: number[] = [];
  const deferred = deps.sweeper ? { wakeAt: async (at: number) => void wakes.push(at) } : undefined;
  try {
    const response = await withTransaction(deps.db, async (tx) => {
      const response = await action({ ...deps, db: tx, ...(deferred ? { sweeper: deferred } : {}) });
      const now = new Date(deps.clock.now());
      const put = await putIdempotentResponse(tx, scope, key, response, now, hash);
      if (!put.stored) throw new Replayed(put.response as StoredResponse); // a concurrent twin won
      return response;
    });
    for (const at of wakes) await deps.sweeper?.wakeAt(at).catch(() => {});
    return response;
  } catch (err) {
    if (err instanceof Replayed) return err.response as StoredResponse<T>;
    // A twin that committed first makes this run fail (e.g. a version conflict): answer as it did.
    const twin = await getIdempotentResponse(deps.db, scope, key, hash);
    if (twin) return twin as StoredResponse<T>;
    throw err;
  }
}
