// Attachment rows: metadata and checksum of each stored file.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { attachments } from '../schema.ts';

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachment = typeof attachments.$inferInsert;

/** Records a stored file. */
export async function insertAttachment(db: Db, input: NewAttachment): Promise<AttachmentRow> {
  const [row] = await db.insert(attachments).values(input).returning();
  if (!row) throw new Error('insert into attachments returned no row');
  return row;
}

/** A ticket's attachments, oldest first; internal ones only when asked. */
export function listAttachments(
  db: Db,
  ticketId: string,
  includeInternal: boolean,
): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(attachments)
    .where(
      and(eq(attachments.ticketId, ticketId), includeInternal ? undefined : eq(attachments.internal, false)),
    )
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/** One attachment by id. */
export async function getAttachment(db: Db, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  return row;
}
