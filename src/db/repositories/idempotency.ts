// Idempotency keys: a retried request with the same key gets the first response instead of a repeat.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { deleteBefore } from '../delete-before.ts';
import { idempotencyKeys } from '../schema.ts';

/** The stored response for (scope, key), if the request was already handled. */
export async function getIdempotentResponse(
  db: Db,
  scope: string,
  key: string,
): Promise<unknown | undefined> {
  const [row] = await db
    .select({ response: idempotencyKeys.response })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  return row?.response;
}

/**
 * Stores the response unless one is already stored; returns the one that stands (first writer
 * wins) and whether it was this call's.
 */
export async function putIdempotentResponse(
  db: Db,
  scope: string,
  key: string,
  response: unknown,
  now?: Date,
): Promise<{ response: unknown; stored: boolean }> {
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ scope, key, response, ...(now ? { createdAt: now } : {}) })
    .onConflictDoNothing()
    .returning({ response: idempotencyKeys.response });
  if (inserted[0]) return { response: inserted[0].response, stored: true };
  return { response: await getIdempotentResponse(db, scope, key), stored: false };
}

/** Forgets keys created before `before`; returns how many were removed. */
export function purgeIdempotencyKeys(db: Db, before: Date): Promise<number> {
  return deleteBefore(db, idempotencyKeys, idempotencyKeys.createdAt, before);
}
