// The SLA panel of a ticket page: each clock's status, start, due instant, consumed working time and
// "why this deadline" — the engine's working intervals, pauses and excluded days (R5, R6, R9).
import type { PlanContext } from '../../commands/load-plan.ts';
import { DomainError } from '../../domain/errors.ts';
import { measuredFromOf } from '../../domain/sla/clock.ts';
import { type ClockView, computeClocks } from '../../domain/sla/clock-view.ts';
import type { TicketState } from '../../domain/tickets/state.ts';
import { CLOCK_NAMES, type ClockName } from '../../domain/tickets/types.ts';
import { formatIsoDate } from '../../domain/time/days.ts';
import { explain, formatInstant, type WorkingCalendar } from '../../domain/time/index.ts';
import { formatMessage, type Lang, type MessageCode, type MessageParams } from '../../i18n/index.ts';
import type { ClockPanel } from './response-schemas.ts';

/** At most this many intervals and days per explanation; longer spans are cut with `truncated`. */
const MAX_ENTRIES = 200;

const minutes = (ms: number) => Math.trunc(ms / 60_000);

/**
 * The panel of every clock of the ticket at `now`, instants also shown in the calendar's zone.
 * Support's early-warning instants are support's own business: customers get them as null.
 */
export function presentSla(
  state: TicketState,
  context: PlanContext,
  now: number,
  lang: Lang,
  audience: 'support' | 'customer',
) {
  const { plan, calendar } = context;
  const views = computeClocks(state, { now, plan, calendar });
  const clocks = CLOCK_NAMES.map((name) => presentClock(name, views[name], state, calendar, now, lang));
  return {
    now: new Date(now).toISOString(),
    plan: { id: plan.id, name: plan.name },
    calendar: { id: plan.calendarId, timeZone: calendar.zone.name },
    clocks: audience === 'support' ? clocks : clocks.map((c) => ({ ...c, warnAt: null, warnAtLocal: null })),
  };
}

function presentClock(
  name: ClockName,
  v: ClockView,
  state: TicketState,
  cal: WorkingCalendar,
  now: number,
  lang: Lang,
): ClockPanel {
  const utc = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  const local = (t: number | null) => (t === null ? null : formatInstant(t, cal.zone));
  const working = name !== 'auto_close';
  let problem: MessageCode | null = v.problem;
  let problemParams = v.problemParams;
  let explanation: ClockPanel['explanation'] = null;
  if (working && v.status !== 'inactive' && v.startedAt !== null) {
    try {
      explanation = explainClock(v, measuredFromOf(state.clocks[name]) ?? v.startedAt, cal, now);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      if (problem === null) [problem, problemParams] = [err.code, err.params];
    }
  }
  return {
    name,
    status: v.status,
    basis: working ? 'working_time' : 'calendar_days',
    startedAt: utc(v.startedAt),
    startedAtLocal: local(v.startedAt),
    dueAt: utc(v.dueAt),
    dueAtLocal: local(v.dueAt),
    stoppedAt: utc(v.stoppedAt),
    stoppedAtLocal: local(v.stoppedAt),
    warnAt: utc(v.warnAt),
    warnAtLocal: local(v.warnAt),
    targetMinutes: minutes(v.targetMs),
    consumedMinutes: minutes(v.consumedMs),
    // Whole minutes that add up: consumed + remaining = target, however the seconds fall.
    remainingMinutes: minutes(v.targetMs) - minutes(v.consumedMs),
    breached: v.breached,
    manual: v.manual,
    problem:
      problem === null
        ? null
        : { code: problem, message: describeProblem(problem, problemParams, cal, lang) },
    explanation,
  };
}

/**
 * Why the clock's deadline is where it is: the working intervals from the start of measuring to the
 * due instant (or, for a paused or stopped clock, to now or the stop), with pauses and notable days.
 */
function explainClock(v: ClockView, from: number, cal: WorkingCalendar, now: number) {
  const to = Math.max(from, v.dueAt ?? v.stoppedAt ?? now);
  const e = explain(cal, from, to, v.pauses);
  const local = (t: number) => formatInstant(t, cal.zone);
  const span = (s: { start: number; end: number }) => ({ start: local(s.start), end: local(s.end) });
  return {
    from: local(e.from),
    to: local(e.to),
    workingMinutes: minutes(e.working),
    intervals: e.intervals.slice(0, MAX_ENTRIES).map(span),
    pauses: e.pauses.slice(0, MAX_ENTRIES).map(span),
    days: e.days.slice(0, MAX_ENTRIES).map((d) => ({
      date: d.date,
      kind: d.kind,
      ...(d.title ? { title: d.title } : {}),
      hours: d.hours.map(([a, b]): [string, string] => [a, b]),
    })),
    truncated: Math.max(e.intervals.length, e.pauses.length, e.days.length) > MAX_ENTRIES,
  };
}

function describeProblem(code: MessageCode, params: MessageParams, cal: WorkingCalendar, lang: Lang): string {
  const day = (n: number) => (Number.isFinite(n) && Math.abs(n) < 1e8 ? formatIsoDate(n) : '—');
  return formatMessage(lang, code, { from: day(cal.firstDay), to: day(cal.lastDay), value: '—', ...params });
}
