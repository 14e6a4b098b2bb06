// What the ticket API returns: every field is declared here, so the serializer sends nothing else.
// Instants are ISO 8601 strings (UTC `Z`); the SLA panel adds each instant in the calendar's zone.
import { z } from 'zod';
import { ACTOR_ROLES } from '../../db/schema.ts';
import {
  CLOCK_NAMES,
  CLOSE_REASONS,
  PRIORITIES,
  STATUSES,
  TICKET_TYPES,
} from '../../domain/tickets/types.ts';
import { newerBuildSchema } from '../products/newer-build.ts';
import { resolvedInBuildsSchema } from '../products/resolved-in-builds.ts';
import { explainedDaySchema } from '../schemas/explained-day.ts';

const instant = z.string().describe('ISO 8601');
const person = z.object({ id: z.string(), name: z.string().nullable() });

export const deadlinesSchema = z.object({
  reaction: instant.nullable(),
  solution: instant.nullable(),
  progress: instant.nullable(),
  autoClose: instant.nullable(),
});

export const filedSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  status: z.enum(STATUSES),
  deadlines: deadlinesSchema,
  newerBuild: newerBuildSchema.optional(),
});

export const followUpSchema = z.object({
  followsUp: z.number().int().describe('Закрытое обращение, к которому относится новое (R17)'),
  followUp: filedSchema,
});

export const ticketSummarySchema = z.object({
  id: z.string(),
  number: z.number().int(),
  type: z.enum(TICKET_TYPES),
  priority: z.enum(PRIORITIES),
  status: z.enum(STATUSES),
  subject: z.string(),
  organization: person,
  requester: person,
  assignee: person.nullable(),
  cycle: z.number().int(),
  openDispute: z.boolean(),
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
  closedAt: instant.nullable(),
  nextDueAt: instant.nullable(),
  alert: z
    .enum(['warning', 'breached'])
    .nullable()
    .describe('the worst mark of the clocks still counting: warning threshold passed, or deadline breached'),
  deadlines: deadlinesSchema,
});

export const listSchema = z.object({
  items: z.array(ticketSummarySchema),
  nextCursor: z.string().nullable(),
  counts: z.object(
    Object.fromEntries(STATUSES.map((s) => [s, z.number().int()])) as Record<
      (typeof STATUSES)[number],
      z.ZodNumber
    >,
  ),
});

const deadlineChange = z.object({ clock: z.enum(CLOCK_NAMES), dueAt: instant.nullable() });
const parameterChanges = z.object({
  type: z.enum(TICKET_TYPES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  planId: z.string().optional(),
  deadline: deadlineChange.optional(),
});

/** One history entry; which optional fields are present depends on `type`. */
export const eventSchema = z.object({
  seq: z.number().int(),
  type: z.string(),
  at: instant,
  actor: z.object({ id: z.string().nullable(), role: z.enum(ACTOR_ROLES), name: z.string().nullable() }),
  subject: z.string().optional(),
  text: z.string().optional(),
  kind: z.string().optional(),
  ticketType: z.enum(TICKET_TYPES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  followsUp: z.number().int().optional(),
  problem: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe('problem_linked: the problem ticket, or null when unlinked'),
  assignee: person.nullable().optional(),
  cycle: z.number().int().optional(),
  autoCloseAt: instant.optional(),
  closeReason: z.enum(CLOSE_REASONS).optional(),
  changes: parameterChanges.optional(),
  previous: parameterChanges.optional(),
  reason: z.string().optional(),
  clock: z.enum(CLOCK_NAMES).optional(),
  action: z.string().optional(),
  dueAt: instant.nullable().optional(),
  outcome: z.string().nullable().optional(),
  targetMinutes: z.number().optional(),
  mergedInto: z.number().int().optional().describe('merged_into: the ticket this one was merged into'),
  mergedFrom: z.number().int().optional().describe('merged_from: the duplicate merged into this ticket'),
  build: z
    .object({ id: z.string(), product: z.string(), version: z.string() })
    .optional()
    .describe('build_published: the published build that resolves this ticket (R19)'),
});

const localInstant = z.string().describe('ISO 8601 со смещением часового пояса календаря');
const span = z.object({ start: localInstant, end: localInstant });

export const explanationSchema = z.object({
  from: localInstant,
  to: localInstant,
  workingMinutes: z.number(),
  intervals: z.array(span),
  pauses: z.array(span),
  days: z.array(explainedDaySchema),
  truncated: z.boolean(),
});

export const clockSchema = z.object({
  name: z.enum(CLOCK_NAMES),
  status: z.enum(['inactive', 'running', 'paused', 'stopped', 'met', 'breached']),
  basis: z.enum(['working_time', 'calendar_days']),
  startedAt: instant.nullable(),
  startedAtLocal: localInstant.nullable(),
  dueAt: instant.nullable(),
  dueAtLocal: localInstant.nullable(),
  stoppedAt: instant.nullable(),
  stoppedAtLocal: localInstant.nullable(),
  warnAt: instant.nullable(),
  warnAtLocal: localInstant.nullable(),
  targetMinutes: z.number(),
  consumedMinutes: z.number(),
  remainingMinutes: z.number(),
  breached: z.boolean(),
  manual: z.boolean(),
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
  explanation: explanationSchema
    .nullable()
    .describe('Почему срок именно такой: рабочие интервалы, паузы, дни'),
});

export const slaSchema = z.object({
  now: instant.describe("the server's present instant the clocks were computed at (the test clock in tests)"),
  plan: z.object({ id: z.string(), name: z.string() }),
  calendar: z.object({ id: z.string(), timeZone: z.string() }),
  clocks: z.array(clockSchema),
});

export const ticketSchema = ticketSummarySchema.extend({
  description: z.string(),
  product: z.string().nullable(),
  build: z.string().nullable(),
  newerBuild: newerBuildSchema.optional(),
  resolvedInBuilds: resolvedInBuildsSchema,
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  dispute: z.object({ text: z.string(), at: instant }).nullable(),
  followsUp: z.number().int().nullable(),
  followUps: z.array(z.number().int()),
  relatedProblem: z.number().int().nullable().describe('the problem ticket this one is a case of'),
  mergedInto: z
    .number()
    .int()
    .nullable()
    .describe('the ticket this duplicate was merged into (closed, merged)'),
  mergedFrom: z.array(z.number().int()).describe('the duplicates merged into this ticket'),
  conversation: z.array(eventSchema),
  sla: slaSchema,
});

export const eventsSchema = z.object({ items: z.array(eventSchema) });

/** The error envelope of every failure. */
export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** Error responses a route may give, for the API document. */
export function errors(...statuses: number[]): Record<number, typeof errorSchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorSchema]));
}

export type TicketView = z.infer<typeof ticketSchema>;
export type TicketSummary = z.infer<typeof ticketSummarySchema>;
export type EventView = z.infer<typeof eventSchema>;
export type ClockPanel = z.infer<typeof clockSchema>;
export type Filed = z.infer<typeof filedSchema>;
