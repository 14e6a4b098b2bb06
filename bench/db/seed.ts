// Bulk seeding for the database bench: N copies of one real ticket, inserted set-based in batches.
//
// The template is a ticket filed through fileTicket, so every copy carries a realistic state
// snapshot and row width. Each copy gets its own number (ticket_number_seq), id, type, priority,
// status and deadlines, from a cheap multiplicative hash of its index, so runs are repeatable:
//   - 15 % closed (no deadlines, nothing to sweep);
//   - 10 % waiting for the customer (no queue deadline, the auto-close to sweep in 1–15 days);
//   - the rest open: 5 % overdue by up to 5 days, the others due 2 h to 120 days after t0;
//   - about half assigned to the one engineer, whatever the status.
// No seeded ticket is due for the sweep before t0 + 1 h. Three events per ticket are copied from
// the template's, shifted to the copy's creation instant.
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../src/db/database.ts';

export interface SeedOptions {
  /** How many tickets to add. */
  tickets: number;
  /** Rows per INSERT statement. */
  batch: number;
  /** The filed ticket to copy. */
  templateId: string;
  /** The assignee of about half the copies. */
  engineerId: string;
  /** The bench's present (UTC ms): deadlines spread after it, creation instants before it. */
  t0: number;
  /** Also copy the template's events for every ticket. */
  withEvents: boolean;
  /** Called after each batch with the number of tickets inserted so far. */
  onProgress?: (done: number) => void;
}

export interface SeedResult {
  tickets: number;
  events: number;
  /** Time spent inserting (ms). */
  insertMs: number;
  /** Time spent on VACUUM (ANALYZE) afterwards (ms). */
  analyzeMs: number;
}

/** The earliest `next_sweep_at` a seeded ticket gets, after t0. */
export const SEEDED_SWEEP_MARGIN_MS = 60 * 60 * 1000;

const MINUTE = sql.raw(`interval '1 minute'`);

