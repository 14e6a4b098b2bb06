// Loads a plan with its compiled calendar; compiled calendars are cached by id and version.

import type { Db } from '../db/database.ts';
import { getCalendar, getPlan } from '../db/repositories/calendars.ts';
import { getBuiltinCalendar } from '../domain/calendar/ru-standard.ts';
import { DomainError } from '../domain/errors.ts';
import { type Plan, validatePlan } from '../domain/plans/plan.ts';
import { compileCalendar, type WorkingCalendar } from '../domain/time/index.ts';

export interface PlanContext {
  plan: Plan;
  calendar: WorkingCalendar;
}

const compiled = new Map<string, WorkingCalendar>();

/** The plan and its calendar, or DomainError('plan.not_found'). */
export async function loadPlan(db: Db, planId: string): Promise<PlanContext> {
  const row = await getPlan(db, planId);
  if (!row) throw new DomainError('plan.not_found', { value: planId });
  const plan = validatePlan({
    ...(row.definition as object),
    id: row.id,
    name: row.name,
    calendarId: row.calendarId,
  });
  return { plan, calendar: await loadCalendar(db, row.calendarId) };
}

async function loadCalendar(db: Db, id: string): Promise<WorkingCalendar> {
  const row = await getCalendar(db, id);
  const definition = row?.definition ?? getBuiltinCalendar(id);
  if (!definition) throw new DomainError('calendar.unknown', { value: id });
  const key = `${id}@${row?.updatedAt.getTime() ?? 'builtin'}`;
  let wc = compiled.get(key);
  if (!wc) {
    wc = compileCalendar(definition);
    if (compiled.size > 64) compiled.clear();
    compiled.set(key, wc);
  }
  return wc;
}
