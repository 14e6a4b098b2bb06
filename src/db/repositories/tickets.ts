// Ticket rows: the derived columns of each ticket, numbered by a sequence, updated optimistically.
import { and, asc, eq, gt, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { DomainError } from '../../domain/errors.ts';
import type { Db } from '../database.ts';
import { tickets } from '../schema.ts';

export type TicketRow = typeof tickets.$inferSelect;
/** A new ticket: the number comes from `ticket_number_seq`, the version starts at 1. */
export type NewTicket = Omit<typeof tickets.$inferInsert, 'number' | 'version'>;
/** Columns a command may change; identity, number and version are the repository's. */
export type TicketPatch = Partial<
  Omit<typeof tickets.$inferInsert, 'id' | 'number' | 'version' | 'createdAt'>
>;

/** Scope of a lookup: with an organization, another organization's ticket is simply not found. */
export interface TicketScope {
  organizationId?: string;
}

/** Where a queue page ended: the last row's deadline and number. */
export interface QueueCursor {
  nextDueAt: Date | null;
  number: number;
}

export interface QueueQuery {
  /** A user's queue; `null` lists unassigned tickets; absent lists all open tickets. */
  assigneeId?: string | null;
  limit: number;
  after?: QueueCursor;
}

// Literal (not a parameter) so the planner can match the partial indexes' predicate.
const isOpen = sql`${tickets.status} <> 'closed'`;

/** Inserts a ticket and returns it with its number, unique even under concurrent inserts. */
export async function insertTicket(db: Db, ticket: NewTicket): Promise<TicketRow> {
  const [row] = await db.insert(tickets).values(ticket).returning();
  if (!row) throw new Error('insert into tickets returned no row');
  return row;
}

/** The ticket with this id, if it exists within the scope. */
export async function getTicketById(
  db: Db,
  id: string,
  scope: TicketScope = {},
): Promise<TicketRow | undefined> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, id), scoped(scope)));
  return row;
}

/** The ticket with this human number, if it exists within the scope. */
export async function getTicketByNumber(
  db: Db,
  number: number,
  scope: TicketScope = {},
): Promise<TicketRow | undefined> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.number, number), scoped(scope)));
  return row;
}

/**
 * Locks the tickets with these ids (FOR UPDATE) in the order of their ids and returns them as they
 * are now: two commands that each change the same two tickets wait for each other, never deadlock.
 */
export async function lockTicketsById(db: Db, ids: readonly string[]): Promise<TicketRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(tickets)
    .where(inArray(tickets.id, [...ids]))
    .orderBy(asc(tickets.id))
    .for('update');
}

/**
 * Applies `patch` if the ticket is still at `expectedVersion` and bumps the version; otherwise
 * throws 'ticket.version_conflict' (or 'ticket.not_found'). `updatedAt` defaults to the database clock.
 */
export async function updateTicket(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: TicketPatch,
): Promise<TicketRow> {
  const [row] = await db
    .update(tickets)
    .set({ ...patch, updatedAt: patch.updatedAt ?? sql`now()`, version: sql`${tickets.version} + 1` })
    .where(and(eq(tickets.id, id), eq(tickets.version, expectedVersion)))
    .returning();
  if (row) return row;
  const [current] = await db.select({ version: tickets.version }).from(tickets).where(eq(tickets.id, id));
  if (!current) throw new DomainError('ticket.not_found', { value: id });
  throw new DomainError('ticket.version_conflict', {
    id,
    expected: expectedVersion,
    actual: current.version,
  });
}

/**
 * Open tickets by urgency: nearest `next_due_at` first, tickets without a deadline last, then by
 * number. Pages continue after `after`; each part is one range scan of a partial queue index.
 */
export async function listQueue(db: Db, query: QueueQuery): Promise<TicketRow[]> {
  const { limit, after } = query;
  if (limit <= 0) return [];
  const assignee =
    query.assigneeId === undefined
      ? undefined
      : query.assigneeId === null
        ? isNull(tickets.assigneeId)
        : eq(tickets.assigneeId, query.assigneeId);
  const rows: TicketRow[] = [];
  if (!after || after.nextDueAt !== null) {
    const from = after?.nextDueAt
      ? sql`(${tickets.nextDueAt}, ${tickets.number}) > (${sql.param(after.nextDueAt, tickets.nextDueAt)}, ${after.number})`
      : sql`${tickets.nextDueAt} is not null`;
    rows.push(...(await queuePart(db, and(isOpen, assignee, from), limit)));
  }
  if (rows.length < limit) {
    const from = after?.nextDueAt === null ? gt(tickets.number, after.number) : undefined;
    rows.push(
      ...(await queuePart(db, and(isOpen, assignee, isNull(tickets.nextDueAt), from), limit - rows.length)),
    );
  }
  return rows;
}

function queuePart(db: Db, where: SQL | undefined, limit: number): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(where)
    .orderBy(sql`${tickets.nextDueAt} asc nulls last`, asc(tickets.number))
    .limit(limit);
}

/**
 * Locks and returns up to `limit` tickets whose `next_sweep_at` has come, earliest first. Rows
 * another transaction holds are skipped, so concurrent sweepers never take the same ticket.
 * Call inside a transaction: the locks last until it ends.
 */
export function claimDueForSweep(db: Db, now: Date, limit: number): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(lte(tickets.nextSweepAt, now))
    .orderBy(asc(tickets.nextSweepAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

function scoped(scope: TicketScope): SQL | undefined {
  return scope.organizationId === undefined ? undefined : eq(tickets.organizationId, scope.organizationId);
}

/** The earliest instant the sweeper must act at, if any (one index lookup). */
export async function nextSweepInstant(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: tickets.nextSweepAt })
    .from(tickets)
    .where(sql`${tickets.nextSweepAt} is not null`)
    .orderBy(asc(tickets.nextSweepAt))
    .limit(1);
  return row?.at ?? null;
}
