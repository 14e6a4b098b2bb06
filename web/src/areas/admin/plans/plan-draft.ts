// A plan as the editor holds it (strings, as typed) and back to the JSON the server validates.
import { CLOCKS, type Plan, PRIORITIES, TICKET_TYPES } from '../admin-api.ts';
import { toDuration, toMinutes } from './duration-input.tsx';
import type { TargetsDraft } from './targets-table.tsx';

export interface PlanDraft {
  id: string;
  name: string;
  calendarId: string;
  targets: TargetsDraft;
  autoCloseDays: string;
  autoCloseReminderDays: string;
  warningPercent: string;
  alertsInWorkingHoursOnly: boolean;
}

const map = <K extends string, V>(keys: readonly K[], f: (k: K) => V) =>
  Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, V>;

/** The editor's starting state for a stored plan. */
export function draftOf(plan: Plan): PlanDraft {
  return {
    id: plan.id,
    name: plan.name,
    calendarId: plan.calendarId,
    targets: map(TICKET_TYPES, (type) =>
      map(PRIORITIES, (p) => map(CLOCKS, (c) => toDuration(plan.targets[type][p][c]))),
    ),
    autoCloseDays: String(plan.autoCloseDays),
    autoCloseReminderDays: String(plan.autoCloseReminderDays),
    warningPercent: String(plan.warningPercent),
    alertsInWorkingHoursOnly: plan.alertsInWorkingHoursOnly,
  };
}

// An empty or non-numeric field is sent as null, so the server reports it at its path.
const num = (s: string): number | null => (s.trim() === '' || Number.isNaN(Number(s)) ? null : Number(s));

/** The body of PUT /api/plans/{id}. */
export function bodyOf(d: PlanDraft): Record<string, unknown> {
  return {
    name: d.name,
    calendarId: d.calendarId,
    targets: map(TICKET_TYPES, (type) =>
      map(PRIORITIES, (p) =>
        map(CLOCKS, (c) => {
          const minutes = toMinutes(d.targets[type][p][c]);
          return Number.isNaN(minutes) ? null : minutes;
        }),
      ),
    ),
    autoCloseDays: num(d.autoCloseDays),
    autoCloseReminderDays: num(d.autoCloseReminderDays),
    warningPercent: num(d.warningPercent),
    alertsInWorkingHoursOnly: d.alertsInWorkingHoursOnly,
  };
}
