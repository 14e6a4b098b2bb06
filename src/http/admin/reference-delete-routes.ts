// Deleting a plan or a calendar: only what nothing uses any more, so no contract, ticket or plan
// is left pointing at nothing; the refusal says what still uses it.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { type Db, withTransaction } from '../../db/database.ts';
import { deleteCalendar, deletePlan, plansUsingCalendar, planUse } from '../../db/repositories/calendars.ts';
import { DomainError } from '../../domain/errors.ts';
import { noContent } from '../auth/schemas.ts';
import { requireRole } from '../plugins/auth.ts';
import { auditChange } from './audit-trail.ts';
import { logChange, slugParams, TAGS } from './shared.ts';

/** A kind of reference data that may be deleted once nothing uses it. */
interface Deletable {
  path: string;
  tags: readonly string[];
  summary: string;
  /** Throws the refusal (409) when something still uses the row. */
  refuseIfUsed(tx: Db, id: string): Promise<void>;
  /** Deletes the row; false when there was none. */
  remove(tx: Db, id: string): Promise<boolean>;
  notFound: 'plan.not_found' | 'calendar.unknown';
  /** The audit action and the log's change name. */
  entity: 'plan' | 'calendar';
}

const DELETABLE: readonly Deletable[] = [
  {
    path: '/api/plans/:id',
    tags: TAGS.plans,
    summary: 'Удалить план обслуживания, если ни договор, ни обращение на него не ссылаются',
    async refuseIfUsed(tx, id) {
      const use = await planUse(tx, id);
      if (use.contracts + use.tickets > 0) throw new DomainError('plan.in_use', { value: id, ...use });
    },
    remove: deletePlan,
    notFound: 'plan.not_found',
    entity: 'plan',
  },
  {
    path: '/api/calendars/:id',
    tags: TAGS.calendars,
    summary: 'Удалить календарь, если ни один план его не использует',
    async refuseIfUsed(tx, id) {
      const used = await plansUsingCalendar(tx, id);
      if (used.length > 0) throw new DomainError('calendar.in_use', { value: id, plans: used.join(', ') });
    },
    remove: deleteCalendar,
    notFound: 'calendar.unknown',
    entity: 'calendar',
  },
];

/** Registers DELETE /api/plans/{id} and DELETE /api/calendars/{id} (administrators). */
export async function referenceDeleteRoutes(
  app: FastifyInstance,
  opts: { deps: CommandDeps },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;
  for (const kind of DELETABLE) {
    r.delete(
      kind.path,
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: [...kind.tags],
          summary: kind.summary,
          params: slugParams,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        await withTransaction(db, async (tx) => {
          await kind.refuseIfUsed(tx, id);
          if (!(await kind.remove(tx, id))) throw new DomainError(kind.notFound, { value: id });
          await auditChange(tx, request, clock, { action: `${kind.entity}.deleted`, entityId: id });
        });
        logChange(request, `${kind.entity}.delete`, id);
        return reply.code(204).send(null);
      },
    );
  }
}
