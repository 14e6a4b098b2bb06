// After a calendar changes (a holiday added, a year imported) or a plan moves to another calendar,
// the open tickets' stored due instants are recomputed, so the queue order and the sweeper's
// instants follow the new calendar. The clocks themselves (targets, consumed time) are untouched:
// only where the deadlines fall in working time changes.
import { and, asc, eq, gt, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { plans, tickets } from '../db/schema.ts';
import type { TicketState } from '../domain/tickets/state.ts';
import { type CommandDeps, wakeSweeper } from './deps.ts';
import { loadPlan } from './load-plan.ts';
import { derivedColumns } from './record-events.ts';

const BATCH = 500;

export type RecomputeScope = { calendarId: string } | { planId: string };

/** Recomputes the deadline columns of every open ticket in scope; returns how many moved. */
export async function recomputeDeadlines(
  deps: CommandDeps,
  scope: RecomputeScope,
): Promise<{ moved: number }> {
  const planIds = 'planId' in scope ? [scope.planId] : await plansOfCalendar(deps.db, scope.calendarId);
  if (planIds.length === 0) return { moved: 0 };
  const now = deps.clock.now();
  let moved = 0;
  let earliest: Date | null = null;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await deps.db
      .select({
        id: tickets.id,
        version: tickets.version,
        planId: tickets.planId,
        state: tickets.state,
        nextSweepAt: tickets.nextSweepAt,
      })
      .from(tickets)
      .where(and(inArray(tickets.planId, planIds), ne(tickets.status, 'closed'), gt(tickets.id, after)))
      .orderBy(asc(tickets.id))
      .limit(BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      const ctx = { ...(await loadPlan(deps.db, row.planId)), now };
      const d = derivedColumns(row.state as TicketState, ctx);
      const columns = {
        reactionDueAt: d.reactionDueAt ?? null,
        solutionDueAt: d.solutionDueAt ?? null,
        progressDueAt: d.progressDueAt ?? null,
        autoCloseAt: d.autoCloseAt ?? null,
        nextDueAt: d.nextDueAt ?? null,
        nextSweepAt: d.nextSweepAt ?? null,
      };
      // Only if nobody changed the ticket meanwhile: a command writes these columns from its own state.
      const updated = await deps.db
        .update(tickets)
        .set(columns)
        .where(and(eq(tickets.id, row.id), eq(tickets.version, row.version)))
        .returning({ id: tickets.id });
      if (updated.length === 0) continue;
      moved++;
      if (columns.nextSweepAt && (!earliest || columns.nextSweepAt < earliest))
        earliest = columns.nextSweepAt;
    }
    after = rows.at(-1)!.id;
  }
  await wakeSweeper(deps, earliest);
  return { moved };
}

async function plansOfCalendar(db: Db, calendarId: string): Promise<string[]> {
  const rows = await db.select({ id: plans.id }).from(plans).where(eq(plans.calendarId, calendarId));
  return rows.map((r) => r.id);
}
