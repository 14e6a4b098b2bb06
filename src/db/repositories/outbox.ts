// The outbox: notices written in the command's transaction and delivered after commit, at least once.
import { and, asc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { outbox } from '../schema.ts';

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxMessage = Omit<
  typeof outbox.$inferInsert,
  'id' | 'deliveredAt' | 'attempts' | 'lastError'
>;

/**
 * Queues messages; they become deliverable at `availableAt` (default: the database's now). A row
 * is written when it becomes available unless `createdAt` says otherwise: the command's clock,
 * which retention also reads, rather than the database's.
 */
export async function enqueueOutbox(db: Db, messages: readonly NewOutboxMessage[]): Promise<OutboxRow[]> {
  if (messages.length === 0) return [];
  return db
    .insert(outbox)
    .values(messages.map((m) => ({ createdAt: m.availableAt, ...m })))
    .returning();
}

export interface UndeliveredQuery {
  now: Date;
  limit: number;
}

/** Undelivered messages that are due, oldest first. */
export function listUndelivered(db: Db, query: UndeliveredQuery): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outbox)
    .where(and(isNull(outbox.deliveredAt), lte(outbox.availableAt, query.now)))
    .orderBy(asc(outbox.availableAt), asc(outbox.id))
    .limit(query.limit);
}

/**
 * The payload without its one-time link token (verification, password reset): once the mail is out,
 * the raw token must not outlive it in the kept rows, as email_tokens holds only its hash.
 * Set in the same UPDATE that marks a row delivered.
 */
export const withoutToken = sql`case when jsonb_typeof(${outbox.payload}) = 'object' then ${outbox.payload} - 'token' else ${outbox.payload} end`;

/** Marks messages delivered, dropping their link tokens; returns how many were still undelivered. */
export async function markDelivered(db: Db, ids: readonly number[], at: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(outbox)
    .set({ deliveredAt: at, attempts: sql`${outbox.attempts} + 1`, lastError: null, payload: withoutToken })
    .where(and(inArray(outbox.id, [...ids]), isNull(outbox.deliveredAt)))
    .returning({ id: outbox.id });
  return rows.length;
}

/** Records a failed attempt and postpones the message until `retryAt`. */
export async function markFailed(db: Db, id: number, error: string, retryAt: Date): Promise<void> {
  await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, lastError: error, availableAt: retryAt })
    .where(and(eq(outbox.id, id), isNull(outbox.deliveredAt)));
}

/**
 * Deletes up to `limit` rows delivered before `before` (and written before it), oldest first;
 * returns how many went. Undelivered rows stay however old: they are still owed to someone.
 */
export async function deleteDeliveredOutbox(db: Db, before: Date, limit: number): Promise<number> {
  const old = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(lt(outbox.createdAt, before), lt(outbox.deliveredAt, before)))
    .orderBy(asc(outbox.id))
    .limit(limit);
  const rows = await db.delete(outbox).where(inArray(outbox.id, old)).returning({ id: outbox.id });
  return rows.length;
}
