// A ticket's history: events appended in order with seq 1, 2, 3 …; never updated or deleted (R22).
import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/tickets/types.ts';
import type { Db } from '../database.ts';
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
 * Appends events after the ticket's last one, in the given order, and returns them stored.
 * Locks the ticket row so concurrent appends to one ticket queue up instead of colliding on seq.
 */
export async function appendEvents(
  db: Db,
  ticketId: string,
  events: readonly NewTicketEvent[],
): Promise<TicketEventRecord[]> {
  if (events.length === 0) return [];
  return db.transaction(async (tx) => {
    const locked = await tx
      .select({ id: tickets.id })
      .from(tickets)
      .where(eq(tickets.id, ticketId))
      .for('no key update');
    if (locked.length === 0) throw new Error(`ticket ${ticketId} does not exist`);
    const [last] = await tx
      .select({ seq: sql<number>`coalesce(max(${ticketEvents.seq}), 0)::int` })
      .from(ticketEvents)
      .where(eq(ticketEvents.ticketId, ticketId));
    const start = last?.seq ?? 0;
    const rows = await tx
      .insert(ticketEvents)
      .values(
        events.map((e, i) => ({
          ticketId,
          seq: start + i + 1,
          type: e.type,
          at: e.at,
          actorId: e.actor.userId,
          actorRole: e.actor.role,
          payload: e.payload,
        })),
      )
      .returning();
    return rows.sort((a, b) => a.seq - b.seq).map(toRecord);
  });
}

/** The ticket's events in order (seq ascending); `afterSeq` skips those already seen. */
export async function listEvents(db: Db, ticketId: string, afterSeq = 0): Promise<TicketEventRecord[]> {
  const rows = await db
    .select()
    .from(ticketEvents)
    .where(sql`${ticketEvents.ticketId} = ${ticketId} and ${ticketEvents.seq} > ${afterSeq}`)
    .orderBy(asc(ticketEvents.seq));
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
