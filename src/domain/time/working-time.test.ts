// Working-time rules (R5, R6) checked against the official calendar and hand-made ones.
import { describe, expect, it } from 'vitest';
import { buildRuStandardCalendar } from '../calendar/ru-standard.ts';
import type { Calendar } from '../calendar/types.ts';
import {
  add,
  between,
  compileCalendar,
  formatInstant,
  isWorking,
  nextWorking,
  parseInstant,
  previousWorking,
  subtract,
} from './index.ts';

const H = 3_600_000;
const M = 60_000;
const ru = compileCalendar(buildRuStandardCalendar());
const at = (iso: string) => parseInstant(iso, ru.zone);
const iso = (t: number) => formatInstant(t, ru.zone);

describe('ru-standard: add', () => {
  it.each([
    // from (Moscow), working minutes, expected; why
    ['2025-12-30T16:30', 240, '2026-01-12T12:30:00+03:00', 'Dec 31 and Jan 1–11 are off'],
    ['2026-11-20T16:30', 240, '2026-11-23T12:30:00+03:00', 'Friday → Monday'],
    ['2026-11-03T15:00', 120, '2026-11-05T10:00:00+03:00', 'short day ends 16:00; Nov 4 is a holiday'],
    ['2025-10-31T16:00', 120, '2025-11-01T10:00:00+03:00', 'working Saturday 2025-11-01'],
    ['2025-11-01T15:00', 120, '2025-11-05T10:00:00+03:00', 'the working Saturday is short; Nov 3–4 off'],
    ['2024-12-27T16:00', 240, '2024-12-28T12:00:00+03:00', 'working Saturday 2024-12-28 is a full day'],
    ['2026-01-12T09:00', 480, '2026-01-12T17:00:00+03:00', 'landing on a close stays at the close'],
    [
      '2026-01-12T17:00',
      60,
      '2026-01-13T10:00:00+03:00',
      'from a close, counting starts at the next opening',
    ],
    ['2026-01-10T12:00', 0, '2026-01-12T09:00:00+03:00', 'add 0 off hours gives the next opening'],
    ['2026-01-12T10:15', 0, '2026-01-12T10:15:00+03:00', 'add 0 in working time gives the instant itself'],
    ['2026-02-20T16:00', 120, '2026-02-24T10:00:00+03:00', 'Feb 20 is not short; Feb 23 is a holiday'],
  ])('%s + %i min = %s (%s)', (from, minutes, expected) => {
    expect(iso(add(ru, at(from), minutes * M))).toBe(expected);
  });
});

describe('ru-standard: subtract', () => {
  it.each([
    ['2026-01-12T12:30', 240, '2025-12-30T16:30:00+03:00', 'mirror of the holiday case'],
    ['2026-01-12T10:00', 60, '2026-01-12T09:00:00+03:00', 'landing on an opening stays there'],
    [
      '2026-01-12T09:00',
      60,
      '2025-12-30T16:00:00+03:00',
      'from an opening, counting starts at the previous close',
    ],
    ['2026-01-11T12:00', 0, '2025-12-30T17:00:00+03:00', 'subtract 0 off hours gives the previous close'],
    ['2026-01-12T17:00', 0, '2026-01-12T17:00:00+03:00', 'a close is its own previous working instant'],
  ])('%s − %i min = %s (%s)', (from, minutes, expected) => {
    expect(iso(subtract(ru, at(from), minutes * M))).toBe(expected);
  });
});

describe('ru-standard: between, isWorking, next/previous', () => {
  it('counts working time in [a, b), negative when b < a', () => {
    expect(between(ru, at('2025-12-30T16:30'), at('2026-01-12T12:30'))).toBe(4 * H);
    expect(between(ru, at('2026-01-12T12:30'), at('2025-12-30T16:30'))).toBe(-4 * H);
    expect(between(ru, at('2026-01-12T10:00'), at('2026-01-12T10:00'))).toBe(0);
  });

  it('counts a whole official year: 2026 has 1972 working hours', () => {
    expect(between(ru, at('2026-01-01T00:00'), at('2027-01-01T00:00'))).toBe(1972 * H);
  });

  it('counts multi-year spans: 2023–2026 hold 1973 + 1979 + 1972 + 1972 hours', () => {
    expect(between(ru, at('2023-01-01T00:00'), at('2027-01-01T00:00'))).toBe((1973 + 1979 + 1972 + 1972) * H);
    const start = at('2023-03-01T10:00');
    expect(iso(subtract(ru, add(ru, start, 5000 * H), 5000 * H))).toBe(iso(start));
  });

  it.each([
    ['2026-01-12T09:00', true],
    ['2026-01-12T16:59:59.999', true],
    ['2026-01-12T17:00', false],
    ['2026-01-12T08:59', false],
    ['2026-01-09T12:00', false],
    ['2026-11-03T16:30', false],
    ['2025-11-01T12:00', true],
  ])('isWorking(%s) = %s', (t, expected) => {
    expect(isWorking(ru, at(t))).toBe(expected);
  });

  it('nextWorking and previousWorking follow the half-open convention', () => {
    expect(iso(nextWorking(ru, at('2026-01-12T17:00')))).toBe('2026-01-13T09:00:00+03:00');
    expect(iso(nextWorking(ru, at('2026-01-12T09:00')))).toBe('2026-01-12T09:00:00+03:00');
    expect(iso(previousWorking(ru, at('2026-01-12T09:00')))).toBe('2025-12-30T17:00:00+03:00');
    expect(iso(previousWorking(ru, at('2026-01-12T09:00:01')))).toBe('2026-01-12T09:00:01+03:00');
    expect(iso(previousWorking(ru, at('2026-01-12T17:00')))).toBe('2026-01-12T17:00:00+03:00');
  });

  it('refuses instants and results outside the known years with a clear error', () => {
    expect(() => add(ru, at('2027-12-31T12:00'), 10 * H)).toThrow(/outside the calendar/);
    expect(() => between(ru, at('2022-06-01T12:00'), at('2023-06-01T12:00'))).toThrow(
      /known only from 2023-01-01/,
    );
    expect(() => subtract(ru, at('2023-01-09T10:00'), 10 * H)).toThrow(/outside the calendar/);
  });
});

