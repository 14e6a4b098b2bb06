// What the delivery worker reads to address and word a notice: the causing event, the staff who
// receive support's alerts, and whether the same event also alerted the assignee.
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { outbox, ticketEvents, users } from '../schema.ts';
import type { UserRow } from './users.ts';

/** The event's type, actor and payload fields, if it exists. */
export async function getEventFields(
  db: Db,
  id: number,
): Promise<{ type: string; actorId: string | null; fields: Record<string, unknown> } | undefined> {
  const [row] = await db.select().from(ticketEvents).where(eq(ticketEvents.id, id));
  if (!row) return undefined;
  const payload = typeof row.payload === 'object' && row.payload !== null ? row.payload : {};
  return { type: row.type, actorId: row.actorId, fields: { ...(payload as object), type: row.type } };
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

/** Other outbox rows of the same event addressing `audience` (e.g. the breach's assignee row): their users. */
export async function alsoNotified(
  db: Db,
  eventId: number,
  exceptId: number,
  audience: string,
): Promise<Array<string | null>> {
  const rows = await db
    .select({ userId: outbox.recipientUserId })
    .from(outbox)
    .where(
      and(
        eq(outbox.eventId, eventId),
        ne(outbox.id, exceptId),
        sql`${outbox.payload}->>'audience' = ${audience}`,
      ),
    )
    .limit(10);
  return rows.map((r) => r.userId);
}
