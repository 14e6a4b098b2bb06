// What a clock means at `now`: due instant, warning instant, consumed working time, met or breached.

import type { MessageCode, MessageParams } from '../../i18n/index.ts';
import { DomainError } from '../errors.ts';
import type { Plan } from '../plans/plan.ts';
import type { TicketEvent } from '../tickets/events.ts';
import { replay, type TicketState } from '../tickets/state.ts';
import { CLOCK_NAMES, type ClockName } from '../tickets/types.ts';
import { add, between, type WorkingCalendar } from '../time/index.ts';
import { addCalendarTime, subtractCalendarDays } from './calendar-clock.ts';
import { type ClockState, inactiveClock, measuredFromOf, pausesUntil } from './clock.ts';

/** Everything an SLA answer depends on besides the ticket: the instant, the plan and its calendar. */
export interface SlaContext {
  now: number;
  calendar: WorkingCalendar; // the plan's calendar
  plan: Plan;
}

/**
 * `running`/`paused`: the clock is live. `met`/`breached`: it reached its goal in time or late.
 * `stopped`: it was called off before its goal (ticket withdrawn, auto-close cancelled by an answer).
 */
export type ClockViewStatus = 'inactive' | 'running' | 'paused' | 'stopped' | 'met' | 'breached';

export interface ClockView {
  name: ClockName;
  status: ClockViewStatus;
  startedAt: number | null;
  stoppedAt: number | null;
  dueAt: number | null; // null while paused or inactive, or when the calendar cannot answer
  warnAt: number | null; // warningPercent of the target consumed; auto_close: the reminder
  reminderAt: number | null; // auto_close only
  targetMs: number; // working ms allowed (with a manual deadline: what it allows); auto_close: calendar ms
  consumedMs: number; // working ms used, pauses excluded (auto_close: calendar ms since the proposal)
  remainingMs: number; // negative once overdue
  breached: boolean; // the due instant passed before the goal, whatever the status
  manual: boolean; // the due instant was set by support (R15)
  pauses: Array<[number, number]>;
  problem: MessageCode | null; // e.g. calendar.runs_out when the calendar cannot answer
  problemParams: MessageParams; // the problem's details (the dates the calendar knows, the date asked)
}

/**
 * The view of one clock at ctx.now; never throws for a calendar gap, it reports it in `problem`.
 * The calendar may not measure the whole run (it ends before now) while the due instant is still
 * known (it fell inside the calendar, or support set it): a clock past it is late all the same, and a
 * run stopped without a recorded outcome is judged by it; with no due instant it stays undecided.
 */
export function viewClock(name: ClockName, c: ClockState, ctx: SlaContext): ClockView {
  try {
    return measureClock(name, c, ctx);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const dueAt =
      name === 'auto_close' || (c.status !== 'running' && c.status !== 'stopped') ? null : dueOnly(c, ctx);
    const outcome = c.outcome ?? null;
    const end = c.status === 'stopped' ? (c.stoppedAt ?? ctx.now) : ctx.now;
    const breached =
      c.status === 'stopped'
        ? outcome === null
          ? dueAt !== null && end > dueAt
          : outcome === 'breached'
        : c.breached || (dueAt !== null && ctx.now >= dueAt);
    const status =
      c.status !== 'stopped'
        ? c.status
        : outcome === null && dueAt === null
          ? 'stopped'
          : stoppedStatus(outcome, breached);
    return {
      ...baseView(name, c, ctx),
      status,
      dueAt,
      breached,
      problem: err.code,
      problemParams: err.params,
    };
  }
}

/** The due instant of a live or stopped working clock without measuring the run; null when unknown. */
function dueOnly(c: ClockState, ctx: SlaContext): number | null {
  const from = measuredFromOf(c);
  if (from === null) return null;
  const pauses = pausesUntil(c, ctx.now);
  if (c.manualDueAt !== null) {
    // Waiting for the customer after it was set moves a manual deadline: then it needs the calendar.
    const setAt = Math.max(c.manualSetAt ?? from, from);
    return c.manualSetAt !== null && pauses.some(([, to]) => to > setAt) ? null : c.manualDueAt;
  }
  const carried = c.carriedMs ?? 0;
  if (c.targetMs <= carried) return from;
  try {
    return add(ctx.calendar, from, c.targetMs - carried, pauses);
  } catch (err) {
    if (err instanceof DomainError) return null;
    throw err;
  }
}

/** The view of one clock at ctx.now; a calendar that cannot answer throws its DomainError. */
export function measureClock(name: ClockName, c: ClockState, ctx: SlaContext): ClockView {
  const base = baseView(name, c, ctx);
  if (c.status === 'inactive' || c.startedAt === null) return base;
  return name === 'auto_close' ? viewCalendarClock(base, c, ctx) : viewWorkingClock(base, c, ctx);
}

