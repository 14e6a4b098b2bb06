// GET /api/audit: the trail of administration (R22), newest first, for administrators and leads.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { type AuditCursor, type AuditListRow, listAudit } from '../../db/repositories/audit.ts';
import { auditEntityKey, nameAuditEntities } from '../../db/repositories/audit-names.ts';
import { requireRole } from '../plugins/auth.ts';
import { errors } from '../tickets/response-schemas.ts';
import { TAGS } from './shared.ts';

const auditItem = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  action: z.string().describe('например contract.created, plan.replaced, build.published'),
  entity: z.string(),
  entityId: z.string(),
  entityName: z
    .string()
    .nullable()
    .describe('читаемое имя: пользователь с адресом, организация, номер договора, SR-номер обращения'),
  payload: z.unknown().describe('что изменилось'),
});

const auditQuery = z.object({
  entity: z.string().min(1).max(50).optional(),
  entityId: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,16}\.\d{1,19}$/, { message: 'request.bad_cursor', abort: true })
    .refine((cursor) => decode(cursor) !== undefined, 'request.bad_cursor')
    .optional(),
});

/** Registers GET /api/audit. */
export async function auditRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const { db } = opts.deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      onRequest: requireRole('admin', 'lead'),
      schema: {
        tags: [...TAGS.audit],
        summary: 'Журнал изменений администрирования',
        description:
          'Новые записи первыми; фильтры entity и entityId; следующая страница — ?cursor=nextCursor.',
        querystring: auditQuery,
        response: {
          200: z.object({ items: z.array(auditItem), nextCursor: z.string().nullable() }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { entity, entityId, limit, cursor } = request.query;
      const rows = await listAudit(
        db,
        { ...(entity ? { entity } : {}), ...(entityId ? { entityId } : {}) },
        { limit: limit + 1, ...(cursor ? { after: decode(cursor)! } : {}) },
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const names = await nameAuditEntities(db, page);
      return {
        items: page.map((row) => present(row, names.get(auditEntityKey(row.entity, row.entityId)) ?? null)),
        nextCursor: rows.length > limit && last ? `${last.at.getTime()}.${last.id}` : null,
      };
    },
  );
}

// The last instant the database reads back as written (year 9999); every real row is before it.
const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

// Digits alone can still name an instant past any row's or an id past exact integers: not a cursor.
function decode(cursor: string): AuditCursor | undefined {
  const [at, id] = cursor.split('.').map(Number);
  if (at === undefined || !(at <= LAST_INSTANT) || !Number.isSafeInteger(id)) return undefined;
  return { at: new Date(at), id: id! };
}

function present(row: AuditListRow, entityName: string | null): z.infer<typeof auditItem> {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actorId ? { id: row.actorId, name: row.actorName } : null,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    entityName,
    payload: row.payload,
  };
}
