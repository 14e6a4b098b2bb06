// Customer organizations: administrators keep them, leads read them (R20).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { withTransaction } from '../../db/database.ts';
import {
  getOrganization,
  listOrganizations,
  type OrganizationRow,
  upsertOrganization,
} from '../../db/repositories/organizations.ts';
import { DomainError } from '../../domain/errors.ts';
import { requireRole } from '../plugins/auth.ts';
import { auditChange } from './audit-trail.ts';
import { logChange, TAGS, uuidParams } from './shared.ts';

export const organizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
});

const organizationBody = z.strictObject({ name: z.string().trim().min(1).max(300) });

/** The organization as the API shows it. */
export function presentOrganization(row: OrganizationRow): z.infer<typeof organizationSchema> {
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString() };
}

/** Registers GET/POST /api/organizations and GET/PATCH /api/organizations/{id}. */
export async function organizationRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;
  const tags = [...TAGS.organizations];

  r.get(
    '/api/organizations',
    {
      onRequest: requireRole('admin', 'lead', 'engineer'),
      schema: { tags, summary: 'Организации клиентов', response: { 200: z.array(organizationSchema) } },
    },
    async () => (await listOrganizations(db)).map(presentOrganization),
  );

  r.post(
    '/api/organizations',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: 'Добавить организацию',
        body: organizationBody,
        response: { 201: organizationSchema },
      },
    },
    async (request, reply) => {
      const row = await withTransaction(db, async (tx) => {
        await refuseDuplicateName(tx, request.body.name);
        const created = await upsertOrganization(tx, { name: request.body.name });
        const change = {
          action: 'organization.created',
          entityId: created.id,
          payload: { name: created.name },
        };
        await auditChange(tx, request, clock, change);
        return created;
      });
      logChange(request, 'organization.create', row.id);
      return reply.code(201).send(presentOrganization(row));
    },
  );

  r.get(
    '/api/organizations/:id',
    {
      onRequest: requireRole('admin', 'lead'),
      schema: { tags, summary: 'Организация', params: uuidParams, response: { 200: organizationSchema } },
    },
    async (request) => presentOrganization(await findOrganization(db, request.params.id)),
  );

  r.patch(
    '/api/organizations/:id',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: 'Переименовать организацию',
        params: uuidParams,
        body: organizationBody,
        response: { 200: organizationSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const row = await withTransaction(db, async (tx) => {
        const before = await findOrganization(tx, id);
        await refuseDuplicateName(tx, request.body.name, id);
        const payload = { before: { name: before.name }, after: { name: request.body.name } };
        await auditChange(tx, request, clock, { action: 'organization.renamed', entityId: id, payload });
        return upsertOrganization(tx, { id, name: request.body.name });
      });
      logChange(request, 'organization.rename', id);
      return presentOrganization(row);
    },
  );
}

/** The organization, or DomainError('organization.not_found'). */
export async function findOrganization(db: CommandDeps['db'], id: string): Promise<OrganizationRow> {
  const row = await getOrganization(db, id);
  if (!row) throw new DomainError('organization.not_found', { value: id });
  return row;
}

// Two customers under one name would be indistinguishable in every list and report.
async function refuseDuplicateName(db: CommandDeps['db'], name: string, exceptId?: string): Promise<void> {
  const wanted = name.toLocaleLowerCase('ru');
  const clash = (await listOrganizations(db)).find(
    (o) => o.id !== exceptId && o.name.trim().toLocaleLowerCase('ru') === wanted,
  );
  if (clash) throw new DomainError('organization.already_exists', { value: clash.name });
}