/** Inserts the copies, then VACUUM (ANALYZE) so the planner and visibility map see the full tables. */
export async function seedTickets(db: Db, opts: SeedOptions): Promise<SeedResult> {
  const t0 = new Date(opts.t0).toISOString();
  const [template] = await queryRows<{ created_at: string }>(
    db,
    sql`select created_at::text as created_at from tickets where id = ${opts.templateId}::uuid`,
  );
  if (!template) throw new Error(`template ticket ${opts.templateId} not found`);
  const [tplEvents] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ticket_events where ticket_id = ${opts.templateId}::uuid`,
  );
  const eventsPerTicket = opts.withEvents ? (tplEvents?.n ?? 0) : 0;

  const start = performance.now();
  for (let done = 0; done < opts.tickets; ) {
    const n = Math.min(opts.batch, opts.tickets - done);
    await db.execute(batchStatement(opts, t0, done, n));
    done += n;
    opts.onProgress?.(done);
  }
  const insertMs = performance.now() - start;

  const analyzeStart = performance.now();
  await db.execute(sql`vacuum (analyze) tickets, ticket_events`);
  const analyzeMs = performance.now() - analyzeStart;
  return { tickets: opts.tickets, events: opts.tickets * eventsPerTicket, insertMs, analyzeMs };
}

function batchStatement(opts: SeedOptions, t0: string, offset: number, n: number) {
  const marginMin = SEEDED_SWEEP_MARGIN_MS / 60_000;
  // i: the copy's index; h, k: two independent pseudo-random numbers derived from it.
  const rows = sql`
    with src as (
      select g as i,
             (g::bigint * 2654435761) % 1000003 as h,
             (g::bigint * 40503 + 12345) % 999983 as k
        from generate_series(${offset + 1}::int, ${offset + n}::int) as g
    ), shaped as (
      select i, h, k,
             case when i % 20 < 3 then 'closed'
                  when i % 20 < 5 then 'waiting_customer'
                  when h % 2 = 0 then 'in_progress'
                  else 'new' end as status,
             case when h % 2 = 0 then ${opts.engineerId}::uuid end as assignee_id,
             (array['request', 'incident', 'incident', 'problem'])[1 + (k % 4)::int] as type,
             (array['critical', 'high', 'normal', 'normal', 'normal', 'low'])[1 + (h % 6)::int] as priority,
             ${t0}::timestamptz - (1 + k % (90 * 24 * 60)) * ${MINUTE} as created_at,
             case when k % 20 = 0
                  then ${t0}::timestamptz - (1 + h % (5 * 24 * 60)) * ${MINUTE}
                  else ${t0}::timestamptz + (120 + h % (120 * 24 * 60)) * ${MINUTE} end as due,
             ${t0}::timestamptz + (24 * 60 + k % (14 * 24 * 60)) * ${MINUTE} as auto_close
        from src
    ), dated as (
      select s.*,
             case when status = 'closed' then created_at + (1 + h % (3 * 24 * 60)) * ${MINUTE} end as closed_at,
             case when status = 'waiting_customer' then auto_close
                  when status = 'closed' then null
                  else greatest(due - (h % 60) * ${MINUTE},
                                ${t0}::timestamptz + ${marginMin}::int * ${MINUTE}) end as sweep
        from shaped s
    )`;
  const insertTickets = sql`
      insert into tickets (organization_id, contract_id, plan_id, requester_id, assignee_id, type, priority,
                           status, subject, description, product, build, cycle, open_dispute, created_at,
                           updated_at, closed_at, reaction_due_at, solution_due_at, progress_due_at,
                           auto_close_at, next_due_at, next_sweep_at, state)
      select t.organization_id, t.contract_id, t.plan_id, t.requester_id, d.assignee_id, d.type, d.priority,
             d.status, t.subject || ' №' || d.i, t.description, t.product, t.build, t.cycle, t.open_dispute,
             d.created_at, coalesce(d.closed_at, d.created_at), d.closed_at,
             case when d.status in ('new', 'in_progress') then d.due - 4 * 60 * ${MINUTE} end,
             case when d.status in ('new', 'in_progress') then d.due end,
             null,
             case when d.status = 'waiting_customer' then d.auto_close end,
             case when d.status in ('new', 'in_progress') then d.due end,
             d.sweep,
             t.state || jsonb_build_object(
               'status', d.status, 'type', d.type, 'priority', d.priority, 'assigneeId', d.assignee_id,
               'filedAt', (extract(epoch from d.created_at) * 1000)::bigint,
               'closedAt', (extract(epoch from d.closed_at) * 1000)::bigint)
        from dated d cross join tickets t
       where t.id = ${opts.templateId}::uuid`;
  if (!opts.withEvents) return sql`${rows} ${insertTickets}`;
  return sql`${rows}, ins as (${insertTickets} returning id, created_at)
    insert into ticket_events (ticket_id, seq, type, at, actor_id, actor_role, payload, created_at)
    select ins.id, e.seq, e.type, ins.created_at + (e.at - tpl.created_at), e.actor_id, e.actor_role,
           e.payload, ins.created_at + (e.at - tpl.created_at)
      from ins
     cross join ticket_events e
     cross join tickets tpl
     where e.ticket_id = ${opts.templateId}::uuid and tpl.id = ${opts.templateId}::uuid`;
}

export interface TableSizes {
  /** pg_total_relation_size('tickets'): heap, TOAST and indexes. */
  tickets: number;
  ticketsHeap: number;
  ticketsToast: number;
  ticketsIndexes: number;
  /** pg_column_size of the first ticket's state snapshot (stored inline below about 2 kB). */
  stateBytes: number;
  ticketEvents: number;
  ticketRows: number;
  eventRows: number;
}

/** pg_total_relation_size (heap, TOAST and indexes) of the two big tables and their row counts. */
export async function tableSizes(db: Db): Promise<TableSizes> {
  const [row] = await queryRows<Record<keyof TableSizes, number>>(
    db,
    sql`select pg_total_relation_size('tickets')::float8 as "tickets",
               pg_relation_size('tickets')::float8 as "ticketsHeap",
               coalesce((select pg_total_relation_size(nullif(reltoastrelid, 0)) from pg_class
                          where oid = 'tickets'::regclass), 0)::float8 as "ticketsToast",
               pg_indexes_size('tickets')::float8 as "ticketsIndexes",
               (select pg_column_size(state) from tickets order by number limit 1)::float8 as "stateBytes",
               pg_total_relation_size('ticket_events')::float8 as "ticketEvents",
               (select count(*) from tickets)::float8 as "ticketRows",
               (select count(*) from ticket_events)::float8 as "eventRows"`,
  );
  if (!row) throw new Error('no sizes');
  return {
    tickets: Number(row.tickets),
    ticketsHeap: Number(row.ticketsHeap),
    ticketsToast: Number(row.ticketsToast),
    ticketsIndexes: Number(row.ticketsIndexes),
    stateBytes: Number(row.stateBytes),
    ticketEvents: Number(row.ticketEvents),
    ticketRows: Number(row.ticketRows),
    eventRows: Number(row.eventRows),
  };
}
