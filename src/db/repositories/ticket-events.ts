// A ticket's history: events appended in order with seq 1, 2, 3 …; never updated or deleted (R22).
import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/tickets/types.ts';
import type { Db } from '../database.ts';
import { prepared } from '../prepared.ts';
import { ticketEvents, tickets } from '../schema.ts';

/** An event as the domain records it. */
export interface NewTicketEvent {
  type: string;
  at: Date;
  actor: Actor;
  payload: unknown;
}

/** A stored event, with its place in the ticket's history. */
export interface TicketEventRecord extends NewTicketEvent {
  id: number;
  ticketId: string;
  seq: number;
  createdAt: Date;
}

/**
 * How the caller already guards the ticket's history: `new` for a ticket inserted in this very
 * transaction (its history is empty and nobody else can see it), `locked` when this transaction
 * already holds the ticket row's lock (e.g. after its versioned UPDATE). Without either, the row
 * is locked here first so concurrent appends queue up instead of colliding on seq.
 */
export type AppendGuard = 'new' | 'locked' | 'none';

/** Appends events after the ticket's last one, in the given order, and returns them stored. */
export async function appendEvents(
  db: Db,
  ticketId: string,
  events: readonly NewTicketEvent[],
  guard: AppendGuard = 'none',
): Promise<TicketEventRecord[]> {
  if (events.length === 0) return [];
  if (guard === 'new') return insertEvents(db, ticketId, 0, events);
  if (guard === 'locked') return insertEvents(db, ticketId, await lastSeq(db, ticketId), events);
  return db.transaction(async (tx) => {
    const locked = await tx
      .select({ id: tickets.id })
      .from(tickets)
      .where(eq(tickets.id, ticketId))
      .for('no key update');
    if (locked.length === 0) throw new Error(`ticket ${ticketId} does not exist`);
    return insertEvents(tx, ticketId, await lastSeq(tx, ticketId), events);
  });
}

async function lastSeq(db: Db, ticketId: string): Promise<number> {
  const [last] = await db
    .select({ seq: sql<number>`coalesce(max(${ticketEvents.seq}), 0)::int` })
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, ticketId));
  return last?.seq ?? 0;
}

// The unique (ticket_id, seq) index still refuses a duplicate seq if a guard was claimed wrongly.
async function insertEvents(
  db: Db,
  ticketId: string,
  after: number,
  events: readonly NewTicketEvent[],
): Promise<TicketEventRecord[]> {
  const rows = await db
    .insert(ticketEvents)
    .values(
      events.map((e, i) => ({
        ticketId,
        seq: after + i + 1,
        type: e.type,
        at: e.at,
        actorId: e.actor.userId,
        actorRole: e.actor.role,
        payload: e.payload,
      })),
    )
    .returning();
  return rows.sort((a, b) => a.seq - b.seq).map(toRecord);
}

/** The ticket's events in order (seq ascending); `afterSeq` skips those already seen. */
export async function listEvents(db: Db, ticketId: string, afterSeq = 0): Promise<TicketEventRecord[]> {
  // Prepared: every ticket page and action reads it.
  const query = prepared(db, 'srok_list_events', (db, name) =>
    db
      .select()
      .from(ticketEvents)
      .where(
        sql`${ticketEvents.ticketId} = ${sql.placeholder('ticketId')} and ${ticketEvents.seq} > ${sql.placeholder('afterSeq')}`,
      )
      .orderBy(asc(ticketEvents.seq))
      .prepare(name),
  );
  const rows = await query.execute({ ticketId, afterSeq });
  return rows.map(toRecord);
}

function toRecord(row: typeof ticketEvents.$inferSelect): TicketEventRecord {
  return {
    id: row.id,
    ticketId: row.ticketId,
    seq: row.seq,
    type: row.type,
    at: row.at,
    actor: { userId: row.actorId, role: row.actorRole },
    payload: row.payload,
    createdAt: row.createdAt,
  };
}
