// The instants a ticket row stores as indexed columns, so "what is due next" and "whom must the
// sweeper visit next" are each one index range scan, whatever the number of tickets.
import { DomainError } from '../errors.ts';
import type { TicketState } from '../tickets/state.ts';
import type { ClockName } from '../tickets/types.ts';
import { nextWorking } from '../time/index.ts';
import { computeClocks, type SlaContext } from './view-clock.ts';

export interface Deadlines {
  reactionDueAt: number | null; // due instants of running clocks only: a paused or stopped clock is not due
  solutionDueAt: number | null;
  progressDueAt: number | null;
  autoCloseAt: number | null;
  nextDueAt: number | null; // the nearest due instant of a running support clock: the queue order
  nextSweepAt: number | null; // when the sweeper must act next: warning, breach, reminder, auto-close
}

export const SUPPORT_CLOCKS = ['reaction', 'solution', 'progress'] as const satisfies readonly ClockName[];

/** The stored deadlines of a ticket at ctx.now; a closed ticket has none. */
export function nextDeadlines(state: TicketState, ctx: SlaContext): Deadlines {
  const v = computeClocks(state, ctx);
  const running = (n: ClockName) => (v[n].status === 'running' ? v[n].dueAt : null);
  const sweeps: Array<number | null> = [];
  for (const n of SUPPORT_CLOCKS) {
    if (v[n].status !== 'running') continue;
    const c = state.clocks[n];
    if (!c.warned) sweeps.push(alertInstant(v[n].warnAt, ctx));
    if (!c.breached) sweeps.push(alertInstant(v[n].dueAt, ctx));
  }
  const ac = v.auto_close;
  if (ac.status === 'running') {
    // Customer-facing and fixed by R16 in calendar days: neither waits for support's working hours.
    if (!state.autoCloseReminded) sweeps.push(ac.reminderAt);
    sweeps.push(ac.dueAt);
  }
  return {
    reactionDueAt: running('reaction'),
    solutionDueAt: running('solution'),
    progressDueAt: running('progress'),
    autoCloseAt: running('auto_close'),
    nextDueAt: minOf(SUPPORT_CLOCKS.map(running)),
    nextSweepAt: state.status === 'closed' ? null : minOf(sweeps),
  };
}

/**
 * When support's alert (warning, breach) about instant `t` is raised: with alertsInWorkingHoursOnly,
 * the next working instant of the plan's calendar (nobody on duty reads it at night); else `t` itself.
 * Only the alert waits: the breach is a fact from `t` on, and the event records `t` as its dueAt.
 */
export function alertInstant(t: number | null, ctx: SlaContext): number | null {
  if (t === null || !ctx.plan.alertsInWorkingHoursOnly) return t;
  try {
    return nextWorking(ctx.calendar, t);
  } catch (err) {
    if (err instanceof DomainError) return t;
    throw err;
  }
}

function minOf(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((x): x is number => x !== null);
  return present.length === 0 ? null : Math.min(...present);
}