describe('pauses (R9)', () => {
  const pause = (a: string, b: string) => [at(a), at(b)] as const;

  it('add skips a pause and lands at its start exactly when the time runs out there', () => {
    const p = [pause('2026-01-12T12:00', '2026-01-12T14:00')];
    expect(iso(add(ru, at('2026-01-12T09:00'), 4 * H, p))).toBe('2026-01-12T15:00:00+03:00');
    expect(iso(add(ru, at('2026-01-12T09:00'), 3 * H, p))).toBe('2026-01-12T12:00:00+03:00');
    expect(between(ru, at('2026-01-12T09:00'), at('2026-01-12T17:00'), p)).toBe(6 * H);
  });

  it('a pause over a weekend costs nothing extra; overlapping pauses merge', () => {
    const p = [pause('2026-11-20T16:00', '2026-11-23T10:00'), pause('2026-11-23T09:30', '2026-11-23T11:00')];
    expect(between(ru, at('2026-11-20T09:00'), at('2026-11-23T17:00'), p)).toBe(7 * H + 6 * H);
    expect(iso(add(ru, at('2026-11-20T15:00'), 2 * H, p))).toBe('2026-11-23T12:00:00+03:00');
    expect(iso(subtract(ru, at('2026-11-23T12:00'), 2 * H, p))).toBe('2026-11-20T15:00:00+03:00');
  });

  it('add 0 inside a pause gives the end of the pause; isWorking is false inside', () => {
    const p = [pause('2026-01-12T10:00', '2026-01-12T11:00')];
    expect(iso(add(ru, at('2026-01-12T10:30'), 0, p))).toBe('2026-01-12T11:00:00+03:00');
    expect(isWorking(ru, at('2026-01-12T10:30'), p)).toBe(false);
    expect(iso(previousWorking(ru, at('2026-01-12T11:00'), p))).toBe('2026-01-12T10:00:00+03:00');
  });

  it('rejects a reversed pause', () => {
    expect(() =>
      between(ru, at('2026-01-12T09:00'), at('2026-01-12T17:00'), [
        [at('2026-01-12T11:00'), at('2026-01-12T10:00')],
      ]),
    ).toThrow(/Pause/);
  });
});

const everyDay = (hours: [string, string][]): Calendar['week'] =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, hours]));

