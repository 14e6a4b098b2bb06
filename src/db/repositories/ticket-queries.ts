// Read-side ticket queries for the API: filtered, searched and paged lists, counts per status, and the
// names a ticket page shows. Every query takes the caller's organization scope, so another
// organization's ticket is never found.
import { and, asc, desc, eq, gt, inArray, isNull, lt, or, SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Priority, STATUSES, type TicketStatus, type TicketType } from '../../domain/tickets/types.ts';
import type { Db } from '../database.ts';
import { organizations, ticketClosedCounts, tickets, users } from '../schema.ts';
import { parseSearch, ticketIdsMatching } from './ticket-search.ts';

/** What a list may be narrowed by; absent fields do not narrow. */
export interface TicketFilter {
  /** The organization scope: customers always pass theirs; support may pass one to filter. */
  organizationId?: string;
  statuses?: readonly TicketStatus[];
  type?: TicketType;
  priority?: Priority;
  /** A user's tickets; `null`: unassigned ones. */
  assigneeId?: string | null;
  openDispute?: boolean;
  /**
   * Full-text search in Russian and English of the subject, the description and the conversation;
   * a number also matches the ticket with that number.
   */
  q?: string;
  /** Whether the search reads internal notes too (support only). */
  searchInternalNotes?: boolean;
}

/** `due`: the queue (nearest deadline first, none last, then by number); `created`: newest first. */
export type TicketOrder = 'due' | 'created';

/** Where a page ended: the last row's deadline (for `due`) and number. */
export interface TicketCursor {
  order: TicketOrder;
  dueAt: Date | null;
  number: number;
}

const requester = alias(users, 'requester');
const assignee = alias(users, 'assignee');

const listColumns = {
  id: tickets.id,
  number: tickets.number,
  organizationId: tickets.organizationId,
  organizationName: organizations.name,
  requesterId: tickets.requesterId,
  requesterName: requester.name,
  assigneeId: tickets.assigneeId,
  assigneeName: assignee.name,
  type: tickets.type,
  priority: tickets.priority,
  status: tickets.status,
  subject: tickets.subject,
  cycle: tickets.cycle,
  openDispute: tickets.openDispute,
  version: tickets.version,
  createdAt: tickets.createdAt,
  updatedAt: tickets.updatedAt,
  closedAt: tickets.closedAt,
  reactionDueAt: tickets.reactionDueAt,
  solutionDueAt: tickets.solutionDueAt,
  progressDueAt: tickets.progressDueAt,
  autoCloseAt: tickets.autoCloseAt,
  nextDueAt: tickets.nextDueAt,
  state: tickets.state, // for the list's alert mark (domain/sla/alert.ts)
};

/** A list row: the ticket's columns with the names of its organization, requester and assignee. */
export type TicketListRow = Awaited<ReturnType<typeof listTickets>>[number];

/** One page of tickets matching the filter, in the order, after the cursor. */
export async function listTickets(
  db: Db,
  filter: TicketFilter,
  page: { order: TicketOrder; limit: number; after?: TicketCursor },
) {
  const where = and(...(await conditions(db, filter)), page.after ? afterCursor(page.after) : undefined);
  const order =
    page.order === 'due'
      ? [sql`${tickets.nextDueAt} asc nulls last`, asc(tickets.number)]
      : [desc(tickets.number)];
  return db
    .select(listColumns)
    .from(tickets)
    .leftJoin(organizations, eq(organizations.id, tickets.organizationId))
    .leftJoin(requester, eq(requester.id, tickets.requesterId))
    .leftJoin(assignee, eq(assignee.id, tickets.assigneeId))
    .where(where)
    .orderBy(...order)
    .limit(page.limit);
}

/**
 * How many tickets match the filter in each status (the filter's own statuses are ignored). Narrowed
 * by organization at most, the open ones are counted from their partial index and the closed ones
 * read from ticket_closed_counts: a few rows however long the history. Any other filter counts rows.
 */
