// A calendar year at a glance: totals, a legend, and twelve month grids with days off, holidays,
// transferred days off, short days and working weekends marked (R5).
import { useMemo } from 'react';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { Notice } from '../../../ui/ui.tsx';
import type { CalendarDefinition, YearSummary } from '../admin-api.ts';
import { type DayMark, markDays } from './day-marks.ts';
import { MonthGrid, markTexts } from './month-grid.tsx';

const texts = defineTexts({
  ru: {
    totals: 'Рабочих дней: {days}; рабочих часов: {hours}.',
    legend: 'Обозначения',
    unconfirmed:
      'Данные за {year} год официально не подтверждены: перепроверьте их по постановлению Правительства.',
  },
  en: {
    totals: 'Working days: {days}; working hours: {hours}.',
    legend: 'Legend',
    unconfirmed: 'The {year} data is not officially confirmed: re-check it against the Government decree.',
  },
});

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const LEGEND: readonly DayMark[] = ['weekend', 'holiday', 'transfer', 'short', 'working-weekend'];

/** Twelve months of `summary`, marked; `definition` tells which weekdays are weekends. */
export function YearView({
  summary,
  definition,
}: {
  summary: YearSummary;
  definition?: CalendarDefinition | undefined;
}) {
  const t = useT(texts);
  const m = useT(markTexts);
  const { lang } = useLang();
  const marks = useMemo(() => markDays(summary, definition), [summary, definition]);
  const monthName = (month: number) =>
    new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(summary.year, month - 1, 1)),
    );
  const hours = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 2 }).format(
    summary.workingHours,
  );
  return (
    <div>
      {summary.unconfirmed ? (
        <Notice kind="warning">{t('unconfirmed', { year: summary.year })}</Notice>
      ) : null}
      <p>{t('totals', { days: summary.workingDays, hours })}</p>
      <h3 id="legend-title">{t('legend')}</h3>
      <ul className="legend" aria-labelledby="legend-title">
        {LEGEND.map((mark) => (
          <li key={mark}>
            <span className={`day day-${mark}`} aria-hidden="true">
              1
            </span>
            {m(mark)}
          </li>
        ))}
      </ul>
      <div className="year-grid">
        {MONTHS.map((month) => (
          <MonthGrid key={month} year={summary.year} month={month} name={monthName(month)} marks={marks} />
        ))}
      </div>
    </div>
  );
}