describe('time zones and seams', () => {
  it.each([
    ['America/New_York', '2026-03-08', 23],
    ['America/New_York', '2026-11-01', 25],
    ['Europe/Berlin', '2026-03-29', 23],
    ['Europe/Berlin', '2026-10-25', 25],
    ['Europe/Moscow', '2026-10-25', 24],
  ])('%s: an all-working day %s holds %i real hours', (zone, date, hours) => {
    const cal = compileCalendar({ timeZone: zone, week: everyDay([['00:00', '24:00']]) });
    const start = parseInstant(`${date}T00:00`, cal.zone);
    const next = parseInstant(`${date}T00:00`, cal.zone) + 36 * H;
    const end = parseInstant(formatInstant(next, cal.zone).slice(0, 10), cal.zone);
    expect(between(cal, start, end)).toBe(hours * H);
  });

  it('a 09:00–17:00 day across a DST change is 8 real hours, offsets printed right', () => {
    const cal = compileCalendar({ timeZone: 'America/New_York', week: everyDay([['09:00', '17:00']]) });
    const from = parseInstant('2026-03-06T16:00', cal.zone);
    expect(formatInstant(add(cal, from, 2 * H), cal.zone)).toBe('2026-03-07T10:00:00-05:00');
    expect(formatInstant(add(cal, from, 17 * H), cal.zone)).toBe('2026-03-08T17:00:00-04:00');
    expect(formatInstant(add(cal, from, 18 * H), cal.zone)).toBe('2026-03-09T10:00:00-04:00');
    expect(
      between(cal, parseInstant('2026-03-08T00:00', cal.zone), parseInstant('2026-03-09T00:00', cal.zone)),
    ).toBe(8 * H);
  });

  it('a night shift through midnight is seamless', () => {
    const cal = compileCalendar({
      timeZone: 'Europe/Moscow',
      week: { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] },
    });
    const from = parseInstant('2026-11-23T23:00', cal.zone);
    expect(isWorking(cal, parseInstant('2026-11-24T00:00', cal.zone))).toBe(true);
    expect(formatInstant(add(cal, from, 3 * H), cal.zone)).toBe('2026-11-24T02:00:00+03:00');
    expect(formatInstant(add(cal, parseInstant('2026-11-23T22:00', cal.zone), 2 * H), cal.zone)).toBe(
      '2026-11-24T00:00:00+03:00',
    );
  });

  it('a shift over New Year is seamless across the year boundary', () => {
    const cal = compileCalendar({ timeZone: 'UTC', week: everyDay([['00:00', '24:00']]) });
    expect(add(cal, Date.UTC(2026, 11, 31, 23), 2 * H)).toBe(Date.UTC(2027, 0, 1, 1));
    expect(subtract(cal, Date.UTC(2027, 0, 1, 1), 2 * H)).toBe(Date.UTC(2026, 11, 31, 23));
  });

  it('split days (lunch break) and an ISO input with an explicit offset', () => {
    const cal = compileCalendar({
      timeZone: 'Europe/Moscow',
      week: {
        tue: [
          ['09:00', '13:00'],
          ['14:00', '18:00'],
        ],
      },
    });
    const from = parseInstant('2026-11-24T09:00:00Z', cal.zone); // 12:00 Moscow
    expect(formatInstant(add(cal, from, 2 * H), cal.zone)).toBe('2026-11-24T15:00:00+03:00');
    expect(formatInstant(add(cal, from, H), cal.zone)).toBe('2026-11-24T13:00:00+03:00');
  });
});

describe('calendars that cannot answer', () => {
  it('no working time at all is a clear error, not an endless loop', () => {
    const cal = compileCalendar({ timeZone: 'UTC', week: {} });
    expect(() => add(cal, Date.UTC(2026, 0, 1), H)).toThrow(/no working time/);
    expect(() => nextWorking(cal, Date.UTC(2026, 0, 1))).toThrow(/no working time/);
  });

  it('working time only on exception dates runs out with the last such date named', () => {
    const cal = compileCalendar({
      timeZone: 'UTC',
      week: {},
      exceptions: [{ date: '2026-05-05', hours: [['10:00', '12:00']] }],
    });
    expect(add(cal, Date.UTC(2026, 0, 1), H)).toBe(Date.UTC(2026, 4, 5, 11));
    expect(() => add(cal, Date.UTC(2026, 0, 1), 3 * H)).toThrow(/after 2026-05-05/);
  });

  it('rejects an invalid calendar with every fault and its JSON path', () => {
    try {
      compileCalendar({
        timeZone: 'Mars/Olympus',
        week: {
          mon: [['09:00', '25:00']],
          tue: [['12:00', '10:00']],
          wed: [
            ['09:00', '13:00'],
            ['12:00', '18:00'],
          ],
        },
        exceptions: [
          { date: '2026-01-09', hours: [] },
          { date: '2026-01-09', hours: [] },
        ],
      } as Calendar);
      expect.unreachable();
    } catch (err) {
      const paths = (err as { issues: { path: string; code: string }[] }).issues.map(
        (i) => `${i.path} ${i.code}`,
      );
      expect(paths).toEqual([
        '$.timeZone calendar.unknown_zone',
        '$.week.mon[0][1] calendar.bad_time',
        '$.week.tue[0] calendar.reversed_interval',
        '$.week.wed[1] calendar.overlapping_intervals',
        '$.exceptions[1].date calendar.duplicate_date',
      ]);
    }
  });
});

describe('clock formats in calendars', () => {
  it('accepts 9:00 and HH:MM:SS boundaries, to the second', () => {
    const cal = compileCalendar({ timeZone: 'UTC', week: { mon: [['9:00', '17:00:30']] } });
    expect(add(cal, Date.UTC(2026, 10, 23, 17), 30_000)).toBe(Date.UTC(2026, 10, 23, 17, 0, 30));
    expect(between(cal, Date.UTC(2026, 10, 23, 8), Date.UTC(2026, 10, 24))).toBe(8 * H + 30_000);
  });
});
