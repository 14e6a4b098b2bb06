// The SLA sweep (R4.2, R16): records warnings, breaches, reminders and auto-closes that have come due.
// Claims rows with FOR UPDATE SKIP LOCKED, so several instances sweeping at once never act twice.

import { withTransaction } from '../db/database.ts';
import { claimDueForSweep, updateTicket } from '../db/repositories/tickets.ts';
import { computeDeadlines } from '../domain/sla/clock-view.ts';
import { decideSweep } from '../domain/sla/sweep.ts';
import type { TicketState } from '../domain/tickets/state.ts';
import type { CommandDeps } from './deps.ts';
import { loadPlan } from './load-plan.ts';
import { derivedColumns, recordEvents } from './record-events.ts';

export interface SweepResult {
  tickets: number; // tickets looked at
  events: number; // events recorded
}

/** Sweeps every ticket due at `now` (default: the clock), in batches; returns what it did. */
export async function sweepSla(
  deps: CommandDeps,
  opts: { now?: number; batch?: number } = {},
): Promise<SweepResult> {
  const now = opts.now ?? deps.clock.now();
  const batch = opts.batch ?? 100;
  const total: SweepResult = { tickets: 0, events: 0 };
  const seen = new Set<string>(); // a row claimed twice in one sweep would mean a loop: stop instead
  for (;;) {
    const done = await withTransaction(deps.db, async (tx) => {
      const rows = await claimDueForSweep(tx, new Date(now), batch);
      let events = 0;
      let repeated = 0;
      for (const row of rows) {
        if (seen.has(row.id)) {
          repeated++;
          continue;
        }
        seen.add(row.id);
        const state = row.state as TicketState;
        const ctx = { now, ...(await loadPlan(tx, state.planId)) };
        const due = decideSweep(state, ctx);
        if (due.length > 0) {
          await recordEvents(tx, row, state, due, ctx);
          events += due.length;
        } else {
          // Nothing due after all (e.g. deadlines moved): just store the fresh sweep instant.
          const next = computeDeadlines(state, ctx).nextSweepAt;
          await updateTicket(tx, row.id, row.version, {
            ...derivedColumns(state, ctx),
            nextSweepAt: next && next > now ? new Date(next) : null,
          });
        }
      }
      return { tickets: rows.length - repeated, events, claimed: rows.length, repeated };
    });
    total.tickets += done.tickets;
    total.events += done.events;
    if (done.claimed < batch || done.repeated > 0) return total;
  }
}
