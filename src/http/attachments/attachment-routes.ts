// Attachments (R13): samples and data from customers, special builds from support. Streamed to
// disk with a size limit, type sniffed, checksum recorded, each upload in the audit trail (R22),
// served only as a download.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addAttachments } from '../../commands/add-attachments.ts';
import type { CommandDeps } from '../../commands/deps.ts';
import { type AttachmentRow, getAttachment, listAttachments } from '../../db/repositories/attachments.ts';
import { getTicketById, getTicketByNumber, type TicketRow } from '../../db/repositories/tickets.ts';
import { DomainError } from '../../domain/errors.ts';
import { ticketRef } from '../../domain/tickets/ref.ts';
import { openStored, removeStored } from '../../storage/file-store.ts';
import { actorOf, requireRole, SUPPORT_ROLES } from '../plugins/auth.ts';
import { registerPerUserLimits } from '../plugins/per-user-limits.ts';
import { registerUploads, storeUploads } from '../plugins/uploads.ts';
import { type TicketBudgets, writeLimit } from '../tickets/limits.ts';
import { errors } from '../tickets/response-schemas.ts';

export interface AttachmentOptions {
  deps: CommandDeps;
  filesDir: string;
  maxBytes: number;
  /** Per-user requests a minute; an upload counts against the write budget, like a reply. */
  budgets?: TicketBudgets;
}

const attachmentOut = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  internal: z.boolean(),
  createdAt: z.string(),
  url: z.string(),
});

const TAGS = ['Обращения'];

/** Registers upload, list and download. */
export async function attachmentRoutes(app: FastifyInstance, opts: AttachmentOptions): Promise<void> {
  await registerPerUserLimits(app);
  await registerUploads(app, opts.maxBytes);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = opts.deps.db;
  const numberParams = z.object({ number: z.coerce.number().int().positive() });

  r.post(
    '/api/tickets/:number/attachments',
    {
      config: writeLimit(opts.budgets),
      preHandler: requireRole(),
      schema: {
        tags: TAGS,
        summary: 'Приложить файлы к обращению',
        description:
          'multipart/form-data, один или несколько файлов (не больше 20; размер каждого — до SROK_MAX_UPLOAD_MB, ' +
          'иначе 413). Тип определяется по содержимому, SHA-256 записывается; файлы запроса сохраняются все ' +
          'или ни один. internal=true — внутренний файл поддержки, клиенту не виден.',
        consumes: ['multipart/form-data'],
        params: numberParams,
        querystring: z.object({ internal: z.enum(['true', 'false']).optional() }),
        response: {
          201: z.object({ items: z.array(attachmentOut) }),
          ...errors(400, 401, 403, 404, 409, 413, 429),
        },
      },
    },
    async (request, reply) => {
      const ticket = await ticketFor(request, request.params.number);
      if (ticket.status === 'closed')
        throw new DomainError('attachment.ticket_closed', { number: ticket.number });
      const internal = request.query.internal === 'true' && isSupport(request);
      const files = await storeUploads(request, opts.filesDir, opts.maxBytes);
      const saved = await addAttachments(opts.deps, {
        ticketId: ticket.id,
        uploaderId: actorOf(request).userId,
        internal,
        files: files.map((f) => ({ fileName: cleanName(f.fileName), stored: f.stored })),
      }).catch(async (err: unknown) => {
        await removeStored(
          opts.filesDir,
          files.map((f) => f.stored.key),
        );
        throw err;
      });
      return reply.code(201).send({ items: saved.map(present) });
    },
  );

  r.get(
    '/api/tickets/:number/attachments',
    {
      preHandler: requireRole(),
      schema: {
        tags: TAGS,
        summary: 'Файлы обращения',
        description: 'Клиенту — только его файлы и ответы поддержки, без внутренних.',
        params: numberParams,
        response: { 200: z.object({ items: z.array(attachmentOut) }), ...errors(400, 401, 404) },
      },
    },
    async (request) => {
      const ticket = await ticketFor(request, request.params.number);
      return { items: (await listAttachments(db, ticket.id, isSupport(request))).map(present) };
    },
  );

  r.get(
    '/api/attachments/:id',
    {
      preHandler: requireRole(),
      schema: {
        tags: TAGS,
        summary: 'Скачать файл',
        description:
          'Отдаётся как вложение (Content-Disposition: attachment) с определённым при загрузке типом и ' +
          'заголовком Digest (SHA-256). Чужой или внутренний для клиента файл — 404.',
        params: z.object({ id: z.string().uuid() }),
      },
    },
    async (request, reply) => {
      const row = await getAttachment(db, request.params.id);
      const ticket = row ? await getTicketById(db, row.ticketId, scopeOf(request)) : undefined;
      if (!row || !ticket || (row.internal && !isSupport(request))) {
        throw new DomainError('attachment.not_found', { value: request.params.id });
      }
      return reply
        .header('content-type', row.contentType)
        .header('content-length', row.size)
        .header('content-disposition', contentDisposition(row.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('digest', `sha-256=${Buffer.from(row.sha256, 'hex').toString('base64')}`)
        .send(openStored(opts.filesDir, row.storageKey));
    },
  );

  async function ticketFor(request: FastifyRequest, number: number): Promise<TicketRow> {
    const ticket = await getTicketByNumber(db, number, scopeOf(request));
    if (!ticket) throw new DomainError('ticket.not_found', { value: ticketRef(number) });
    return ticket;
  }
}

function isSupport(request: FastifyRequest): boolean {
  return !!request.user && SUPPORT_ROLES.includes(request.user.role);
}

/** Customers see only their organization's tickets (R22): a foreign one is simply not found. */
function scopeOf(request: FastifyRequest): { organizationId?: string } {
  return isSupport(request)
    ? {}
    : { organizationId: request.user?.organizationId ?? '00000000-0000-0000-0000-000000000000' };
}

function present(a: AttachmentRow) {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    internal: a.internal,
    createdAt: a.createdAt.toISOString(),
    url: `/api/attachments/${a.id}`,
  };
}

/** The client's file name without any path or control characters. */
export function cleanName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters and quotes would break headers and listings.
  const cleaned = [...base]
    .filter((ch) => ch !== '"' && ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return cleaned || 'file';
}

/** An attachment header with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
