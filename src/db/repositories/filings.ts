// A new ticket, its first events and their notices written by one statement: atomic without a
// transaction of its own, and one round trip to the database instead of five (begin, three
// inserts, commit) on the busiest write Srok has.
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRowsPrepared } from '../database.ts';
import { outbox, ticketEvents, tickets } from '../schema.ts';
import type { NewTicketEvent } from './ticket-events.ts';
import type { NewTicket } from './tickets.ts';

/** An outbox row of the filing, naming its event by position in `events`. */
export interface FilingNotice {
  eventIndex: number;
  kind: string;
  recipientUserId: string | null;
  /** The row's payload; `ticketNumber` is added once the number is drawn. */
  payload: Record<string, unknown>;
  availableAt: Date;
}

export interface NewFiling {
  /** The ticket row, with its id chosen by the caller (the number comes from the sequence). */
  ticket: NewTicket & { id: string };
  events: readonly NewTicketEvent[];
  notices: readonly FilingNotice[];
}

const rows = (items: SQL[]) => sql.join(items, sql`, `);

/**
 * Inserts the ticket, its events (seq 1, 2, …) and its outbox rows, each in the given order (so ids
 * ascend as before: the customer's registration is delivered first); returns the ticket's number.
 */
export async function insertFiling(db: Db, filing: NewFiling): Promise<number> {
  if (filing.events.length === 0) throw new Error('a filing has at least one event');
  // getSQL(): embedded as is (a query builder would be wrapped in parentheses, which WITH refuses).
  const ticket = db
    .insert(tickets)
    .values(filing.ticket)
    .returning({ id: tickets.id, number: tickets.number })
    .getSQL();
  const events = rows(
    filing.events.map(
      (e, i) =>
        sql`(${i + 1}::int, ${e.type}::text, ${e.at.toISOString()}::timestamptz, ${e.actor.userId}::uuid, ${e.actor.role}::text, ${JSON.stringify(e.payload)}::jsonb)`,
    ),
  );
  const notices =
    filing.notices.length === 0
      ? sql``
      : sql`, o as (
          insert into ${outbox} (ticket_id, event_id, kind, recipient_user_id, payload, available_at)
          select t.id, e.id, m.kind, m.recipient_user_id, m.payload || jsonb_build_object('ticketNumber', t.number), m.available_at
          from t
          cross join (values ${rows(
            filing.notices.map(
              (n, i) =>
                sql`(${i}::int, ${n.eventIndex + 1}::int, ${n.kind}::text, ${n.recipientUserId}::uuid, ${JSON.stringify(n.payload)}::jsonb, ${n.availableAt.toISOString()}::timestamptz)`,
            ),
          )}) as m(ord, seq, kind, recipient_user_id, payload, available_at)
          join e on e.seq = m.seq
          order by m.ord
        )`;
  const [row] = await queryRowsPrepared<{ number: number }>(
    db,
    sql`with t as (${ticket}), e as (
          insert into ${ticketEvents} (ticket_id, seq, type, at, actor_id, actor_role, payload)
          select t.id, v.seq, v.type, v.at, v.actor_id, v.actor_role, v.payload
          from t cross join (values ${events}) as v(seq, type, at, actor_id, actor_role, payload)
          order by v.seq
          returning id, seq
        )${notices}
        select number::int as number from t`,
    'srok_filing',
  );
  if (!row) throw new Error('the filing statement returned no ticket');
  return Number(row.number);
}
