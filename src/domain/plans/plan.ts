// Service plans (R7): per ticket type and priority, the SLA targets in working minutes, plus the
// auto-close period in calendar days (R16). A plan names its calendar by id; callers pass the calendar.
import { z } from 'zod';
import type { MessageCode, MessageParams } from '../../i18n/index.ts';
import { DomainError, type Issue } from '../errors.ts';
import { PRIORITIES, type Priority, TICKET_TYPES, type TicketType } from '../tickets/types.ts';

// Each numeric field's bounds, used by the schema and by the message that explains a fault.
const BOUNDS = {
  reactionMinutes: [1, 1_000_000],
  solutionMinutes: [1, 1_000_000],
  progressMinutes: [1, 1_000_000],
  autoCloseDays: [1, 365],
  autoCloseReminderDays: [0, 364],
  warningPercent: [1, 99],
} as const satisfies Record<string, readonly [number, number]>;
const TEXT_MAX = { id: 64, calendarId: 64, name: 200 } as const;

const int = (field: keyof typeof BOUNDS) => z.number().int().min(BOUNDS[field][0]).max(BOUNDS[field][1]);
const text = (field: keyof typeof TEXT_MAX) => z.string().trim().min(1).max(TEXT_MAX[field]);

const targetsSchema = z.strictObject({
  reactionMinutes: int('reactionMinutes'),
  solutionMinutes: int('solutionMinutes'),
  progressMinutes: int('progressMinutes'),
});
const byPriority = z.strictObject(
  Object.fromEntries(PRIORITIES.map((p) => [p, targetsSchema])) as Record<Priority, typeof targetsSchema>,
);

/** The plan's JSON shape, for input validation and the API description. */
export const planSchema = z.strictObject({
  id: text('id'),
  name: text('name'),
  calendarId: text('calendarId'),
  targets: z.strictObject(
    Object.fromEntries(TICKET_TYPES.map((t) => [t, byPriority])) as Record<TicketType, typeof byPriority>,
  ),
  autoCloseDays: int('autoCloseDays').default(15), // R16
  autoCloseReminderDays: int('autoCloseReminderDays').default(3),
  warningPercent: int('warningPercent').default(80),
  alertsInWorkingHoursOnly: z.boolean().default(true),
});

export type Plan = z.infer<typeof planSchema>;
export type Targets = z.infer<typeof targetsSchema>;

/** A valid plan with defaults applied, or DomainError('plan.invalid') naming each fault by its JSON path. */
export function validatePlan(input: unknown): Plan {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError(
      'plan.invalid',
      {},
      parsed.error.issues.flatMap((i) => describeIssue(i, input)),
    );
  }
  const plan = parsed.data;
  if (plan.autoCloseReminderDays >= plan.autoCloseDays) {
    throw new DomainError('plan.invalid', {}, [
      {
        path: '$.autoCloseReminderDays',
        code: 'plan.reminder_too_late',
        params: { value: plan.autoCloseReminderDays, max: plan.autoCloseDays },
      },
    ]);
  }
  return plan;
}

/** The targets of a plan for a ticket type and priority. */
export function targetsFor(plan: Plan, type: TicketType, priority: Priority): Targets {
  return plan.targets[type][priority];
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): Issue[] {
  const path = (keys: readonly PropertyKey[]) => ['$', ...keys.map(String)].join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: path([...issue.path, key]),
      code: 'plan.unknown_field' as const,
      params: { value: key },
    }));
  }
  const [code, params] = faultOf(issue.path, valueAt(input, issue.path));
  return [{ path: path(issue.path), code, params }];
}

function faultOf(keys: readonly PropertyKey[], value: unknown): [MessageCode, MessageParams] {
  if (value === undefined) return ['plan.required_field', {}];
  const field = String(keys.at(-1) ?? '');
  if (field in BOUNDS) {
    const [min, max] = BOUNDS[field as keyof typeof BOUNDS];
    return ['plan.bad_number', { min, max }];
  }
  if (field in TEXT_MAX) return ['plan.bad_text', { max: TEXT_MAX[field as keyof typeof TEXT_MAX] }];
  if (field === 'alertsInWorkingHoursOnly') return ['plan.bad_boolean', {}];
  return ['plan.bad_object', {}];
}

function valueAt(input: unknown, keys: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
