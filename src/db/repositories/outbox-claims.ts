// Claims on outbox rows for the delivery worker: a row is leased by moving its `available_at` to the
// lease's end, in one statement with SKIP LOCKED, so several workers (and instances sharing
// PostgreSQL) never work the same row at once, and a worker that dies simply lets its lease run out.
// The lease's end doubles as the claim's token: every later write compares it, so a worker whose
// lease was taken over cannot touch the row's schedule any more.
import { and, asc, eq, getTableColumns, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { outbox } from '../schema.ts';
import { type OutboxRow, withoutToken } from './outbox.ts';

/** A leased row: `dueAt` is when it became due (before the lease moved `availableAt`). */
export interface ClaimedOutboxRow extends OutboxRow {
  dueAt: Date;
  lease: Date;
}

/** Leases up to `limit` due, undelivered rows until `leaseUntil`, skipping rows others are claiming. */
export async function claimDueOutbox(
  db: Db,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<ClaimedOutboxRow[]> {
  // One statement (atomic by itself): the rows are locked, leased and returned in one round trip.
  const due = db.$with('due').as(
    db
      .select({ dueId: outbox.id, dueAt: outbox.availableAt })
      .from(outbox)
      .where(and(isNull(outbox.deliveredAt), lte(outbox.availableAt, now)))
      .orderBy(asc(outbox.availableAt), asc(outbox.id))
      .limit(limit)
      .for('update', { skipLocked: true }),
  );
  const rows = await db
    .with(due)
    .update(outbox)
    .set({ availableAt: leaseUntil })
    .from(due)
    .where(eq(outbox.id, due.dueId))
    .returning({ ...getTableColumns(outbox), dueAt: due.dueAt });
  return rows
    .map((r) => ({ ...r, lease: leaseUntil }))
    .sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime() || x.id - y.id);
}

/** Extends a lease still held (same token); false when it was lost, or the row was delivered meanwhile. */
export async function renewLease(db: Db, id: number, lease: Date, until: Date): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ availableAt: until })
    .where(and(eq(outbox.id, id), eq(outbox.availableAt, lease), isNull(outbox.deliveredAt)))
    .returning({ id: outbox.id });
  return rows.length === 1;
}

/** Records that `address` got the row's mail, so no later attempt sends it again. */
export async function recordMailed(db: Db, id: number, address: string): Promise<void> {
  await db
    .update(outbox)
    .set({
      payload: sql`jsonb_set(${outbox.payload}, '{mailed}', coalesce(${outbox.payload}->'mailed', '[]'::jsonb) || to_jsonb(${address}::text))`,
    })
    .where(eq(outbox.id, id));
}

/** The addresses that already got the row's mail. */
export function mailedAddresses(row: OutboxRow): Set<string> {
  const mailed = (row.payload as { mailed?: unknown } | null)?.mailed;
  return new Set(Array.isArray(mailed) ? mailed.filter((m): m is string => typeof m === 'string') : []);
}

/**
 * Marks the rows delivered to everyone, dropping any one-time link token from the payload in the
 * same step; a row delivered already stays as it was.
 */
export async function finishOutbox(db: Db, ids: readonly number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outbox)
    .set({ deliveredAt: at, lastError: null, payload: withoutToken })
    .where(and(inArray(outbox.id, [...ids]), isNull(outbox.deliveredAt)));
}

/**
 * Hands rows back until `until`, where this claim still holds them: after a failure (counting the
 * attempt and keeping the error), or to hold support alerts until working time (counting nothing).
 * Returns the ids handed back; the others were lost to another worker or delivered meanwhile.
 */
export async function releaseOutbox(
  db: Db,
  ids: readonly number[],
  lease: Date,
  until: Date,
  failure: string | null,
): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .update(outbox)
    .set({
      availableAt: until,
      ...(failure === null
        ? {}
        : { attempts: sql`${outbox.attempts} + 1`, lastError: failure.slice(0, 2000) }),
    })
    .where(and(inArray(outbox.id, [...ids]), eq(outbox.availableAt, lease), isNull(outbox.deliveredAt)))
    .returning({ id: outbox.id });
  return new Set(rows.map((r) => r.id));
}

/** The earliest instant an undelivered row becomes due (a leased row: when its lease ends). */
export async function nextOutboxInstant(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`min(${outbox.availableAt})` })
    .from(outbox)
    .where(isNull(outbox.deliveredAt));
  return row?.at ? new Date(row.at) : null;
}
