// Idempotency keys: a retried request with the same key gets the first response instead of a repeat;
// a different request under a used key is refused rather than answered with another's response.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { DomainError } from '../../domain/errors.ts';
import type { Db } from '../database.ts';
import { deleteBefore } from '../delete-before.ts';
import { idempotencyKeys } from '../schema.ts';

/** A digest of a request's input, the same whatever the order of its object keys. */
export function requestHashOf(input: unknown): string {
  return createHash('sha256').update(canonicalJson(input)).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The stored response for (scope, key), if the request was already handled. With `requestHash`, a
 * stored request that asked something else is refused (request.idempotency_key_reused).
 */
export async function getIdempotentResponse(
  db: Db,
  scope: string,
  key: string,
  requestHash?: string,
): Promise<unknown | undefined> {
  const [row] = await db
    .select({ response: idempotencyKeys.response, requestHash: idempotencyKeys.requestHash })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  if (row && requestHash !== undefined && row.requestHash !== null && row.requestHash !== requestHash) {
    throw new DomainError('request.idempotency_key_reused');
  }
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
  requestHash?: string,
): Promise<{ response: unknown; stored: boolean }> {
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ scope, key, response, requestHash: requestHash ?? null, ...(now ? { createdAt: now } : {}) })
    .onConflictDoNothing()
    .returning({ response: idempotencyKeys.response });
  if (inserted[0]) return { response: inserted[0].response, stored: true };
  return { response: await getIdempotentResponse(db, scope, key, requestHash), stored: false };
}

/** Forgets keys created before `before`; returns how many were removed. */
export function purgeIdempotencyKeys(db: Db, before: Date): Promise<number> {
  return deleteBefore(db, idempotencyKeys, idempotencyKeys.createdAt, before);
}
