// Service plans (R7): per ticket type and priority, the SLA targets in working minutes.
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { PRIORITIES, type Priority, TICKET_TYPES, type TicketType } from '../tickets/types.ts';

const minutes = z.number().int().positive().max(1_000_000);
const targetsSchema = z.strictObject({
  reactionMinutes: minutes,
  solutionMinutes: minutes,
  progressMinutes: minutes,
});
const byPriority = z.strictObject(
  Object.fromEntries(PRIORITIES.map((p) => [p, targetsSchema])) as Record<Priority, typeof targetsSchema>,
);

export const planSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  calendarId: z.string().min(1).max(64),
  targets: z.strictObject(
    Object.fromEntries(TICKET_TYPES.map((t) => [t, byPriority])) as Record<TicketType, typeof byPriority>,
  ),
  autoCloseDays: z.number().int().min(1).max(365).default(15), // R16
  autoCloseReminderDays: z.number().int().min(0).max(364).default(3),
  warningPercent: z.number().min(1).max(99).default(80),
  alertsInWorkingHoursOnly: z.boolean().default(true),
});

export type Plan = z.infer<typeof planSchema>;
export type Targets = z.infer<typeof targetsSchema>;

/** A valid plan or a DomainError('plan.invalid') naming each faulty field by its path. */
export function validatePlan(input: unknown): Plan {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: `$.${i.path.join('.')}`,
      code: 'plan.bad_field' as const,
      params: { value: i.message },
    }));
    throw new DomainError('plan.invalid', {}, issues);
  }
  if (parsed.data.autoCloseReminderDays >= parsed.data.autoCloseDays) {
    throw new DomainError('plan.invalid', {}, [
      { path: '$.autoCloseReminderDays', code: 'plan.bad_field', params: { value: '< autoCloseDays' } },
    ]);
  }
  return parsed.data;
}

/** The targets of a plan for a ticket type and priority. */
export function targetsFor(plan: Plan, type: TicketType, priority: Priority): Targets {
  return plan.targets[type][priority];
}
