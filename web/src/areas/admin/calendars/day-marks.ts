// What each date of a calendar year is, from the year summary and the weekly schedule.
import type { CalendarDefinition, Weekday, YearSummary } from '../admin-api.ts';

export type DayMark = 'weekend' | 'holiday' | 'transfer' | 'short' | 'working-weekend';

export interface DayInfo {
  mark?: DayMark;
  title?: string;
  hours?: string;
}

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Monday-first weekday index (0…6) of a YYYY-MM-DD date. */
export function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** Date → its mark; dates without a mark are ordinary working days. */
export function markDays(summary: YearSummary, definition?: CalendarDefinition): Map<string, DayInfo> {
  const marks = new Map<string, DayInfo>();
  const restsOn = (date: string) => {
    const hours = definition?.week[WEEKDAYS[weekdayIndex(date)] ?? 'mon'];
    return definition ? !hours || hours.length === 0 : weekdayIndex(date) >= 5;
  };
  const last = new Date(Date.UTC(summary.year, 11, 31));
  for (
    const day = new Date(Date.UTC(summary.year, 0, 1));
    day <= last;
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    const date = day.toISOString().slice(0, 10);
    if (restsOn(date)) marks.set(date, { mark: 'weekend' });
  }
  // A holiday that falls on a weekend is still a holiday; the summary lists only weekdays off.
  for (const e of definition?.exceptions ?? []) {
    if (e.kind === 'holiday' && e.hours.length === 0 && e.date.startsWith(`${summary.year}-`)) {
      marks.set(e.date, { mark: 'holiday', ...(e.title ? { title: e.title } : {}) });
    }
  }
  for (const off of summary.daysOff) {
    marks.set(off.date, {
      mark: off.kind === 'holiday' ? 'holiday' : 'transfer',
      ...(off.title ? { title: off.title } : {}),
    });
  }
  for (const date of summary.workingWeekends) marks.set(date, { mark: 'working-weekend' });
  for (const s of summary.shortDays) {
    const hours = s.hours.map(([a, b]) => `${a}–${b}`).join(', ');
    // A short working Saturday is both; the shortened hours matter more to a deadline.
    marks.set(s.date, { mark: 'short', hours });
  }
  return marks;
}
