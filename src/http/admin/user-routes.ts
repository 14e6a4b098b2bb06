// Users (R20): administrators list them, set their roles and link customer representatives to
// their organization (or unlink them). Password hashes never leave the server.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { withTransaction } from '../../db/database.ts';
import { getOrganization } from '../../db/repositories/organizations.ts';
import { countTicketsByStatus } from '../../db/repositories/ticket-queries.ts';
import { getUserById, listUsers, type UserRow, upsertUser } from '../../db/repositories/users.ts';
import { USER_ROLES } from '../../db/schema.ts';
import { DomainError } from '../../domain/errors.ts';
import { requireRole } from '../plugins/auth.ts';
import { auditChange } from './audit-trail.ts';
import { isoOrNull, logChange, TAGS, uuidParams } from './shared.ts';

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  lang: z.enum(['ru', 'en']),
  organizationId: z.uuid().nullable(),
  emailVerifiedAt: z.string().nullable(),
  createdAt: z.string(),
});

/** What support sees of a colleague when assigning: no e-mail, no dates. */
const staffSchema = z.object({ id: z.uuid(), name: z.string(), role: z.enum(['engineer', 'lead']) });

const userPatch = z.strictObject({
  role: z.enum(USER_ROLES).optional(),
  organizationId: z.uuid().nullable().optional(),
  name: z.string().trim().min(1).max(200).optional(),
});

/** The user as administrators see it: a whitelist, so secrets added to the table later stay inside. */
export function presentUser(u: UserRow): z.infer<typeof userSchema> {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    lang: u.lang,
    organizationId: u.organizationId,
    emailVerifiedAt: isoOrNull(u.emailVerifiedAt),
    createdAt: u.createdAt.toISOString(),
  };
}

/** Registers GET /api/users and PATCH /api/users/{id} (administrators), GET /api/staff (support). */
export async function userRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;
  const tags = [...TAGS.users];

  r.get(
    '/api/users',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: 'Пользователи',
        querystring: z.object({ role: z.enum(USER_ROLES).optional(), organizationId: z.uuid().optional() }),
        response: { 200: z.array(userSchema) },
      },
    },
    async (request) => {
      const { role, organizationId } = request.query;
      return (
        await listUsers(db, { ...(role ? { role } : {}), ...(organizationId ? { organizationId } : {}) })
      ).map(presentUser);
    },
  );

  r.get(
    '/api/staff',
    {
      onRequest: requireRole('engineer', 'lead', 'admin'),
      schema: {
        tags,
        summary: 'Сотрудники поддержки, которым можно назначить обращение (имя и роль)',
        response: { 200: z.array(staffSchema) },
      },
    },
    async () => {
      const staff = [
        ...(await listUsers(db, { role: 'engineer' })),
        ...(await listUsers(db, { role: 'lead' })),
      ];
      return staff
        .map((u) => ({ id: u.id, name: u.name, role: u.role as 'engineer' | 'lead' }))
        .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
    },
  );

  r.patch(
    '/api/users/:id',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: 'Изменить роль, имя или организацию пользователя',
        description:
          'organizationId: null отвязывает пользователя от организации. Сотрудника, который исполняет открытые обращения, нельзя сделать клиентом: сначала передайте их другим (409 user.has_assigned_tickets).',
        params: uuidParams,
        body: userPatch,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const row = await withTransaction(db, async (tx) => {
        const user = await getUserById(tx, request.params.id);
        if (!user) throw new DomainError('user.not_found', { value: request.params.id });
        const role = request.body.role ?? user.role;
        const organizationId =
          request.body.organizationId === undefined ? user.organizationId : request.body.organizationId;
        const name = request.body.name ?? user.name;
        if (organizationId !== null && organizationId !== user.organizationId) {
          if (!(await getOrganization(tx, organizationId))) {
            throw new DomainError('user.unknown_organization', { value: organizationId });
          }
        }
        // Support staff belong to the vendor; a customer organization's view must not include them.
        if (role !== 'customer' && organizationId !== null) {
          throw new DomainError('user.staff_in_organization', { role });
        }
        // R20, R22: a customer must not stay the assignee of tickets (theirs to read, reply to and be
        // alerted of), possibly of another organization: the work is handed over first.
        if (user.role !== 'customer' && role === 'customer') {
          const { closed: _closed, ...open } = await countTicketsByStatus(tx, { assigneeId: user.id });
          const count = Object.values(open).reduce((a, b) => a + b, 0);
          if (count > 0) throw new DomainError('user.has_assigned_tickets', { count });
        }
        if (user.role === 'admin' && role !== 'admin') {
          const admins = await listUsers(tx, { role: 'admin' });
          if (admins.length <= 1) throw new DomainError('user.last_admin');
        }
        const payload = {
          before: { role: user.role, organizationId: user.organizationId, name: user.name },
          after: { role, organizationId, name },
        };
        await auditChange(tx, request, clock, { action: 'user.updated', entityId: user.id, payload });
        return upsertUser(tx, { email: user.email, name, role, organizationId });
      });
      logChange(request, 'user.update', row.id);
      return presentUser(row);
    },
  );
}
