// The public "when is it due" calculator of the agreement page: a span of working minutes on a
// calendar, or a plan's reaction and solution targets, from a given instant (default: now).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { loadPlan } from '../../commands/load-plan.ts';
import { targetsFor } from '../../domain/plans/plan.ts';
import { PRIORITIES, TICKET_TYPES } from '../../domain/tickets/types.ts';
import {
  add,
  compileCalendar,
  explain,
  formatInstant,
  parseInstant,
  type WorkingCalendar,
} from '../../domain/time/index.ts';
import { findCalendar } from './calendar-routes.ts';
import { explanationSchema, presentExplanation } from './calendar-schemas.ts';
import { slugParams, TAGS } from './shared.ts';

const MAX_MINUTES = 1_000_000;

const fromParam = z
  .string()
  .max(64)
  .optional()
  .describe('ISO 8601; without an offset, local time of the calendar; default now');

const spanSchema = z.object({
  minutes: z.number().int(),
  dueAt: z.string(),
  explanation: explanationSchema,
});

const calendarDueSchema = spanSchema.extend({
  calendarId: z.string(),
  timeZone: z.string(),
  from: z.string(),
});

const planDueSchema = z.object({
  planId: z.string(),
  planName: z.string(),
  calendarId: z.string(),
  timeZone: z.string(),
  type: z.enum(TICKET_TYPES),
  priority: z.enum(PRIORITIES),
  from: z.string(),
  reaction: spanSchema,
  solution: spanSchema,
});

/** Registers GET /api/calendars/{id}/due and GET /api/plans/{id}/due (no sign-in needed). */
export async function dueRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;

  r.get(
    '/api/calendars/:id/due',
    {
      schema: {
        tags: [...TAGS.calendars],
        summary: 'Срок: через сколько-то рабочих минут от момента',
        params: slugParams,
        querystring: z.object({
          from: fromParam,
          minutes: z.coerce.number().int().min(0).max(MAX_MINUTES),
        }),
        response: { 200: calendarDueSchema },
      },
    },
    async (request) => {
      const row = await findCalendar(db, request.params.id);
      const cal = compileCalendar(row.definition);
      const from = startOf(cal, request.query.from, clock.now());
      return {
        calendarId: row.id,
        timeZone: row.definition.timeZone,
        from: formatInstant(from, cal.zone),
        ...span(cal, from, request.query.minutes),
      };
    },
  );

  r.get(
    '/api/plans/:id/due',
    {
      schema: {
        tags: [...TAGS.plans],
        summary: 'Калькулятор сроков: когда будет реакция и решение по плану',
        params: slugParams,
        querystring: z.object({ type: z.enum(TICKET_TYPES), priority: z.enum(PRIORITIES), from: fromParam }),
        response: { 200: planDueSchema },
      },
    },
    async (request) => {
      const { type, priority } = request.query;
      const { plan, calendar: cal } = await loadPlan(db, request.params.id);
      const from = startOf(cal, request.query.from, clock.now());
      const targets = targetsFor(plan, type, priority);
      return {
        planId: plan.id,
        planName: plan.name,
        calendarId: plan.calendarId,
        timeZone: cal.calendar.timeZone,
        type,
        priority,
        from: formatInstant(from, cal.zone),
        reaction: span(cal, from, targets.reactionMinutes),
        solution: span(cal, from, targets.solutionMinutes),
      };
    },
  );
}

function startOf(cal: WorkingCalendar, text: string | undefined, now: number): number {
  return text === undefined ? now : parseInstant(text, cal.zone);
}

function span(cal: WorkingCalendar, from: number, minutes: number): z.infer<typeof spanSchema> {
  const dueAt = add(cal, from, minutes * 60_000);
  return {
    minutes,
    dueAt: formatInstant(dueAt, cal.zone),
    explanation: presentExplanation(cal, explain(cal, from, dueAt)),
  };
}
