// A plan moved to another calendar: the open tickets on it stop being re-measured from their start
// on the new calendar (which would charge support for hours it was not on duty, or forgive ones it
// was). Each live clock keeps what it consumed so far and counts on under the new calendar, written
// as clock events in the plan change's transaction, so every ticket's history shows why (R15).
import { and, asc, eq, gt, ne } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { TicketRow } from '../db/repositories/tickets.ts';
import { tickets } from '../db/schema.ts';
import { rebaseClocks } from '../domain/tickets/change-parameters.ts';
import type { TicketEvent } from '../domain/tickets/events.ts';
import type { TicketState } from '../domain/tickets/state.ts';
import type { Actor } from '../domain/tickets/types.ts';
import type { PlanContext } from './load-plan.ts';
import { recordEvents } from './record-events.ts';

const BATCH = 200;

/** Rebases the live clocks of the plan's open tickets from `before` to `after`; returns how many changed. */
export async function rebaseOpenTickets(
  tx: Db,
  planId: string,
  contexts: { before: PlanContext; after: PlanContext },
  actor: Actor,
  now: number,
): Promise<number> {
  let changed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: TicketRow[] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.planId, planId), ne(tickets.status, 'closed'), gt(tickets.id, after)))
      .orderBy(asc(tickets.id))
      .limit(BATCH)
      .for('update');
    if (rows.length === 0) return changed;
    for (const row of rows) {
      const state = row.state as TicketState;
      const drafts = rebaseClocks(state, { now, ...contexts.before });
      if (drafts.length === 0) continue;
      const events = drafts.map((d) => ({ ...d, at: now, actor }) as TicketEvent);
      await recordEvents(tx, row, state, events, { now, ...contexts.after });
      changed++;
    }
    after = rows.at(-1)!.id;
  }
}
