// Service plans (R7): every signed-in user may read the targets; administrators write them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { loadPlan } from '../../commands/load-plan.ts';
import { rebaseOpenTickets } from '../../commands/rebase-plan-calendar.ts';
import { recomputeDeadlines } from '../../commands/recompute-deadlines.ts';
import { type Db, withTransaction } from '../../db/database.ts';
import {
  getCalendar,
  getPlan,
  listPlans,
  type PlanRow,
  upsertPlan,
} from '../../db/repositories/calendars.ts';
import { DomainError, type Issue } from '../../domain/errors.ts';
import { type Plan, planSchema, validatePlan } from '../../domain/plans/plan.ts';
import { actorOf, requireRole } from '../plugins/auth.ts';
import { auditChange } from './audit-trail.ts';
import { logChange, slugParams, TAGS } from './shared.ts';

const planBody = z
  .record(z.string(), z.unknown())
  .describe(
    'The plan without or with its id: name, calendarId, targets[type][priority] ' +
      '{reactionMinutes, solutionMinutes, progressMinutes}, autoCloseDays, autoCloseReminderDays, ' +
      'warningPercent, alertsInWorkingHoursOnly. Faults are listed by JSON path.',
  );

/** Registers GET /api/plans, GET/PUT /api/plans/{id}. */
export async function planRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;
  const tags = [...TAGS.plans];

  r.get(
    '/api/plans',
    {
      // Public: the agreement page's calculator shows visitors the plans' targets (R1, R7).
      schema: { tags, summary: 'Планы обслуживания', response: { 200: z.array(planSchema) } },
    },
    async () => (await listPlans(db)).map(presentPlan),
  );

  r.get(
    '/api/plans/:id',
    {
      schema: { tags, summary: 'План обслуживания', params: slugParams, response: { 200: planSchema } },
    },
    async (request) => presentPlan(await findPlan(db, request.params.id)),
  );

  r.put(
    '/api/plans/:id',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: 'Создать или заменить план обслуживания',
        params: slugParams,
        body: planBody,
        response: { 200: planSchema, 201: planSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { row, created } = await withTransaction(db, async (tx) => {
        const plan = await checkPlan(tx, id, request.body);
        const current = await getPlan(tx, id);
        const { id: _id, name, calendarId, ...definition } = plan;
        const action = current ? 'plan.replaced' : 'plan.created';
        await auditChange(tx, request, clock, { action, entityId: id, payload: plan });
        const moves = current !== undefined && current.calendarId !== calendarId;
        const before = moves ? await loadPlan(tx, id) : null;
        const row = await upsertPlan(tx, { id, name, calendarId, definition });
        // Another calendar: open tickets keep the time they used so far, measured on the old one.
        if (before) {
          const contexts = { before, after: await loadPlan(tx, id) };
          await rebaseOpenTickets(tx, id, contexts, actorOf(request), clock.now());
        }
        return { row, created: !current };
      });
      logChange(request, created ? 'plan.create' : 'plan.replace', id);
      // A new calendar or warning threshold moves the open tickets' instants; targets already started stay.
      if (!created) await recomputeDeadlines(opts.deps, { planId: id });
      return reply.code(created ? 201 : 200).send(presentPlan(row));
    },
  );
}

/** The plan row, or DomainError('plan.not_found'). */
async function findPlan(db: Db, id: string): Promise<PlanRow> {
  const row = await getPlan(db, id);
  if (!row) throw new DomainError('plan.not_found', { value: id });
  return row;
}

/** A stored plan in its API shape, the same shape PUT accepts. */
function presentPlan(row: PlanRow): Plan {
  return validatePlan({
    ...(row.definition as object),
    id: row.id,
    name: row.name,
    calendarId: row.calendarId,
  });
}

// Every fault at once: the plan's own rules, the id in the address, and a calendar that exists.
async function checkPlan(db: Db, id: string, body: Record<string, unknown>): Promise<Plan> {
  const issues: Issue[] = [];
  let plan: Plan | undefined;
  if (body.id !== undefined && body.id !== id) {
    issues.push({ path: '$.id', code: 'request.id_mismatch', params: { value: String(body.id), id } });
  }
  try {
    plan = validatePlan({ ...body, id });
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    issues.push(...err.issues);
  }
  const calendarId = body.calendarId;
  if (typeof calendarId === 'string' && calendarId !== '' && !(await getCalendar(db, calendarId))) {
    issues.push({ path: '$.calendarId', code: 'calendar.unknown', params: { value: calendarId } });
  }
  if (issues.length > 0 || !plan) throw new DomainError('plan.invalid', {}, issues);
  return plan;
}
