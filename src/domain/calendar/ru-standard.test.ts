import { describe, expect, it } from 'vitest';
import { add, between, compileCalendar, isWorking } from '../time/index.ts';
import { BUILTIN_CALENDARS, buildRuStandardCalendar, getBuiltinCalendar } from './ru-standard.ts';
import { type Calendar, type HoursInterval, WEEKDAYS } from './types.ts';

// Plain date arithmetic, independent of the code under test: the hours of one local date.
function hoursOn(cal: Calendar, date: string): HoursInterval[] {
  const exception = cal.exceptions?.find((e) => e.date === date);
  if (exception) return exception.hours;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
  return cal.week[weekday] ?? [];
}

function minutes(hours: HoursInterval[]): number {
  const toMin = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return hours.reduce((sum, [from, to]) => sum + toMin(to) - toMin(from), 0);
}

function datesOf(year: number): string[] {
  const dates: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

function countYear(cal: Calendar, year: number): { days: number; hours: number; off: number } {
  let days = 0;
  let total = 0;
  for (const date of datesOf(year)) {
    const m = minutes(hoursOn(cal, date));
    if (m > 0) days += 1;
    total += m;
  }
  return { days, hours: total / 60, off: datesOf(year).length - days };
}

describe('ru-standard', () => {
  const cal = buildRuStandardCalendar();

  it.each([
    [2023, 247, 1973],
    [2024, 248, 1979],
    [2025, 247, 1972],
    [2026, 247, 1972],
    [2027, 247, 1972],
  ])('%i has %i working days and %i hours of the 40-hour norm', (year, days, hours) => {
    const counted = countYear(cal, year);
    expect(counted.days).toBe(days);
    expect(counted.hours).toBe(hours);
    // Every year has 118 non-working days, weekends included.
    expect(counted.off).toBe(118);
  });

  it.each([
    ['2025-02-24', 'working Monday: Feb 23 (Sun) moved to May 8', [['09:00', '17:00']]],
    ['2025-03-10', 'working Monday: Mar 8 (Sat) moved to Jun 13', [['09:00', '17:00']]],
    ['2026-01-09', 'day off transferred from Jan 3', []],
    ['2024-11-02', 'short working Saturday before Nov 4', [['09:00', '16:00']]],
    ['2024-12-28', 'full working Saturday', [['09:00', '17:00']]],
    ['2026-02-20', 'Friday before a plain weekend: not short', [['09:00', '17:00']]],
    ['2025-11-01', 'short working Saturday', [['09:00', '16:00']]],
    ['2027-02-20', 'short working Saturday (unconfirmed year)', [['09:00', '16:00']]],
    ['2023-01-07', 'Christmas on a Saturday, not compensated', []],
  ])('%s: %s', (date, _why, hours) => {
    expect(hoursOn(cal, date)).toEqual(hours);
  });

  it('marks every kind of exception and names the holidays in Russian', () => {
    const byDate = new Map(cal.exceptions?.map((e) => [e.date, e]));
    expect(byDate.get('2024-01-07')).toEqual({
      date: '2024-01-07',
      hours: [],
      kind: 'holiday',
      title: 'Рождество Христово',
    });
    expect(byDate.get('2026-11-04')?.title).toBe('День народного единства');
    expect(byDate.get('2024-12-31')).toMatchObject({ kind: 'transfer', title: 'Перенесённый выходной' });
    expect(byDate.get('2024-11-02')?.kind).toBe('short');
    expect(byDate.get('2024-04-27')).toMatchObject({ kind: 'working', hours: [['09:00', '17:00']] });
  });

  it('lists each date once, in order, and only weekend holidays repeat the weekly day off', () => {
    const dates = cal.exceptions?.map((e) => e.date) ?? [];
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    expect(cal.exceptions?.filter((e) => e.kind === 'holiday')).toHaveLength(14 * 5);
  });

  it('declares its validity period and the unconfirmed year', () => {
    expect(cal).toMatchObject({
      timeZone: 'Europe/Moscow',
      validFrom: '2023-01-01',
      validTo: '2027-12-31',
      unconfirmedYears: [2027],
    });
    expect(cal.week.sat).toEqual([]);
    expect(cal.week.mon).toEqual([['09:00', '17:00']]);
  });

  it('is found by name and each copy is independent', () => {
    expect(Object.keys(BUILTIN_CALENDARS)).toEqual(['ru-standard']);
    const a = getBuiltinCalendar('ru-standard');
    const b = getBuiltinCalendar('ru-standard');
    a?.week.mon?.push(['18:00', '19:00']);
    a?.exceptions?.[0]?.hours.push(['10:00', '11:00']);
    expect(b?.week.mon).toEqual([['09:00', '17:00']]);
    expect(b?.exceptions?.[0]?.hours).toEqual([]);
    expect(getBuiltinCalendar('toString')).toBeUndefined();
    expect(getBuiltinCalendar('ru')).toBeUndefined();
  });
});

describe('ru-standard through the working-time engine', () => {
  const wc = compileCalendar(buildRuStandardCalendar());
  const at = (iso: string): number => Date.parse(iso);
  const HOUR = 3_600_000;

  it.each([
    [2023, 1973],
    [2024, 1979],
    [2025, 1972],
    [2026, 1972],
    [2027, 1972],
  ])('%i holds %i working hours', (year, hours) => {
    expect(between(wc, at(`${year}-01-01T00:00:00+03:00`), at(`${year + 1}-01-01T00:00:00+03:00`))).toBe(
      hours * HOUR,
    );
  });

  it.each([
    ['2024-11-01T16:00:00+03:00', 2, '2024-11-02T10:00:00+03:00', 'into the short working Saturday'],
    [
      '2024-11-02T15:00:00+03:00',
      2,
      '2024-11-05T10:00:00+03:00',
      'past 16:00 Saturday and the Nov 4 holiday',
    ],
    ['2025-02-21T16:00:00+03:00', 2, '2025-02-24T10:00:00+03:00', 'Feb 24, 2025 is a working Monday'],
    ['2025-12-30T16:00:00+03:00', 2, '2026-01-12T10:00:00+03:00', 'over the New Year break'],
  ])('%s + %ih = %s (%s)', (from, hours, due) => {
    expect(add(wc, at(from), hours * HOUR)).toBe(at(due));
  });

  it('rests on 2026-01-09 and works on 2024-12-28', () => {
    expect(isWorking(wc, at('2026-01-09T12:00:00+03:00'))).toBe(false);
    expect(isWorking(wc, at('2024-12-28T16:30:00+03:00'))).toBe(true);
    expect(isWorking(wc, at('2024-11-02T16:30:00+03:00'))).toBe(false);
  });
});
