// The bench's calendar: Moscow, Mon–Fri 09:00–17:00, with the 2025–2026 Russian days off,
// the working Saturday and the shortened pre-holiday days. Shared by every engine.
import type { Calendar, CalendarException } from '../src/domain/calendar/types.ts';

export const TIME_ZONE = 'Europe/Moscow';
export const OPEN = '09:00';
export const CLOSE = '17:00';
export const SHORT_CLOSE = '16:00';

/** Public holidays and transferred days off (no working hours). */
export const DAYS_OFF: readonly string[] = [
  '2025-01-01',
  '2025-01-02',
  '2025-01-03',
  '2025-01-06',
  '2025-01-07',
  '2025-01-08',
  '2025-05-01',
  '2025-05-02',
  '2025-05-08',
  '2025-05-09',
  '2025-06-12',
  '2025-06-13',
  '2025-11-03',
  '2025-11-04',
  '2025-12-31',
  '2026-01-01',
  '2026-01-02',
  '2026-01-05',
  '2026-01-06',
  '2026-01-07',
  '2026-01-08',
  '2026-01-09',
  '2026-02-23',
  '2026-03-09',
  '2026-05-01',
  '2026-05-11',
  '2026-06-12',
  '2026-11-04',
  '2026-12-31',
];

/** Weekends made working (09:00–16:00). */
export const WORKING_WEEKENDS: readonly string[] = ['2025-11-01'];

/** Shortened pre-holiday days (09:00–16:00); 2025-11-01 is also a working Saturday. */
export const SHORT_DAYS: readonly string[] = [
  '2025-03-07',
  '2025-04-30',
  '2025-06-11',
  '2025-11-01',
  '2026-04-30',
  '2026-05-08',
  '2026-06-11',
  '2026-11-03',
];

/**
 * Srok's form of the calendar. No validFrom/validTo: the weekly schedule extends to any year,
 * which the 10,000-hour spans need (they run into the 2030s).
 */
export function srokCalendar(): Calendar {
  const day: [string, string][] = [[OPEN, CLOSE]];
  const exceptions: CalendarException[] = [
    ...DAYS_OFF.map((date): CalendarException => ({ date, hours: [], kind: 'holiday' })),
    ...WORKING_WEEKENDS.map(
      (date): CalendarException => ({ date, hours: [[OPEN, SHORT_CLOSE]], kind: 'working' }),
    ),
    ...SHORT_DAYS.filter((date) => !WORKING_WEEKENDS.includes(date)).map(
      (date): CalendarException => ({ date, hours: [[OPEN, SHORT_CLOSE]], kind: 'short' }),
    ),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    timeZone: TIME_ZONE,
    week: { mon: day, tue: day, wed: day, thu: day, fri: day },
    exceptions,
  };
}
