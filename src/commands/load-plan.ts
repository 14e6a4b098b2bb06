// Loads a plan with its compiled calendar; validated plans and compiled calendars are cached by
// id and last change.

import type { Db } from '../db/database.ts';
import { getCalendar, getPlanWithCalendarStamp, type PlanRow } from '../db/repositories/calendars.ts';
import { getBuiltinCalendar } from '../domain/calendar/ru-standard.ts';
import { DomainError } from '../domain/errors.ts';
import { type Plan, validatePlan } from '../domain/plans/plan.ts';
import { compileCalendar, type WorkingCalendar } from '../domain/time/index.ts';

export interface PlanContext {
  plan: Plan;
  calendar: WorkingCalendar;
}

const compiled = new Map<string, WorkingCalendar>();
const validated = new Map<string, Plan>();

/** The plan and its calendar, or DomainError('plan.not_found'). One query when both are cached. */
export async function loadPlan(db: Db, planId: string): Promise<PlanContext> {
  const found = await getPlanWithCalendarStamp(db, planId);
  if (!found) throw new DomainError('plan.not_found', { value: planId });
  return planContext(db, found);
}

/** A plan row read elsewhere, with its calendar's last change (null: the built-in calendar). */
export interface StampedPlan {
  plan: PlanRow;
  calendarUpdatedAt: Date | null;
}

/** The validated plan and compiled calendar of a plan row; reads the calendar only on a cache miss. */
export async function planContext(
  db: Db,
  { plan: row, calendarUpdatedAt }: StampedPlan,
): Promise<PlanContext> {
  // Keyed by the rows' update instants, so an edit by any instance is seen at the next read.
  const planKey = `${row.id}@${row.updatedAt.getTime()}`;
  let plan = validated.get(planKey);
  if (!plan) {
    plan = validatePlan({
      ...(row.definition as object),
      id: row.id,
      name: row.name,
      calendarId: row.calendarId,
    });
    remember(validated, planKey, plan);
  }
  const calendarKey = `${row.calendarId}@${calendarUpdatedAt?.getTime() ?? 'builtin'}`;
  let calendar = compiled.get(calendarKey);
  if (!calendar) {
    const stored = calendarUpdatedAt ? await getCalendar(db, row.calendarId) : undefined;
    const definition = stored?.definition ?? getBuiltinCalendar(row.calendarId);
    if (!definition) throw new DomainError('calendar.unknown', { value: row.calendarId });
    calendar = compileCalendar(definition);
    remember(compiled, calendarKey, calendar);
  }
  return { plan, calendar };
}

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size > 64) cache.clear();
  cache.set(key, value);
}
