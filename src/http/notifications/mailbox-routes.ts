// The development mailbox for administrators: with no SMTP server configured every mail Srok
// sends is kept here, so a newcomer can read exactly what customers and support would receive.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { getMail, listMailbox, type MailboxRow } from '../../db/repositories/mailbox.ts';
import { DomainError } from '../../domain/errors.ts';
import { requireRole } from '../plugins/auth.ts';

const TAGS = ['Почтовый ящик разработки'];

const summarySchema = z.object({
  id: z.number(),
  outboxId: z.number().nullable(),
  messageId: z.string(),
  recipient: z.string(),
  subject: z.string(),
  createdAt: z.string(),
});
const mailSchema = summarySchema.extend({
  text: z.string(),
  html: z.string(),
  headers: z.record(z.string(), z.string()),
});

function presentSummary(m: MailboxRow): z.infer<typeof summarySchema> {
  return {
    id: m.id,
    outboxId: m.outboxId,
    messageId: m.messageId,
    recipient: m.recipient,
    subject: m.subject,
    createdAt: m.createdAt.toISOString(),
  };
}

/** Registers GET /api/admin/mailbox and GET /api/admin/mailbox/{id} (administrators only). */
export async function mailboxRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.deps;

  r.get(
    '/api/admin/mailbox',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: TAGS,
        summary: 'Письма в почтовом ящике разработки, новые первыми',
        description: 'Заполняется, когда SMTP_URL не задан. Фильтр recipient — точный адрес получателя.',
        querystring: z.object({
          recipient: z.string().trim().max(320).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: z.object({ items: z.array(summarySchema), nextBefore: z.number().nullable() }) },
      },
    },
    async (request) => {
      const { recipient, limit, before } = request.query;
      const rows = await listMailbox(db, {
        limit,
        ...(recipient ? { recipient } : {}),
        ...(before !== undefined ? { before } : {}),
      });
      return {
        items: rows.map(presentSummary),
        nextBefore: rows.length === limit ? (rows.at(-1)?.id ?? null) : null,
      };
    },
  );

  r.get(
    '/api/admin/mailbox/:id',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: TAGS,
        summary: 'Письмо целиком: заголовки, текст и HTML',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: mailSchema },
      },
    },
    async (request) => {
      const m = await getMail(db, request.params.id);
      if (!m) throw new DomainError('mailbox.not_found', { value: request.params.id });
      return { ...presentSummary(m), text: m.text, html: m.html, headers: m.headers };
    },
  );
}
