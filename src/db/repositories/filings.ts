// New tickets, their first events and their notices written by one statement: atomic without a
// transaction of its own, one round trip instead of five (begin, three inserts, commit), and, when
// filings arrive together, one statement and one commit for all of them (group commit).
import { getTableColumns } from 'drizzle-orm';
import { batched, batcherPerDb } from '../batcher.ts';
import { type Db, queryTextPrepared } from '../database.ts';
import { tickets } from '../schema.ts';
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
  /**
   * The ticket row, with its id chosen by the caller (the number comes from the sequence). Columns
   * left out are stored as null, so the ones with a non-null default are required here.
   */
  ticket: NewTicket & { id: string; cycle: number; openDispute: boolean; createdAt: Date; updatedAt: Date };
  events: readonly NewTicketEvent[];
  notices: readonly FilingNotice[];
}

// The ticket's columns the filing sets: all but the drawn number, the version and the search vector.
const ticketColumns = Object.entries(getTableColumns(tickets))
  .filter(([key]) => !['number', 'version', 'search'].includes(key))
  .map(([key, column]) => ({ key, name: column.name, type: column.getSQLType() }));

// Written once: the batch travels as one jsonb parameter, so the text (and its plan) never changes.
const FILINGS_SQL = `with b as (
    select * from jsonb_to_recordset($1::jsonb) as b(ord int, events jsonb, notices jsonb, ${ticketColumns
      .map((c) => `"${c.name}" ${c.type}`)
      .join(', ')})
  ), t as (
    insert into tickets (${ticketColumns.map((c) => `"${c.name}"`).join(', ')})
    select ${ticketColumns.map((c) => `b."${c.name}"`).join(', ')} from b order by b.ord
    returning id, number
  ), e as (
    insert into ticket_events (ticket_id, seq, type, at, actor_id, actor_role, payload)
    select t.id, v.seq, v.type, v.at, v.actor_id, v.actor_role, v.payload
    from b join t on t.id = b.id
    cross join jsonb_to_recordset(b.events) as v(seq int, type text, at timestamptz, actor_id uuid, actor_role text, payload jsonb)
    order by b.ord, v.seq
    returning id, ticket_id, seq
  ), o as (
    insert into outbox (ticket_id, event_id, kind, recipient_user_id, payload, available_at, created_at)
    select t.id, e.id, m.kind, m.recipient_user_id, m.payload || jsonb_build_object('ticketNumber', t.number), m.available_at, m.available_at
    from b join t on t.id = b.id
    cross join jsonb_to_recordset(b.notices) as m(ord int, seq int, kind text, recipient_user_id uuid, payload jsonb, available_at timestamptz)
    join e on e.ticket_id = t.id and e.seq = m.seq
    order by b.ord, m.ord
  )
  select id::text as id, number::int as number from t`;

/**
 * Inserts the tickets, their events (seq 1, 2, …) and their outbox rows, each in the given order (so
 * ids ascend as before: a customer's registration is delivered first); returns the tickets' numbers.
 */
export async function insertFilings(db: Db, filings: readonly NewFiling[]): Promise<number[]> {
  const batch = filings.map((f, ord) => {
    if (f.events.length === 0) throw new Error('a filing has at least one event');
    const row: Record<string, unknown> = { ord };
    for (const c of ticketColumns) row[c.name] = (f.ticket as Record<string, unknown>)[c.key] ?? null;
    row.events = f.events.map((e, i) => ({
      seq: i + 1,
      type: e.type,
      at: e.at,
      actor_id: e.actor.userId,
      actor_role: e.actor.role,
      payload: e.payload,
    }));
    row.notices = f.notices.map((n, i) => ({
      ord: i,
      seq: n.eventIndex + 1,
      kind: n.kind,
      recipient_user_id: n.recipientUserId,
      payload: n.payload,
      available_at: n.availableAt,
    }));
    return row;
  });
  const rows = await queryTextPrepared<{ id: string; number: number }>(
    db,
    FILINGS_SQL,
    [JSON.stringify(batch)],
    'srok_filings',
  );
  const numbers = new Map(rows.map((r) => [r.id, Number(r.number)]));
  return filings.map((f) => {
    const number = numbers.get(f.ticket.id);
    if (number === undefined) throw new Error('the filing statement returned no ticket');
    return number;
  });
}

/** Inserts one filing; returns the ticket's number. */
export async function insertFiling(db: Db, filing: NewFiling): Promise<number> {
  const [number] = await insertFilings(db, [filing]);
  return number!;
}

/**
 * Like insertFiling, but filings made on the same handle while one is being written go together as
 * the next statement (a transaction is a handle of its own, so no filing joins another's).
 */
export const insertFilingSoon: (db: Db, filing: NewFiling) => Promise<number> = batcherPerDb((db: Db) =>
  batched((filings: readonly NewFiling[]) => insertFilings(db, filings), { maxBatch: 50, gather: true }),
);
