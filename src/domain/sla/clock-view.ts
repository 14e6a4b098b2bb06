// What a clock means now: due instant, warning instant, consumed working time, met or breached.
import { DomainError } from '../errors.ts';
import type { Plan } from '../plans/plan.ts';
import type { TicketState } from '../tickets/state.ts';
import { CLOCK_NAMES, type ClockName } from '../tickets/types.ts';
import { add, between, type WorkingCalendar } from '../time/index.ts';
import { type ClockState, pausesUntil } from './clock.ts';

export const DAY_MS = 86_400_000;

export interface SlaContext {
  now: number;
  calendar: WorkingCalendar; // the plan's calendar
  plan: Plan;
}

export type ClockViewStatus = 'inactive' | 'running' | 'paused' | 'met' | 'breached';

export interface ClockView {
  name: ClockName;
  status: ClockViewStatus;
  startedAt: number | null;
  dueAt: number | null; // null while paused or not started
  warnAt: number | null;
  reminderAt: number | null; // auto_close only
  targetMs: number;
  consumedMs: number; // working ms (calendar ms for auto_close)
  breached: boolean;
  manual: boolean; // the due instant was set by support
  pauses: Array<[number, number]>;
  problem: string | null; // e.g. calendar.runs_out when the calendar cannot answer
}

/** The view of one clock at ctx.now. */
export function viewClock(name: ClockName, c: ClockState, ctx: SlaContext): ClockView {
  const base: ClockView = {
    name,
    status: 'inactive',
    startedAt: c.startedAt,
    dueAt: null,
    warnAt: null,
    reminderAt: null,
    targetMs: c.targetMs,
    consumedMs: 0,
    breached: false,
    manual: c.manualDueAt !== null,
    pauses: pausesUntil(c, ctx.now),
    problem: null,
  };
  if (c.status === 'inactive' || c.startedAt === null) return base;
  const end = c.status === 'stopped' ? (c.stoppedAt ?? ctx.now) : ctx.now;
  if (name === 'auto_close') return viewCalendarClock(base, c, ctx, end);
  try {
    const pauses = base.pauses;
    const consumedMs = Math.max(0, between(ctx.calendar, c.startedAt, Math.max(end, c.startedAt), pauses));
    const dueAt =
      c.status === 'paused' ? null : (c.manualDueAt ?? add(ctx.calendar, c.startedAt, c.targetMs, pauses));
    const total =
      c.manualDueAt !== null ? between(ctx.calendar, c.startedAt, c.manualDueAt, pauses) : c.targetMs;
    const warnAt =
      dueAt === null
        ? null
        : add(ctx.calendar, c.startedAt, Math.floor((total * ctx.plan.warningPercent) / 100), pauses);
    const breached = c.breached || (dueAt !== null && end > dueAt) || (dueAt === null && consumedMs > total);
    const status: ClockViewStatus =
      c.status === 'stopped' ? (breached ? 'breached' : 'met') : c.status === 'paused' ? 'paused' : 'running';
    return { ...base, status, dueAt, warnAt, consumedMs, breached };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return { ...base, status: c.status === 'stopped' ? 'met' : 'running', problem: err.code };
  }
}

function viewCalendarClock(base: ClockView, c: ClockState, ctx: SlaContext, end: number): ClockView {
  const startedAt = c.startedAt!;
  const dueAt = c.manualDueAt ?? startedAt + c.targetMs;
  const reminderAt = dueAt - ctx.plan.autoCloseReminderDays * DAY_MS;
  const status: ClockViewStatus = c.status === 'stopped' ? 'met' : 'running';
  return { ...base, status, dueAt, reminderAt, consumedMs: Math.max(0, end - startedAt) };
}

/** Views of every clock of a ticket. */
export function viewClocks(state: TicketState, ctx: SlaContext): Record<ClockName, ClockView> {
  return Object.fromEntries(CLOCK_NAMES.map((n) => [n, viewClock(n, state.clocks[n], ctx)])) as Record<
    ClockName,
    ClockView
  >;
}

export interface Deadlines {
  reactionDueAt: number | null;
  solutionDueAt: number | null;
  progressDueAt: number | null;
  autoCloseAt: number | null;
  nextDueAt: number | null; // the nearest due instant of a running support clock: the queue order
  nextSweepAt: number | null; // when the sweeper must act next: warning, breach, reminder, auto-close
}

/** The deadlines stored as indexed columns, so "what is due next" is one index range scan. */
export function computeDeadlines(state: TicketState, ctx: SlaContext): Deadlines {
  const v = viewClocks(state, ctx);
  const running = (n: ClockName) => (v[n].status === 'running' ? v[n].dueAt : null);
  const support = (['reaction', 'solution', 'progress'] as const).map(running);
  const sweeps: Array<number | null> = (['reaction', 'solution', 'progress'] as const).map((n) => {
    const c = state.clocks[n];
    if (v[n].status !== 'running') return null;
    if (!c.warned && v[n].warnAt !== null) return v[n].warnAt;
    return c.breached ? null : v[n].dueAt;
  });
  const ac = v.auto_close;
  if (ac.status === 'running')
    sweeps.push(!state.autoCloseReminded && ac.reminderAt !== null ? ac.reminderAt : ac.dueAt);
  return {
    reactionDueAt: v.reaction.dueAt,
    solutionDueAt: v.solution.dueAt,
    progressDueAt: v.progress.dueAt,
    autoCloseAt: ac.status === 'running' ? ac.dueAt : null,
    nextDueAt: minOf(support),
    nextSweepAt: state.status === 'closed' ? null : minOf(sweeps),
  };
}

function minOf(values: Array<number | null>): number | null {
  const present = values.filter((x): x is number => x !== null);
  return present.length === 0 ? null : Math.min(...present);
}
