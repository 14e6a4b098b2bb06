// What the SLA sweeper must record for a ticket at `now`: warnings, breaches, the auto-close reminder
// and the auto-close itself (R4.2, R16). Idempotent: a second sweep at the same instant adds nothing.
import type { TicketEvent } from '../tickets/events.ts';
import type { TicketState } from '../tickets/state.ts';
import type { ClockName } from '../tickets/types.ts';
import { type SlaContext, viewClock } from './clock-view.ts';

const SYSTEM = { userId: null, role: 'system' } as const;

/** The events due at ctx.now, in the order they became due. */
export function decideSweep(state: TicketState, ctx: SlaContext): TicketEvent[] {
  if (state.status === 'closed') return [];
  const events: TicketEvent[] = [];
  const at = ctx.now;
  for (const name of ['reaction', 'solution', 'progress'] as const satisfies ClockName[]) {
    const c = state.clocks[name];
    if (c.status !== 'running') continue;
    const v = viewClock(name, c, ctx);
    if (!c.warned && v.warnAt !== null && at >= v.warnAt) {
      events.push({ type: 'clock', clock: name, action: 'warned', dueAt: v.dueAt, at, actor: SYSTEM });
    }
    if (!c.breached && v.dueAt !== null && at >= v.dueAt) {
      events.push({ type: 'clock', clock: name, action: 'breached', dueAt: v.dueAt, at, actor: SYSTEM });
    }
  }
  const ac = viewClock('auto_close', state.clocks.auto_close, ctx);
  if (state.status === 'solution_proposed' && ac.status === 'running' && ac.dueAt !== null) {
    if (at >= ac.dueAt) {
      events.push(
        { type: 'clock', clock: 'auto_close', action: 'stopped', dueAt: ac.dueAt, at, actor: SYSTEM },
        { type: 'closed', reason: 'auto_closed', at, actor: SYSTEM },
      );
    } else if (!state.autoCloseReminded && ac.reminderAt !== null && at >= ac.reminderAt) {
      events.push({ type: 'auto_close_reminded', autoCloseAt: ac.dueAt, at, actor: SYSTEM });
    }
  }
  return events;
}
