// Calendars and service plans: admin-maintained reference data keyed by readable ids.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { calendars, contracts, plans, tickets } from '../schema.ts';

export type CalendarRow = typeof calendars.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;
export type CalendarInput = Omit<typeof calendars.$inferInsert, 'updatedAt'> & { updatedAt?: Date };
export type PlanInput = Omit<typeof plans.$inferInsert, 'updatedAt'> & { updatedAt?: Date };

/** Creates or replaces a calendar by id. */
export async function upsertCalendar(db: Db, input: CalendarInput): Promise<CalendarRow> {
  const updatedAt = input.updatedAt ?? sql`now()`;
  const [row] = await db
    .insert(calendars)
    .values({ ...input, updatedAt })
    .onConflictDoUpdate({
      target: calendars.id,
      set: { name: input.name, definition: input.definition, updatedAt },
    })
    .returning();
  if (!row) throw new Error('upsert into calendars returned no row');
  return row;
}

/** The calendar with this id, if any. */
export async function getCalendar(db: Db, id: string): Promise<CalendarRow | undefined> {
  const [row] = await db.select().from(calendars).where(eq(calendars.id, id));
  return row;
}

/** Every calendar, by id. */
export function listCalendars(db: Db): Promise<CalendarRow[]> {
  return db.select().from(calendars).orderBy(asc(calendars.id));
}

/** Creates or replaces a service plan by id. */
export async function upsertPlan(db: Db, input: PlanInput): Promise<PlanRow> {
  const updatedAt = input.updatedAt ?? sql`now()`;
  const [row] = await db
    .insert(plans)
    .values({ ...input, updatedAt })
    .onConflictDoUpdate({
      target: plans.id,
      set: { name: input.name, calendarId: input.calendarId, definition: input.definition, updatedAt },
    })
    .returning();
  if (!row) throw new Error('upsert into plans returned no row');
  return row;
}

/** The plan with this id, if any. */
/** A plan with its calendar's last change (null for a built-in calendar without a row), in one query. */
export async function getPlanWithCalendarStamp(
  db: Db,
  id: string,
): Promise<{ plan: PlanRow; calendarUpdatedAt: Date | null } | undefined> {
  const [row] = await db
    .select({ plan: plans, calendarUpdatedAt: calendars.updatedAt })
    .from(plans)
    .leftJoin(calendars, eq(calendars.id, plans.calendarId))
    .where(eq(plans.id, id));
  return row;
}

export async function getPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

/** Every plan, by id. */
export function listPlans(db: Db): Promise<PlanRow[]> {
  return db.select().from(plans).orderBy(asc(plans.id));
}

/** The plans that use a calendar, by id (what keeps it from being deleted). */
export async function plansUsingCalendar(db: Db, calendarId: string): Promise<string[]> {
  const rows = await db.select({ id: plans.id }).from(plans).where(eq(plans.calendarId, calendarId));
  return rows.map((r) => r.id);
}

/** How many contracts and tickets name a plan (either keeps it from being deleted). */
export async function planUse(db: Db, planId: string): Promise<{ contracts: number; tickets: number }> {
  const [c] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(contracts)
    .where(eq(contracts.planId, planId));
  const [t] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(eq(tickets.planId, planId));
  return { contracts: Number(c?.n ?? 0), tickets: Number(t?.n ?? 0) };
}

/** Deletes a calendar row; true when there was one. */
export async function deleteCalendar(db: Db, id: string): Promise<boolean> {
  return (await db.delete(calendars).where(eq(calendars.id, id)).returning({ id: calendars.id })).length > 0;
}

/** Deletes a plan row; true when there was one. */
export async function deletePlan(db: Db, id: string): Promise<boolean> {
  return (await db.delete(plans).where(eq(plans.id, id)).returning({ id: plans.id })).length > 0;
}
