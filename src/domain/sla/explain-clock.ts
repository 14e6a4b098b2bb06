// How a clock's deadline came about, for the ticket's SLA timeline: the working intervals it counts,
// the pauses it skips (R9) and the weekends, holidays and short days it excludes (R5).
import type { MessageCode } from '../../i18n/index.ts';
import { DomainError } from '../errors.ts';
import type { TicketState } from '../tickets/state.ts';
import type { ClockName } from '../tickets/types.ts';
import { type Explanation, explain } from '../time/index.ts';
import { measuredFromOf } from './clock.ts';
import { type ClockView, type SlaContext, viewClock } from './view-clock.ts';

export interface ClockExplanation {
  clock: ClockName;
  view: ClockView;
  /** working_time: R6 clocks; calendar_days: auto-close (R16), which no calendar exception affects. */
  kind: 'inactive' | 'working_time' | 'calendar_days';
  from: number | null; // where the plan's calendar starts measuring the run
  to: number | null; // the stop, or the later of now and the due instant
  carriedMs: number; // working time consumed before `from` under an earlier plan's calendar
  working: Explanation | null; // the engine's account of [from, to), pauses excluded
  problem: MessageCode | null;
}

/** The explanation of one clock's current run at ctx.now; a calendar gap is reported, not thrown. */
export function explainClock(state: TicketState, clock: ClockName, ctx: SlaContext): ClockExplanation {
  const c = state.clocks[clock];
  const view = viewClock(clock, c, ctx);
  const from = measuredFromOf(c);
  const none = { clock, view, from: null, to: null, carriedMs: 0, working: null, problem: view.problem };
  if (view.status === 'inactive' || from === null) return { ...none, kind: 'inactive' };
  const end = c.status === 'stopped' ? (c.stoppedAt ?? ctx.now) : Math.max(ctx.now, view.dueAt ?? ctx.now);
  if (clock === 'auto_close') {
    return { ...none, kind: 'calendar_days', from, to: c.status === 'stopped' ? end : view.dueAt };
  }
  const base = { ...none, kind: 'working_time' as const, from, to: end, carriedMs: c.carriedMs ?? 0 };
  try {
    return { ...base, working: explain(ctx.calendar, from, end, view.pauses) };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return { ...base, problem: err.code };
  }
}
