// What the SLA sweeper must record for a ticket at `now`: warnings, breaches, the auto-close reminder
// and the auto-close itself (R4.2, R16). Idempotent: a second sweep at the same instant adds nothing.
import type { TicketEvent } from '../tickets/events.ts';
import type { TicketState } from '../tickets/state.ts';
import type { Actor } from '../tickets/types.ts';
import { alertInstant, SUPPORT_CLOCKS } from './deadlines.ts';
import { type SlaContext, viewClock } from './view-clock.ts';

const SYSTEM: Actor = { userId: null, role: 'system' };

/** The events due at ctx.now, in the order they became due; none for a closed ticket. */
export function decideSweep(state: TicketState, ctx: SlaContext): TicketEvent[] {
  if (state.status === 'closed') return [];
  const events: TicketEvent[] = [];
  const at = ctx.now;
  const reached = (t: number | null) => t !== null && at >= t;
  for (const name of SUPPORT_CLOCKS) {
    const c = state.clocks[name];
    if (c.status !== 'running') continue;
    const v = viewClock(name, c, ctx);
    if (!c.warned && reached(alertInstant(v.warnAt, ctx))) {
      events.push({ type: 'clock', clock: name, action: 'warned', dueAt: v.dueAt, at, actor: SYSTEM });
    }
    if (!c.breached && reached(alertInstant(v.dueAt, ctx))) {
      events.push({ type: 'clock', clock: name, action: 'breached', dueAt: v.dueAt, at, actor: SYSTEM });
    }
  }
  const ac = viewClock('auto_close', state.clocks.auto_close, ctx);
  if (state.status === 'solution_proposed' && ac.status === 'running' && ac.dueAt !== null) {
    if (at >= ac.dueAt) {
      // R16: the solution counts as accepted; the timer reached its end, so it is met.
      events.push(
        {
          type: 'clock',
          clock: 'auto_close',
          action: 'stopped',
          dueAt: ac.dueAt,
          outcome: 'met',
          at,
          actor: SYSTEM,
        },
        { type: 'closed', reason: 'auto_closed', at, actor: SYSTEM },
      );
    } else if (!state.autoCloseReminded && reached(ac.reminderAt)) {
      events.push({ type: 'auto_close_reminded', autoCloseAt: ac.dueAt, at, actor: SYSTEM });
    }
  }
  return events;
}
