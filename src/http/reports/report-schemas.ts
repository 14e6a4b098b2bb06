// The zod schemas of the report routes: they validate the query, type the handlers and document the API.
import { z } from 'zod';
import { GROUP_BY } from '../../domain/reports/compliance.ts';
import { CLOCK_NAMES, PRIORITIES, TICKET_TYPES } from '../../domain/tickets/types.ts';

/** Who and when a report covers: days [from, to) in Moscow time (the current month by default) and filters. */
export const reportFilterQuery = z.object({
  from: z.iso
    .date()
    .optional()
    .describe('первый день периода, ГГГГ-ММ-ДД (по умолчанию — начало текущего месяца)'),
  to: z.iso
    .date()
    .optional()
    .describe('день после периода, ГГГГ-ММ-ДД (по умолчанию — начало следующего месяца)'),
  organizationId: z.uuid().optional(),
  planId: z.string().min(1).max(64).optional(),
  type: z.enum(TICKET_TYPES).optional(),
  priority: z.enum(PRIORITIES).optional(),
});

/** The compliance query: the filter, the grouping and the output (JSON or CSV in Russian or English). */
export const complianceQuery = reportFilterQuery.extend({
  groupBy: z.enum(GROUP_BY).default('organization'),
  format: z
    .enum(['json', 'csv'])
    .optional()
    .describe('csv — файл для Excel (или заголовок Accept: text/csv)'),
  lang: z.enum(['ru', 'en']).optional().describe('язык заголовков CSV; по умолчанию русский'),
});

const tally = z.object({
  met: z.number().int(),
  breached: z.number().int(),
  open: z.number().int(),
  compliance: z.number().nullable().describe('в срок / (в срок + нарушено), %; null — нечего считать'),
});

const group = z.object({
  key: z.string(),
  label: z.string(),
  tickets: z.number().int(),
  reaction: tally,
  solution: tally,
  compliance: z.number().nullable(),
});

/** The compliance report as JSON. */
export const complianceSchema = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(GROUP_BY),
  groups: z.array(group),
  total: group,
});

const breach = z.object({
  ticketNumber: z.number().int(),
  subject: z.string(),
  organizationName: z.string(),
  clock: z.enum(CLOCK_NAMES),
  dueAt: z.string().nullable().describe('срок, который был нарушен'),
  recordedAt: z.string().describe('когда нарушение записано'),
  reachedAt: z.string().nullable().describe('когда цель достигнута с опозданием; null — часы ещё идут'),
  lateMinutes: z.number().int().nullable().describe('на сколько минут позже срока (по часам, не рабочих)'),
  targetMinutes: z.number().int().nullable().describe('цель в минутах рабочего времени'),
  manual: z.boolean().describe('срок назначен поддержкой вручную (R15)'),
});

/** The breaches of a period, newest due first. */
export const breachesSchema = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(breach),
  truncated: z.boolean(),
});

export type ComplianceView = z.infer<typeof complianceSchema>;
export type BreachView = z.infer<typeof breach>;