export async function countTicketsByStatus(
  db: Db,
  filter: TicketFilter,
): Promise<Record<TicketStatus, number>> {
  const { organizationId, statuses: _ignored, ...narrower } = filter;
  const byOrganization = Object.values(narrower).every((v) => v === undefined || v === '');
  const rows = byOrganization
    ? await db
        .select({ status: tickets.status, n: sql<number>`count(*)::int` })
        .from(tickets)
        // A literal rather than a parameter: the planner then proves the partial index's predicate.
        .where(and(sql`${tickets.status} <> 'closed'`, ...(await conditions(db, { organizationId }))))
        .groupBy(tickets.status)
        .unionAll(
          db
            .select({
              status: sql<TicketStatus>`'closed'`,
              n: sql<number>`coalesce(sum(${ticketClosedCounts.closed}), 0)::int`,
            })
            .from(ticketClosedCounts)
            .where(
              organizationId === undefined
                ? undefined
                : eq(ticketClosedCounts.organizationId, organizationId),
            ),
        )
    : await db
        .select({ status: tickets.status, n: sql<number>`count(*)::int` })
        .from(tickets)
        .where(and(...(await conditions(db, { ...narrower, organizationId }))))
        .groupBy(tickets.status);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TicketStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/** Display names of users by id (unknown ids are absent). */
export async function userNames(db: Db, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The number of the ticket with this id, if any. */
export async function ticketNumberOf(db: Db, id: string): Promise<number | null> {
  const [row] = await db.select({ number: tickets.number }).from(tickets).where(eq(tickets.id, id));
  return row?.number ?? null;
}

// A number as people write it: 1036, #1036, №1036, or the displayed SR-1036 (ticketRef).
const NUMBER_QUERY = /^\s*(?:[#№]|sr\s*-?)?\s*(\d{1,15})\s*$/i;

async function conditions(db: Db, f: TicketFilter): Promise<Array<SQL | undefined>> {
  const out: Array<SQL | undefined> = [];
  if (f.organizationId !== undefined) out.push(eq(tickets.organizationId, f.organizationId));
  if (f.statuses && f.statuses.length > 0) out.push(inArray(tickets.status, [...f.statuses]));
  if (f.type) out.push(eq(tickets.type, f.type));
  if (f.priority) out.push(eq(tickets.priority, f.priority));
  if (f.assigneeId !== undefined) {
    out.push(f.assigneeId === null ? isNull(tickets.assigneeId) : eq(tickets.assigneeId, f.assigneeId));
  }
  if (f.openDispute !== undefined) out.push(eq(tickets.openDispute, f.openDispute));
  const q = f.q?.trim();
  if (q) {
    const search = await parseSearch(db, q);
    const digits = NUMBER_QUERY.exec(q)?.[1];
    // Both in one semi-join: an OR beside it would test every ticket of the list against it.
    const found = [
      search &&
        ticketIdsMatching(search, {
          ...(f.organizationId === undefined ? {} : { organizationId: f.organizationId }),
          internalNotes: f.searchInternalNotes === true,
        }),
      digits && sql`select ${tickets.id} from ${tickets} where ${tickets.number} = ${Number(digits)}`,
    ].filter((part): part is SQL => part instanceof SQL);
    out.push(
      found.length === 0
        ? sql`false`
        : sql`${tickets.id} in (${sql.join(
            found.map((part) => sql`(${part})`),
            sql` union `,
          )})`,
    );
  }
  return out;
}

function afterCursor(c: TicketCursor): SQL | undefined {
  if (c.order === 'created') return lt(tickets.number, c.number);
  if (c.dueAt === null) return and(isNull(tickets.nextDueAt), gt(tickets.number, c.number));
  const due = sql.param(c.dueAt, tickets.nextDueAt);
  return or(
    sql`(${tickets.nextDueAt}, ${tickets.number}) > (${due}, ${c.number})`,
    isNull(tickets.nextDueAt),
  );
}
