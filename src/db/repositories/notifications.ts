// The in-portal notification list (R11) and each user's e-mail choices per notice kind.
import { and, count, desc, eq, inArray, isNull, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { insertJsonRows } from '../json-rows.ts';
import { mailPreferences, notifications } from '../schema.ts';

/** A stored portal notice. */
export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Omit<typeof notifications.$inferInsert, 'id' | 'readAt'>;

/**
 * Rows per INSERT (one jsonb parameter of ~200 bytes a row): bounded, since the embedded database
 * keeps the memory its largest statement took; a batch's fan-out to a support team fits in one.
 */
const CHUNK = 500;

/** Adds portal notices; one per outbox row and user, so a redelivery adds nothing. */
export async function addNotifications(db: Db, rows: readonly NewNotification[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await insertJsonRows(db, notifications, rows.slice(i, i + CHUNK), ['outboxId', 'userId']);
  }
}

/** A user's notices newest first; `before` continues after the previous page's last id. */
export function listNotifications(
  db: Db,
  userId: string,
  page: { limit: number; before?: number; unreadOnly?: boolean },
): Promise<NotificationRow[]> {
  const where: SQL[] = [eq(notifications.userId, userId)];
  if (page.before !== undefined) where.push(lt(notifications.id, page.before));
  if (page.unreadOnly) where.push(isNull(notifications.readAt));
  return db
    .select()
    .from(notifications)
    .where(and(...where))
    .orderBy(desc(notifications.id))
    .limit(page.limit);
}

/** How many of the user's notices are unread. */
export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one of the user's notices read (the first reading counts); undefined if it is not theirs. */
export async function markNotificationRead(
  db: Db,
  userId: string,
  id: number,
  at: Date,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!row || row.readAt) return row;
  const [updated] = await db
    .update(notifications)
    .set({ readAt: at })
    .where(eq(notifications.id, id))
    .returning();
  return updated;
}

/** Marks all the user's notices read; returns how many were unread. */
export async function markAllNotificationsRead(db: Db, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Several users' saved choices: user id → kind → wants mail; a missing entry means the default. */
export async function mailChoicesOfUsers(
  db: Db,
  userIds: readonly string[],
): Promise<Map<string, Map<string, boolean>>> {
  const choices = new Map<string, Map<string, boolean>>();
  if (userIds.length === 0) return choices;
  const rows = await db
    .select()
    .from(mailPreferences)
    .where(inArray(mailPreferences.userId, [...userIds]));
  for (const r of rows) {
    const mine = choices.get(r.userId) ?? new Map<string, boolean>();
    mine.set(r.kind, r.email);
    choices.set(r.userId, mine);
  }
  return choices;
}

/** One user's saved choices: kind → wants mail. */
export async function mailChoicesOf(db: Db, userId: string): Promise<Map<string, boolean>> {
  const rows = await db.select().from(mailPreferences).where(eq(mailPreferences.userId, userId));
  return new Map(rows.map((r) => [r.kind, r.email]));
}

/** Saves choices (creating or replacing each kind's row). */
export async function saveMailChoices(
  db: Db,
  userId: string,
  choices: readonly { kind: string; email: boolean }[],
): Promise<void> {
  for (const c of choices) {
    await db
      .insert(mailPreferences)
      .values({ userId, kind: c.kind, email: c.email })
      .onConflictDoUpdate({
        target: [mailPreferences.userId, mailPreferences.kind],
        set: { email: c.email },
      });
  }
}
