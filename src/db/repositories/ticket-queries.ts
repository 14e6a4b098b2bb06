// Read-side ticket queries for the API: filtered, searched and paged lists, counts per status, and the
// names a ticket page shows. Every query takes the caller's organization scope, so another
// organization's ticket is never found.
import { and, asc, desc, eq, gt, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Priority, STATUSES, type TicketStatus, type TicketType } from '../../domain/tickets/types.ts';
import type { Db } from '../database.ts';
import {
  MESSAGE_EVENT_TYPES,
  messageWords,
  organizations,
  ticketClosedCounts,
  ticketEvents,
  tickets,
  users,
} from '../schema.ts';

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
  const where = and(...conditions(filter), page.after ? afterCursor(page.after) : undefined);
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
        .where(and(sql`${tickets.status} <> 'closed'`, ...conditions({ organizationId })))
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
        .where(and(...conditions({ ...narrower, organizationId })))
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

const NUMBER_QUERY = /^\s*[#№]?\s*(\d{1,15})\s*$/;

function conditions(f: TicketFilter): Array<SQL | undefined> {
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
    const query = searchQuery(q);
    // The types are literals, not parameters, so the planner sees they fall inside the partial index.
    const types = MESSAGE_EVENT_TYPES.filter((t) => f.searchInternalNotes || t !== 'internal_note');
    const typeList = sql.raw(types.map((t) => `'${t}'`).join(', '));
    // Two index searches (ticket text, message text) whose ids the list then reads by primary key.
    const words = sql`${tickets.id} in (
      select s.id from ${tickets} s where s.search @@ ${query}
      union
      select e.ticket_id from ${ticketEvents} e
      where e.type in (${typeList}) and ${messageWords(sql`e.payload`)} @@ ${query})`;
    const digits = NUMBER_QUERY.exec(q)?.[1];
    out.push(digits ? or(words, eq(tickets.number, Number(digits))) : words);
  }
  return out;
}

// A lexeme of three or more characters in tsquery's text form, where '' is an escaped quote.
const LEXEME = "'((?:[^']|''){3,})'";

/**
 * The tsquery of what a user typed. websearch_to_tsquery accepts any text (quotes, minus, or), so
 * user input never breaks the query; each lexeme of three or more characters then matches as a
 * prefix, because the Russian stemmer is uneven («журнал» stems to «журна», «журналы» to «журнал»)
 * and people type the start of a word («серв» for «сервер»).
 */
function searchQuery(q: string): SQL {
  return sql`regexp_replace(websearch_to_tsquery('russian', ${q})::text, ${LEXEME}, ${"'\\1':*"}, 'g')::tsquery`;
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
