// The development mailbox: mail kept in the database when no SMTP server is configured, so a
// newcomer sees every mail at /admin/mailbox. One row per outbox row and recipient.
import { and, asc, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { insertJsonRows } from '../json-rows.ts';
import { mailbox } from '../schema.ts';

/** A stored mail of the development mailbox. */
export type MailboxRow = typeof mailbox.$inferSelect;
export type NewMailboxRow = Omit<typeof mailbox.$inferInsert, 'id'>;

/** Rows per INSERT: a notice to a whole support team stays a few statements of bounded size. */
const CHUNK = 25;

/** Stores several mails; those already stored (same outbox row and recipient) are skipped. */
export async function storeMails(db: Db, rows: readonly NewMailboxRow[]): Promise<void> {
  // Bounded statements: the embedded database grows its memory to the largest one and keeps it.
  for (let i = 0; i < rows.length; i += CHUNK) {
    await insertJsonRows(db, mailbox, rows.slice(i, i + CHUNK), ['outboxId', 'recipient']);
  }
}

/** Which stored mails to list. */
export interface MailboxQuery {
  recipient?: string;
  /** Only mails older than this id (the previous page's last). */
  before?: number;
  limit: number;
}

/** Mails newest first, optionally to one recipient. */
export function listMailbox(db: Db, query: MailboxQuery): Promise<MailboxRow[]> {
  const where: SQL[] = [];
  if (query.recipient) where.push(eq(mailbox.recipient, query.recipient.trim().toLowerCase()));
  if (query.before !== undefined) where.push(lt(mailbox.id, query.before));
  return db
    .select()
    .from(mailbox)
    .where(and(...where))
    .orderBy(desc(mailbox.id))
    .limit(query.limit);
}

/** One stored mail, if any. */
export async function getMail(db: Db, id: number): Promise<MailboxRow | undefined> {
  const [row] = await db.select().from(mailbox).where(eq(mailbox.id, id));
  return row;
}

/** Deletes up to `limit` mails stored before `before`, oldest first; returns how many went. */
export async function deleteMailBefore(db: Db, before: Date, limit: number): Promise<number> {
  const old = db
    .select({ id: mailbox.id })
    .from(mailbox)
    .where(lt(mailbox.createdAt, before))
    .orderBy(asc(mailbox.createdAt))
    .limit(limit);
  const rows = await db.delete(mailbox).where(inArray(mailbox.id, old)).returning({ id: mailbox.id });
  return rows.length;
}
