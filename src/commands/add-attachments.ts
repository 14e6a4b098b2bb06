// Records files already streamed to the file store as attachments of a ticket (R13), each with its
// audit row (R22), all in one transaction: the ticket's files and its trail never disagree.
import { withTransaction } from '../db/database.ts';
import { type AttachmentRow, insertAttachment } from '../db/repositories/attachments.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { getTicketById } from '../db/repositories/tickets.ts';
import { DomainError } from '../domain/errors.ts';
import type { StoredFile } from '../storage/file-store.ts';
import type { CommandDeps } from './deps.ts';

export interface AddAttachmentsInput {
  ticketId: string;
  uploaderId: string;
  /** Seen by support only. */
  internal: boolean;
  files: ReadonlyArray<{ fileName: string; stored: StoredFile }>;
}

/** Adds the attachment rows and one `attachment.added` audit row each; the ticket must not be closed. */
export function addAttachments(deps: CommandDeps, input: AddAttachmentsInput): Promise<AttachmentRow[]> {
  return withTransaction(deps.db, async (tx) => {
    // Checked again here: the ticket may have closed while a large upload was streaming.
    const ticket = await getTicketById(tx, input.ticketId);
    if (!ticket) throw new DomainError('ticket.not_found', { value: input.ticketId });
    if (ticket.status === 'closed')
      throw new DomainError('attachment.ticket_closed', { number: ticket.number });
    const at = new Date(deps.clock.now());
    const rows: AttachmentRow[] = [];
    for (const { fileName, stored } of input.files) {
      const row = await insertAttachment(tx, {
        ticketId: ticket.id,
        uploaderId: input.uploaderId,
        fileName,
        contentType: stored.contentType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
        internal: input.internal,
        createdAt: at,
      });
      await recordAudit(tx, {
        actorId: input.uploaderId,
        action: 'attachment.added',
        entity: 'ticket',
        entityId: String(ticket.number),
        payload: {
          ticketNumber: ticket.number,
          attachmentId: row.id,
          fileName: row.fileName,
          contentType: row.contentType,
          size: row.size,
          sha256: row.sha256,
          internal: row.internal,
        },
        at,
      });
      rows.push(row);
    }
    return rows;
  });
}
