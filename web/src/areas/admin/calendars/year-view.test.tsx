// @vitest-environment happy-dom
import { cleanup } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test-setup.tsx';
import type { CalendarDefinition, YearSummary } from '../admin-api.ts';
import { YearView } from './year-view.tsx';

const FIVE_DAYS: CalendarDefinition = {
  timeZone: 'Europe/Moscow',
  week: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '17:00']],
  },
};

const YEAR_2025: YearSummary = {
  year: 2025,
  unconfirmed: false,
  daysOff: [
    { date: '2025-01-07', kind: 'holiday', title: 'Рождество Христово' },
    { date: '2025-05-02', kind: 'transfer', title: 'Перенесённый выходной' },
  ],
  workingWeekends: ['2025-11-01'],
  shortDays: [{ date: '2025-03-07', hours: [['09:00', '16:00']] }],
  workingDays: 247,
  workingHours: 1972,
};

afterEach(cleanup);

const day = (date: string) => document.querySelector(`[data-date="${date}"]`) as HTMLElement;

it('marks a holiday, a short day, a working Saturday and ordinary weekends, in words too', () => {
  renderWithProviders(<YearView summary={YEAR_2025} definition={FIVE_DAYS} />);

  expect(day('2025-01-07').className).toBe('day day-holiday');
  expect(day('2025-01-07').textContent).toBe('7 — праздник: Рождество Христово');

  expect(day('2025-03-07').className).toBe('day day-short');
  expect(day('2025-03-07').title).toBe('сокращённый день, часы 09:00–16:00');

  // 1 November 2025 is a Saturday made working.
  expect(day('2025-11-01').className).toBe('day day-working-weekend');
  expect(day('2025-11-01').textContent).toBe('1 — рабочий выходной');

  expect(day('2025-05-02').className).toBe('day day-transfer');
  expect(day('2025-11-02').className).toBe('day day-weekend');
  expect(day('2025-11-03').className).toBe('day');
  expect(document.querySelectorAll('.month')).toHaveLength(12);
  expect(document.body.textContent).toContain('Рабочих дней: 247');
});

it('puts each month on a Monday-first grid', () => {
  renderWithProviders(<YearView summary={YEAR_2025} definition={FIVE_DAYS} />);
  // 1 January 2025 is a Wednesday: the third column of the first week.
  const cell = day('2025-01-01').closest('td') as HTMLTableCellElement;
  expect(cell.cellIndex).toBe(2);
  expect(document.querySelector('caption')?.textContent).toBe('январь');
});
