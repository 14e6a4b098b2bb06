// The clock events that accompany a business event: each start, pause, resume and stop is recorded
// with what it was measured against, so the history alone explains every deadline.
import type { Plan } from '../plans/plan.ts';
import { resumeClock } from '../sla/clock.ts';
import { measureClock, type SlaContext, viewClock } from '../sla/view-clock.ts';
import { DAY_MS, MINUTE_MS } from '../time/days.ts';
import type { EventDraft } from './events.ts';
import type { TicketState } from './state.ts';
import type { ClockName, Priority, TicketType } from './types.ts';

/** Why a clock stops: its goal was reached (met or breached), or its run was called off. */
export type StopKind = 'goal' | 'cancel';

/** Every clock's target under a plan: working ms, and calendar ms for auto-close (R16). */
export function targetsMs(plan: Plan, type: TicketType, priority: Priority): Record<ClockName, number> {
  const t = plan.targets[type][priority];
  return {
    reaction: t.reactionMinutes * MINUTE_MS,
    solution: t.solutionMinutes * MINUTE_MS,
    progress: t.progressMinutes * MINUTE_MS,
    auto_close: plan.autoCloseDays * DAY_MS,
  };
}

/** A start of a fresh run. */
export function startDraft(clock: ClockName, targetMs: number): EventDraft {
  return { type: 'clock', clock, action: 'started', targetMs };
}

/** A pause of a running clock; nothing for any other. */
export function pauseDrafts(s: TicketState, clock: ClockName): EventDraft[] {
  return s.clocks[clock].status === 'running' ? [{ type: 'clock', clock, action: 'paused' }] : [];
}

/** A resume of a paused clock; nothing for any other. */
export function resumeDrafts(s: TicketState, clock: ClockName): EventDraft[] {
  return s.clocks[clock].status === 'paused' ? [{ type: 'clock', clock, action: 'resumed' }] : [];
}

/**
 * A stop of a running or paused clock at ctx.now with its outcome; nothing for any other. A goal
 * reached exactly at the due instant is met; a run called off after its due instant was breached; a
 * breach already recorded stays one. When the calendar knows neither the due instant nor now (its
 * last year has passed), the outcome is left open: the view decides it once the calendar is loaded.
 */
export function stopDrafts(s: TicketState, clock: ClockName, kind: StopKind, ctx: SlaContext): EventDraft[] {
  const c = s.clocks[clock];
  if (c.status !== 'running' && c.status !== 'paused') return [];
  if (clock === 'auto_close') {
    const v = viewClock(clock, c, ctx);
    return [
      {
        type: 'clock',
        clock,
        action: 'stopped',
        dueAt: v.dueAt,
        outcome: kind === 'goal' ? 'met' : 'cancelled',
      },
    ];
  }
  // Measured as if the open pause ended now, so waiting for the customer is still excluded (R9).
  const v = viewClock(clock, resumeClock(c, ctx.now), ctx);
  const late = c.breached || (v.dueAt !== null && (kind === 'goal' ? ctx.now > v.dueAt : v.breached));
  const undecided = kind === 'goal' && v.dueAt === null && v.problem !== null;
  if (undecided && !late) return [{ type: 'clock', clock, action: 'stopped', dueAt: null }];
  const outcome = late ? 'breached' : kind === 'goal' ? 'met' : 'cancelled';
  return [{ type: 'clock', clock, action: 'stopped', dueAt: v.dueAt, outcome }];
}

/** Progress restarts at each public notice: the gap that ends is recorded met or breached (R4.2). */
export function restartProgress(s: TicketState, targetMs: number, ctx: SlaContext): EventDraft[] {
  return [...stopDrafts(s, 'progress', 'goal', ctx), startDraft('progress', targetMs)];
}

/** Stops every live clock because the ticket closes without reaching their goals. */
export function cancelAll(s: TicketState, ctx: SlaContext): EventDraft[] {
  return (['reaction', 'solution', 'progress', 'auto_close'] as const).flatMap((n) =>
    stopDrafts(s, n, 'cancel', ctx),
  );
}

/** Working time consumed by a clock at ctx.now under the current calendar; a calendar gap is an error. */
export function consumedNow(s: TicketState, clock: ClockName, ctx: SlaContext): number {
  return measureClock(clock, s.clocks[clock], ctx).consumedMs;
}
