// Properties of working-time arithmetic over random calendars and instants (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Calendar, HoursInterval } from '../calendar/types.ts';
import { add, between, compileCalendar, isWorking, previousWorking, subtract } from './index.ts';

const H = 3_600_000;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const ZONES = [
  'UTC',
  'Europe/Moscow',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
];

const clock = (quarter: number) =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

/** 0–3 sorted, disjoint intervals on a quarter-hour grid, 24:00 allowed. */
const dayHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: HoursInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push([clock(sorted[i]!), clock(sorted[i + 1]!)]);
    return out;
  });

const calendarArb = (zones: string[]) =>
  fc
    .record({
      timeZone: fc.constantFrom(...zones),
      week: fc.tuple(...DAYS.map(() => dayHours)),
      exceptions: fc.uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 729 }), hours: dayHours }), {
        selector: (e) => e.day,
        maxLength: 12,
      }),
    })
    .filter(({ week }) => week.some((h) => h.length > 0))
    .map(
      ({ timeZone, week, exceptions }): Calendar => ({
        timeZone,
        week: Object.fromEntries(DAYS.map((d, i) => [d, week[i]!])),
        exceptions: exceptions.map((e) => ({
          date: new Date(Date.UTC(2026, 0, 1) + e.day * 86_400_000).toISOString().slice(0, 10),
          hours: e.hours,
        })),
      }),
    );

const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });
const amount = fc.integer({ min: 1, max: 2000 * H });

describe('working-time properties', () => {
  it('between(a, add(a, d)) = d', () => {
    fc.assert(
      fc.property(calendarArb(ZONES), instant, amount, (cal, a, d) => {
        const wc = compileCalendar(cal);
        expect(between(wc, a, add(wc, a, d))).toBe(d);
      }),
      { numRuns: 300 },
    );
  });

  it('add and subtract are inverse on working instants', () => {
    fc.assert(
      fc.property(calendarArb(ZONES), instant, amount, (cal, a, d) => {
        const wc = compileCalendar(cal);
        const t = add(wc, a, 0); // the next working instant
        expect(subtract(wc, add(wc, t, d), d)).toBe(t);
        const back = subtract(wc, a, d);
        expect(add(wc, back, d)).toBe(previousWorking(wc, a));
      }),
      { numRuns: 300 },
    );
  });

  it('results are monotonic in the amount', () => {
    fc.assert(
      fc.property(calendarArb(ZONES), instant, amount, amount, (cal, a, d1, d2) => {
        const wc = compileCalendar(cal);
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(add(wc, a, lo)).toBeLessThanOrEqual(add(wc, a, hi));
        expect(subtract(wc, a, lo)).toBeGreaterThanOrEqual(subtract(wc, a, hi));
      }),
      { numRuns: 300 },
    );
  });

  it('no result lies in non-working time except a close', () => {
    fc.assert(
      fc.property(calendarArb(ZONES), instant, fc.integer({ min: 0, max: 500 * H }), (cal, a, d) => {
        const wc = compileCalendar(cal);
        const r = add(wc, a, d);
        expect(isWorking(wc, r) || (d > 0 && previousWorking(wc, r) === r)).toBe(true);
        const s = subtract(wc, a, d);
        expect(isWorking(wc, s) || previousWorking(wc, s) === s).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('between agrees with a minute-by-minute count (UTC calendars)', () => {
    fc.assert(
      fc.property(
        calendarArb(['UTC']),
        fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2027, 11, 20) / 60_000 }),
        fc.integer({ min: 0, max: 8 * 24 * 60 }),
        (cal, startMinute, spanMinutes) => {
          const wc = compileCalendar(cal);
          let expected = 0;
          for (let m = startMinute; m < startMinute + spanMinutes; m++)
            if (isWorkingNaive(cal, m)) expected += 60_000;
          expect(between(wc, startMinute * 60_000, (startMinute + spanMinutes) * 60_000)).toBe(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** Reference: is the UTC minute starting at `minute` inside the calendar's hours? */
function isWorkingNaive(cal: Calendar, minute: number): boolean {
  const date = new Date(minute * 60_000);
  const iso = date.toISOString().slice(0, 10);
  const exception = cal.exceptions?.find((e) => e.date === iso);
  const weekday = DAYS[(date.getUTCDay() + 6) % 7]!;
  const hours = exception ? exception.hours : (cal.week[weekday] ?? []);
  const m = date.getUTCHours() * 60 + date.getUTCMinutes();
  return hours.some(([a, b]) => toMin(a) <= m && m < toMin(b));
}

function toMin(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}
