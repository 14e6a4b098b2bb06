// explain: the working intervals and the notable days behind a deadline (for the SLA timeline).
import { describe, expect, it } from 'vitest';
import { buildRuStandardCalendar } from '../calendar/ru-standard.ts';
import { compileCalendar, explain, formatInstant, parseInstant } from './index.ts';

const ru = compileCalendar(buildRuStandardCalendar());
const at = (iso: string) => parseInstant(iso, ru.zone);
const iso = (t: number) => formatInstant(t, ru.zone);

describe('explain', () => {
  it('lists the working intervals and every excluded day with why', () => {
    const e = explain(ru, at('2025-12-30T16:30'), at('2026-01-12T12:30'));
    expect(e.working).toBe(4 * 3_600_000);
    expect(e.intervals.map((i) => [iso(i.start), iso(i.end)])).toEqual([
      ['2025-12-30T16:30:00+03:00', '2025-12-30T17:00:00+03:00'],
      ['2026-01-12T09:00:00+03:00', '2026-01-12T12:30:00+03:00'],
    ]);
    const kinds = Object.fromEntries(e.days.map((d) => [d.date, d.kind]));
    expect(kinds['2025-12-31']).toBe('transfer');
    expect(kinds['2026-01-01']).toBe('holiday');
    expect(kinds['2026-01-07']).toBe('holiday');
    expect(kinds['2026-01-09']).toBe('transfer');
    expect(kinds['2026-01-10']).toBe('weekend');
    expect(e.days.find((d) => d.date === '2026-01-07')?.title).toBe('Рождество Христово');
    expect(e.days).toHaveLength(12); // 31 Dec … 11 Jan
  });

  it('marks short days and working weekends, and subtracts pauses', () => {
    const e = explain(ru, at('2025-10-31T09:00'), at('2025-11-05T17:00'), [
      [at('2025-10-31T10:00'), at('2025-10-31T12:00')],
    ]);
    const kinds = Object.fromEntries(e.days.map((d) => [d.date, d.kind]));
    expect(kinds['2025-11-01']).toBe('short');
    expect(e.days.find((d) => d.date === '2025-11-01')?.hours).toEqual([['09:00', '16:00']]);
    expect(kinds['2025-11-03']).toBe('transfer');
    expect(kinds['2025-11-04']).toBe('holiday');
    expect(e.pauses).toHaveLength(1);
    expect(e.working).toBe((6 + 7 + 8) * 3_600_000);
  });

  it('describes generic calendars without kinds from the hours themselves', () => {
    const cal = compileCalendar({
      timeZone: 'UTC',
      week: { mon: [['09:00', '17:00']] },
      exceptions: [
        { date: '2026-11-23', hours: [['09:00', '12:00']] },
        { date: '2026-11-24', hours: [['09:00', '17:00']] },
        { date: '2026-11-30', hours: [] },
      ],
    });
    const e = explain(cal, Date.UTC(2026, 10, 23), Date.UTC(2026, 11, 1));
    expect(e.days.map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2026-11-23 short',
      '2026-11-24 working_weekend',
      '2026-11-25 weekend',
      '2026-11-26 weekend',
      '2026-11-27 weekend',
      '2026-11-28 weekend',
      '2026-11-29 weekend',
      '2026-11-30 day_off',
    ]);
  });
});
