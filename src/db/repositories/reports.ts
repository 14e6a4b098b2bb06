// R21 read side: the facts of the tickets created in a period (one row each, clocks straight from
// the stored state) and the clock events that record breaches. There is no index on created_at:
// a report reads the period's tickets by a scan, and their events by the (ticket_id, seq) index.
import { and, asc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { BreachEvent } from '../../domain/reports/breaches.ts';
import type { ClockFact, TicketFacts } from '../../domain/reports/compliance.ts';
import type { ClockOutcome, ClockStatus } from '../../domain/sla/clock.ts';
import type { ClockName, Priority, TicketType } from '../../domain/tickets/types.ts';
import type { Db } from '../database.ts';
import { organizations, plans, ticketEvents, tickets } from '../schema.ts';

/** Which tickets a report covers: created in [from, to), narrowed by the optional fields. */
export interface ReportFilter {
  from: Date;
  to: Date;
  organizationId?: string | undefined;
  planId?: string | undefined;
  type?: TicketType | undefined;
  priority?: Priority | undefined;
}

const REPORT_CLOCKS = ['reaction', 'solution'] as const;

/** The compliance facts of every ticket the filter covers, oldest first. */
export async function listComplianceFacts(db: Db, filter: ReportFilter): Promise<TicketFacts[]> {
  const rows = await db
    .select({
      number: tickets.number,
      createdAt: tickets.createdAt,
      organizationId: tickets.organizationId,
      organizationName: organizations.name,
      planId: tickets.planId,
      planName: plans.name,
      type: tickets.type,
      priority: tickets.priority,
      reactionDueAt: tickets.reactionDueAt,
      solutionDueAt: tickets.solutionDueAt,
      reaction: clockColumn('reaction'),
      solution: clockColumn('solution'),
      reactionEverBreached: everBreached('reaction'),
      solutionEverBreached: everBreached('solution'),
    })
    .from(tickets)
    .innerJoin(organizations, eq(organizations.id, tickets.organizationId))
    .innerJoin(plans, eq(plans.id, tickets.planId))
    .where(whereOf(filter))
    .orderBy(asc(tickets.createdAt), asc(tickets.number));
  return rows.map((r) => ({
    number: Number(r.number),
    createdAt: r.createdAt.getTime(),
    organization: { id: r.organizationId, name: r.organizationName },
    plan: { id: r.planId, name: r.planName },
    type: r.type,
    priority: r.priority,
    reaction: factOf(r.reaction, r.reactionDueAt, r.reactionEverBreached),
    solution: factOf(r.solution, r.solutionDueAt, r.solutionEverBreached),
  }));
}

/** The clock events recording a breach (reaction, solution, progress) of the tickets the filter covers. */
export async function listBreachEvents(db: Db, filter: ReportFilter, limit = 5000): Promise<BreachEvent[]> {
  const clock = sql<string>`${ticketEvents.payload}->>'clock'`;
  const rows = await db
    .select({
      number: tickets.number,
      subject: tickets.subject,
      organizationName: organizations.name,
      clock,
      action: sql<string>`${ticketEvents.payload}->>'action'`,
      dueAt: sql<string | null>`(${ticketEvents.payload}->>'dueAt')`,
      at: ticketEvents.at,
      targetMs: sql<string | null>`(${tickets.state}->'clocks'->(${clock})->>'targetMs')`,
      manualDueAt: sql<string | null>`(${tickets.state}->'clocks'->(${clock})->>'manualDueAt')`,
    })
    .from(ticketEvents)
    .innerJoin(tickets, eq(tickets.id, ticketEvents.ticketId))
    .innerJoin(organizations, eq(organizations.id, tickets.organizationId))
    .where(
      and(
        whereOf(filter),
        eq(ticketEvents.type, 'clock'),
        sql`${clock} in ('reaction', 'solution', 'progress')`,
        sql`(${ticketEvents.payload}->>'action' = 'breached' or (${ticketEvents.payload}->>'action' = 'stopped' and ${ticketEvents.payload}->>'outcome' = 'breached'))`,
      ),
    )
    .orderBy(asc(ticketEvents.at), asc(ticketEvents.id))
    .limit(limit);
  return rows.map((r) => ({
    ticketNumber: Number(r.number),
    subject: r.subject,
    organizationName: r.organizationName,
    clock: r.clock as ClockName,
    action: r.action === 'stopped' ? 'stopped' : 'breached',
    dueAt: r.dueAt === null ? null : Number(r.dueAt),
    at: r.at.getTime(),
    targetMs: r.targetMs === null ? null : Number(r.targetMs),
    manual: r.manualDueAt !== null,
  }));
}

function whereOf(f: ReportFilter): SQL | undefined {
  return and(
    gte(tickets.createdAt, f.from),
    lt(tickets.createdAt, f.to),
    f.organizationId ? eq(tickets.organizationId, f.organizationId) : undefined,
    f.planId ? eq(tickets.planId, f.planId) : undefined,
    f.type ? eq(tickets.type, f.type) : undefined,
    f.priority ? eq(tickets.priority, f.priority) : undefined,
  );
}

interface StoredClock {
  status: string | null;
  outcome: string | null;
  breached: boolean | null;
}

// Only the fields a report reads, so the rest of the state snapshot never leaves the database.
function clockColumn(name: (typeof REPORT_CLOCKS)[number]): SQL<StoredClock | null> {
  const c = sql`${tickets.state}->'clocks'->${sql.raw(`'${name}'`)}`;
  return sql<StoredClock | null>`jsonb_build_object('status', ${c}->>'status', 'outcome', ${c}->>'outcome', 'breached', (${c}->>'breached')::boolean)`;
}

// Any run of the clock breached: the sweeper's event or a late stop (a later met cycle does not undo it).
function everBreached(name: (typeof REPORT_CLOCKS)[number]): SQL<boolean> {
  const p = sql`e.payload`;
  return sql<boolean>`exists (select 1 from ticket_events e where e.ticket_id = ${tickets.id} and e.type = 'clock' and ${p}->>'clock' = ${sql.raw(`'${name}'`)} and (${p}->>'action' = 'breached' or (${p}->>'action' = 'stopped' and ${p}->>'outcome' = 'breached')))`;
}

function factOf(stored: StoredClock | null, dueAt: Date | null, ever: unknown): ClockFact {
  return {
    status: (stored?.status ?? null) as ClockStatus | null,
    outcome: (stored?.outcome ?? null) as ClockOutcome | null,
    breached: stored?.breached === true,
    dueAt: dueAt ? dueAt.getTime() : null,
    everBreached: ever === true || ever === 't',
  };
}
