// What the delivery worker reads to address and word a batch of notices: the tickets and causing
// events, the staff who receive support's alerts, and which events also alerted an assignee.
// Each read covers the whole batch in one statement.
import { and, asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { outbox, ticketEvents, tickets, users } from '../schema.ts';
import type { UserRow } from './users.ts';

/** The fields of a ticket a notice shows, and its plan (for the night rule and time zone). */
export interface NoticeTicket {
  id: string;
  number: number;
  subject: string;
  type: string;
  priority: string;
  planId: string;
  /** Whose ticket it is: a customer notice reaches only that organization's representatives. */
  organizationId: string;
  reactionDueAt: Date | null;
  solutionDueAt: Date | null;
  autoCloseAt: Date | null;
}

/** Tickets by id. */
export function getNoticeTickets(db: Db, ids: readonly string[]): Promise<Map<string, NoticeTicket>> {
  return byId(ids, (wanted) =>
    db
      .select({
        id: tickets.id,
        number: tickets.number,
        subject: tickets.subject,
        type: tickets.type,
        priority: tickets.priority,
        planId: tickets.planId,
        organizationId: tickets.organizationId,
        reactionDueAt: tickets.reactionDueAt,
        solutionDueAt: tickets.solutionDueAt,
        autoCloseAt: tickets.autoCloseAt,
      })
      .from(tickets)
      .where(inArray(tickets.id, wanted)),
  );
}

/** The organization of each ticket by its number (a build's notice names its tickets by number). */
export async function getTicketOrganizations(
  db: Db,
  numbers: readonly number[],
): Promise<Map<number, string>> {
  if (numbers.length === 0) return new Map();
  const rows = await db
    .select({ number: tickets.number, organizationId: tickets.organizationId })
    .from(tickets)
    .where(inArray(tickets.number, [...numbers]));
  return new Map(rows.map((r) => [r.number, r.organizationId]));
}

/** Rows by id as `load` reads them for the ids; no ids, no query. */
async function byId<K, R extends { id: K }>(
  ids: readonly K[],
  load: (ids: K[]) => Promise<R[]>,
): Promise<Map<K, R>> {
  if (ids.length === 0) return new Map();
  return new Map((await load([...ids])).map((r) => [r.id, r]));
}

/** A causing event: its type, actor and payload fields (with the type among them). */
export interface EventFields {
  type: string;
  actorId: string | null;
  fields: Record<string, unknown>;
}

/** Events by id. */
export async function getEventFields(db: Db, ids: readonly number[]): Promise<Map<number, EventFields>> {
  const rows = await byId(ids, (wanted) =>
    db
      .select({
        id: ticketEvents.id,
        type: ticketEvents.type,
        actorId: ticketEvents.actorId,
        payload: ticketEvents.payload,
      })
      .from(ticketEvents)
      .where(inArray(ticketEvents.id, wanted)),
  );
  return new Map(
    [...rows.values()].map((row) => {
      const payload = typeof row.payload === 'object' && row.payload !== null ? row.payload : {};
      return [
        row.id,
        { type: row.type, actorId: row.actorId, fields: { ...(payload as object), type: row.type } },
      ];
    }),
  );
}

/** Users holding one of the roles, by e-mail. */
export function listUsersInRoles(db: Db, roles: readonly UserRow['role'][]): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(inArray(users.role, [...roles]))
    .orderBy(asc(users.email));
}

/** Users by id. */
export function getUsers(db: Db, ids: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(users)
    .where(inArray(users.id, [...ids]));
}

/** The outbox rows of these events addressing `audience` (e.g. a breach's assignee row), by event. */
export async function rowsForAudience(
  db: Db,
  eventIds: readonly number[],
  audience: string,
): Promise<Map<number, Array<{ rowId: number; userId: string | null }>>> {
  const byEvent = new Map<number, Array<{ rowId: number; userId: string | null }>>();
  if (eventIds.length === 0) return byEvent;
  const rows = await db
    .select({ rowId: outbox.id, eventId: outbox.eventId, userId: outbox.recipientUserId })
    .from(outbox)
    .where(and(inArray(outbox.eventId, [...eventIds]), sql`${outbox.payload}->>'audience' = ${audience}`));
  for (const { rowId, eventId, userId } of rows) {
    if (eventId === null) continue;
    const list = byEvent.get(eventId) ?? [];
    list.push({ rowId, userId });
    byEvent.set(eventId, list);
  }
  return byEvent;
}
