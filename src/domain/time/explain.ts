// Why a span holds the working time it does: the working intervals and every day that differs
// from an ordinary working day (weekend, holiday, transferred day off, short day), for the SLA timeline.
import type { HoursInterval } from '../calendar/types.ts';
import { formatClock, formatIsoDate, weekdayOf } from './days.ts';
import type { WorkingCalendar } from './timeline.ts';
import { normalizePauses, type Pause } from './working-time.ts';

export type DayKind =
  | 'weekend'
  | 'holiday'
  | 'transfer'
  | 'day_off'
  | 'short'
  | 'working_weekend'
  | 'changed_hours';

export interface ExplainedDay {
  date: string; // local YYYY-MM-DD
  kind: DayKind;
  title?: string;
  hours: HoursInterval[]; // the hours that day has (empty for a day off)
}

export interface Explanation {
  from: number;
  to: number;
  working: number; // ms of working time in [from, to), pauses excluded
  intervals: Array<{ start: number; end: number }>;
  pauses: Array<{ start: number; end: number }>;
  days: ExplainedDay[];
}

/** The working intervals, pauses and notable days between a and b (a ≤ b). */
export function explain(cal: WorkingCalendar, a: number, b: number, pauses?: readonly Pause[]): Explanation {
  const [from, to] = a <= b ? [a, b] : [b, a];
  cal.checkInRange(from);
  cal.checkInRange(to);
  const clippedPauses = normalizePauses(pauses)
    .map(([s, e]): [number, number] => [Math.max(s, from), Math.min(e, to)])
    .filter(([s, e]) => e > s);
  const intervals: Array<{ start: number; end: number }> = [];
  let working = 0;
  for (const [s, e] of cal.intervalsIn(from, to)) {
    for (const [ps, pe] of subtractPauses(s, e, clippedPauses)) {
      intervals.push({ start: ps, end: pe });
      working += pe - ps;
    }
  }
  const days: ExplainedDay[] = [];
  if (to > from) {
    for (let day = cal.dayOf(from); day <= cal.dayOf(to - 1); day++) {
      const described = describeDay(cal, day);
      if (described) days.push(described);
    }
  }
  return {
    from,
    to,
    working,
    intervals,
    pauses: clippedPauses.map(([s, e]) => ({ start: s, end: e })),
    days,
  };
}

/** A day that differs from an ordinary working day, with why; undefined for an ordinary one. */
export function describeDay(cal: WorkingCalendar, day: number): ExplainedDay | undefined {
  const weekly = cal.weekMinutes[weekdayOf(day)]!;
  const exception = cal.exceptions.get(day);
  const date = formatIsoDate(day);
  if (!exception) return weekly.length === 0 ? { date, kind: 'weekend', hours: [] } : undefined;
  const hours = exception.minutes.map(([o, c]): HoursInterval => [formatClock(o), formatClock(c)]);
  const kind = kindOf(exception.kind, exception.minutes, weekly);
  return exception.title ? { date, kind, title: exception.title, hours } : { date, kind, hours };
}

function kindOf(
  declared: string | undefined,
  minutes: Array<[number, number]>,
  weekly: Array<[number, number]>,
): DayKind {
  if (minutes.length === 0) {
    if (declared === 'holiday') return 'holiday';
    if (declared === 'transfer') return 'transfer';
    return weekly.length === 0 ? 'weekend' : 'day_off';
  }
  if (declared === 'short') return 'short';
  if (weekly.length === 0) return 'working_weekend';
  if (declared === 'working') return 'working_weekend';
  const total = (m: Array<[number, number]>) => m.reduce((sum, [o, c]) => sum + c - o, 0);
  return total(minutes) < total(weekly) ? 'short' : 'changed_hours';
}

function subtractPauses(s: number, e: number, pauses: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = s;
  for (const [ps, pe] of pauses) {
    if (pe <= cursor || ps >= e) continue;
    if (ps > cursor) out.push([cursor, ps]);
    cursor = Math.max(cursor, pe);
  }
  if (cursor < e) out.push([cursor, e]);
  return out;
}