function baseView(name: ClockName, c: ClockState, ctx: SlaContext): ClockView {
  return {
    name,
    status: 'inactive',
    startedAt: c.startedAt,
    stoppedAt: c.stoppedAt,
    dueAt: null,
    warnAt: null,
    reminderAt: null,
    targetMs: c.targetMs,
    consumedMs: 0,
    remainingMs: c.targetMs,
    breached: false,
    manual: c.manualDueAt !== null,
    pauses: pausesUntil(c, ctx.now),
    problem: null,
    problemParams: {},
  };
}

function viewWorkingClock(base: ClockView, c: ClockState, ctx: SlaContext): ClockView {
  const cal = ctx.calendar;
  const from = measuredFromOf(c)!;
  const end = c.status === 'stopped' ? (c.stoppedAt ?? ctx.now) : ctx.now;
  const pauses = base.pauses;
  const carried = c.carriedMs ?? 0;
  // The instant at which `amount` of the run's working time has been consumed.
  const reach = (amount: number) => (amount <= carried ? from : add(cal, from, amount - carried, pauses));
  const consumedMs = carried + Math.max(0, between(cal, from, Math.max(end, from), pauses));
  let targetMs = c.targetMs;
  let manualDueAt: number | null = null;
  if (c.manualDueAt !== null) {
    // A manual deadline allows what was consumed when it was set plus the working time up to it;
    // waiting for the customer after it was set moves it on (R9).
    const setAt = Math.max(c.manualSetAt ?? from, from);
    targetMs = carried + between(cal, from, setAt, pauses) + Math.max(0, between(cal, setAt, c.manualDueAt));
    const waitedSince = (c.manualSetAt ?? null) !== null && pauses.some(([, to]) => to > setAt);
    manualDueAt = waitedSince ? null : c.manualDueAt;
  }
  const dueAt = c.status === 'paused' ? null : (manualDueAt ?? reach(targetMs));
  const warnAt =
    dueAt === null ? null : Math.min(dueAt, reach(Math.floor((targetMs * ctx.plan.warningPercent) / 100)));
  // A goal reached exactly at the due instant is in time; a clock still open at it is late.
  const outcome = c.outcome ?? null;
  const breached =
    c.status === 'stopped'
      ? outcome === null
        ? dueAt !== null && end > dueAt
        : outcome === 'breached'
      : c.breached || (dueAt === null ? consumedMs >= targetMs : ctx.now >= dueAt);
  const status = c.status === 'stopped' ? stoppedStatus(outcome, breached) : c.status;
  return {
    ...base,
    status,
    dueAt,
    warnAt,
    targetMs,
    consumedMs,
    remainingMs: targetMs - consumedMs,
    breached,
  };
}

function viewCalendarClock(base: ClockView, c: ClockState, ctx: SlaContext): ClockView {
  const zone = ctx.calendar.zone;
  const startedAt = c.startedAt!;
  const end = c.status === 'stopped' ? (c.stoppedAt ?? ctx.now) : ctx.now;
  const dueAt = c.manualDueAt ?? addCalendarTime(zone, startedAt, c.targetMs);
  const days = ctx.plan.autoCloseReminderDays;
  const reminderAt = days > 0 ? Math.max(startedAt, subtractCalendarDays(zone, dueAt, days)) : null;
  const status = c.status === 'stopped' ? stoppedStatus(c.outcome ?? null, false) : 'running';
  const consumedMs = Math.max(0, end - startedAt);
  return {
    ...base,
    status,
    dueAt,
    warnAt: reminderAt,
    reminderAt,
    consumedMs,
    remainingMs: dueAt - end,
  };
}

// A run stopped without an outcome (older histories) counts as met unless it was late.
function stoppedStatus(outcome: ClockState['outcome'], breached: boolean): ClockViewStatus {
  if (outcome === 'cancelled') return 'stopped';
  return breached || outcome === 'breached' ? 'breached' : 'met';
}

/** Views of every clock of a ticket, from its state or straight from its events. */
export function computeClocks(
  source: TicketState | readonly TicketEvent[],
  ctx: SlaContext,
): Record<ClockName, ClockView> {
  const state = Array.isArray(source) ? replay(source as readonly TicketEvent[]) : (source as TicketState);
  return Object.fromEntries(
    CLOCK_NAMES.map((n) => [n, viewClock(n, state?.clocks[n] ?? inactiveClock(), ctx)]),
  ) as Record<ClockName, ClockView>;
}
