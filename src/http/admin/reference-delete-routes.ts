// Deleting a plan or a calendar: only what nothing uses any more, so no contract, ticket or plan
// is left pointing at nothing; the refusal says what still uses it.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { withTransaction } from '../../db/database.ts';
import { deleteCalendar, deletePlan, plansUsingCalendar, planUse } from '../../db/repositories/calendars.ts';
import { DomainError } from '../../domain/errors.ts';
import { noContent } from '../auth/schemas.ts';
import { requireRole } from '../plugins/auth.ts';
import { auditChange } from './audit-trail.ts';
import { logChange, slugParams, TAGS } from './shared.ts';

/** Registers DELETE /api/plans/{id} and DELETE /api/calendars/{id} (administrators). */
export async function referenceDeleteRoutes(
  app: FastifyInstance,
  opts: { deps: CommandDeps },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;

  r.delete(
    '/api/plans/:id',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: [...TAGS.plans],
        summary: 'Удалить план обслуживания, если ни договор, ни обращение на него не ссылаются',
        params: slugParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await withTransaction(db, async (tx) => {
        const use = await planUse(tx, id);
        if (use.contracts + use.tickets > 0) throw new DomainError('plan.in_use', { value: id, ...use });
        if (!(await deletePlan(tx, id))) throw new DomainError('plan.not_found', { value: id });
        await auditChange(tx, request, clock, { action: 'plan.deleted', entityId: id });
      });
      logChange(request, 'plan.delete', id);
      return reply.code(204).send(null);
    },
  );

  r.delete(
    '/api/calendars/:id',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: [...TAGS.calendars],
        summary: 'Удалить календарь, если ни один план его не использует',
        params: slugParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await withTransaction(db, async (tx) => {
        const used = await plansUsingCalendar(tx, id);
        if (used.length > 0) throw new DomainError('calendar.in_use', { value: id, plans: used.join(', ') });
        if (!(await deleteCalendar(tx, id))) throw new DomainError('calendar.unknown', { value: id });
        await auditChange(tx, request, clock, { action: 'calendar.deleted', entityId: id });
      });
      logChange(request, 'calendar.delete', id);
      return reply.code(204).send(null);
    },
  );
}
