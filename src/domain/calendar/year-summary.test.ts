import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { buildRuStandardCalendar } from './ru-standard.ts';
import type { Calendar } from './types.ts';
import { formatYearSummary, summarizeYear } from './year-summary.ts';

const RU = buildRuStandardCalendar();

function calendar(overrides: Partial<Calendar> = {}): Calendar {
  const day: [string, string][] = [['09:00', '17:00']];
  return {
    timeZone: 'Europe/Moscow',
    week: { mon: day, tue: day, wed: day, thu: day, fri: day },
    ...overrides,
  };
}

describe('summarizeYear', () => {
  it.each([
    [2023, 247, 1973, 13, 0, 3],
    [2024, 248, 1979, 17, 3, 5],
    [2025, 247, 1972, 15, 1, 4],
    [2026, 247, 1972, 14, 0, 4],
    [2027, 247, 1972, 15, 1, 4],
  ])(
    'ru-standard %i: %i days, %i hours, %i weekdays off, %i working weekends, %i short days',
    (year, days, hours, off, weekends, short) => {
      const summary = summarizeYear(RU, year);
      expect(summary.workingDays).toBe(days);
      expect(summary.workingHours).toBe(hours);
      expect(summary.daysOff).toHaveLength(off);
      expect(summary.workingWeekends).toHaveLength(weekends);
      expect(summary.shortDays).toHaveLength(short);
      expect(summary.unconfirmed).toBe(year === 2027);
    },
  );

  it('lists 2024 exactly as the production calendar does', () => {
    const summary = summarizeYear(RU, 2024);
    expect(summary.workingWeekends).toEqual(['2024-04-27', '2024-11-02', '2024-12-28']);
    expect(summary.shortDays.map((s) => s.date)).toEqual([
      '2024-02-22',
      '2024-03-07',
      '2024-05-08',
      '2024-06-11',
      '2024-11-02',
    ]);
    expect(summary.shortDays[4]?.hours).toEqual([['09:00', '16:00']]);
    expect(summary.daysOff[0]).toEqual({ date: '2024-01-01', kind: 'holiday', title: 'Новогодние каникулы' });
    expect(summary.daysOff.find((d) => d.date === '2024-04-29')).toEqual({
      date: '2024-04-29',
      kind: 'transfer',
      title: 'Перенесённый выходной',
    });
    // Jan 6–7 fall on a weekend: not a lost weekday.
    expect(summary.daysOff.map((d) => d.date)).not.toContain('2024-01-06');
  });

  it('counts a plain week with no exceptions, fractional hours included', () => {
    const summary = summarizeYear(calendar({ week: { mon: [['09:00', '09:30']] } }), 2025);
    expect(summary).toEqual({
      year: 2025,
      unconfirmed: false,
      daysOff: [],
      workingWeekends: [],
      shortDays: [],
      workingDays: 52,
      workingHours: 26,
    });
    expect(summarizeYear(calendar({ week: { mon: [['09:00', '09:20']] } }), 2025).workingHours).toBeCloseTo(
      52 / 3,
    );
  });

  it('infers what unlabelled exceptions mean from the hours', () => {
    const summary = summarizeYear(
      calendar({
        exceptions: [
          { date: '2025-03-03', hours: [] },
          { date: '2025-03-04', hours: [], title: 'Праздник' },
          { date: '2025-03-05', hours: [['09:00', '12:00']] },
          { date: '2025-03-08', hours: [['09:00', '17:00']] },
          { date: '2025-03-15', hours: [['09:00', '16:00']] },
        ],
      }),
      2025,
    );
    expect(summary.daysOff).toEqual([
      { date: '2025-03-03', kind: 'transfer' },
      { date: '2025-03-04', kind: 'holiday', title: 'Праздник' },
    ]);
    expect(summary.shortDays).toEqual([
      { date: '2025-03-05', hours: [['09:00', '12:00']] },
      { date: '2025-03-15', hours: [['09:00', '16:00']] },
    ]);
    expect(summary.workingWeekends).toEqual(['2025-03-08', '2025-03-15']);
  });

  it('refuses a year outside the calendar’s validity and a year that is not one', () => {
    for (const [year, code] of [
      [2028, 'calendar.out_of_range'],
      [2022, 'calendar.out_of_range'],
      [2024.5, 'calendar.bad_year'],
      [0, 'calendar.bad_year'],
    ] as const) {
      const run = () => summarizeYear(RU, year);
      expect(run).toThrow(DomainError);
      expect(run).toThrow(expect.objectContaining({ code }));
    }
    try {
      summarizeYear(RU, 2028);
    } catch (error) {
      expect((error as DomainError).localize('ru')).toContain('с 2023-01-01 по 2027-12-31; 2028 вне');
    }
  });
});

describe('formatYearSummary', () => {
  it('writes Russian by default', () => {
    const text = formatYearSummary(summarizeYear(RU, 2024));
    expect(text).toContain(
      'Производственный календарь на 2024 год\nРабочих дней: 248; рабочих часов: 1979\n',
    );
    expect(text).toContain('Нерабочие будни (17):\n  01.01 пн — праздник «Новогодние каникулы»\n');
    expect(text).toContain('  29.04 пн — перенесённый выходной\n');
    expect(text).toContain('Рабочие выходные (3): 27.04 сб, 02.11 сб, 28.12 сб\n');
    expect(text).toContain('Сокращённые дни (5): 22.02 чт 09:00–16:00; 07.03 чт 09:00–16:00;');
    expect(text).not.toContain('Внимание');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes English on request and warns about an unconfirmed year', () => {
    const text = formatYearSummary(summarizeYear(RU, 2027), 'en');
    expect(text).toContain('Production calendar for 2027\nWorking days: 247; working hours: 1972\n');
    expect(text).toContain('Warning: the 2027 data is not officially confirmed');
    expect(text).toContain('  Feb 22 Mon — transferred day off\n');
    expect(text).toContain('  Jan 07 Thu — public holiday «Рождество Христово»\n');
    expect(text).toContain('Working weekends (1): Feb 20 Sat\n');
  });

  it('says "none" for empty lists and a decimal comma in Russian', () => {
    const summary = summarizeYear(calendar({ week: { mon: [['09:00', '09:30']] } }), 2026);
    summary.workingHours = 26.5;
    const ru = formatYearSummary(summary, 'ru');
    expect(ru).toContain('рабочих часов: 26,5');
    expect(ru).toContain('Нерабочие будни (0): нет\nРабочие выходные (0): нет\nСокращённые дни (0): нет\n');
    expect(formatYearSummary(summary, 'en')).toContain('Weekdays off (0): none\n');
  });
});
