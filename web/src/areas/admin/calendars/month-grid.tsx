// One month of a calendar year as a Monday-first grid, each marked day labelled in words.
import { defineTexts, type Params, useT } from '../../../i18n/i18n.tsx';
import { type DayInfo, weekdayIndex } from './day-marks.ts';

export const markTexts = defineTexts({
  ru: {
    weekend: 'выходной',
    holiday: 'праздник',
    transfer: 'перенесённый выходной',
    short: 'сокращённый день',
    'working-weekend': 'рабочий выходной',
    hours: 'часы {hours}',
  },
  en: {
    weekend: 'weekend',
    holiday: 'public holiday',
    transfer: 'transferred day off',
    short: 'short day',
    'working-weekend': 'working weekend',
    hours: 'hours {hours}',
  },
});

const texts = defineTexts({
  ru: { mon: 'пн', tue: 'вт', wed: 'ср', thu: 'чт', fri: 'пт', sat: 'сб', sun: 'вс' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
});
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The words for a marked day: «праздник: Рождество Христово», «сокращённый день, часы 09:00–16:00». */
export function describeDay(
  info: DayInfo,
  t: (key: keyof (typeof markTexts)['ru'], p?: Params) => string,
): string {
  if (!info.mark) return '';
  const parts = [t(info.mark)];
  if (info.hours) parts.push(t('hours', { hours: info.hours }));
  return info.title && info.title.toLowerCase() !== parts[0]
    ? `${parts.join(', ')}: ${info.title}`
    : parts.join(', ');
}

/** The month's weeks; each day shows its number, colour and (for screen readers) its kind. */
export function MonthGrid({
  year,
  month,
  name,
  marks,
}: {
  year: number;
  month: number;
  name: string;
  marks: ReadonlyMap<string, DayInfo>;
}) {
  const t = useT(markTexts);
  const w = useT(texts);
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const first = `${year}-${pad(month)}-01`;
  // Blank cells before the 1st and after the last day keep the grid Monday-first.
  const lead = weekdayIndex(first);
  const cells: Array<{ key: string; day: number | null }> = [];
  for (let n = 0; n < lead; n++) cells.push({ key: `before-${n}`, day: null });
  for (let d = 1; d <= length; d++) cells.push({ key: `day-${d}`, day: d });
  for (let n = 0; cells.length % 7 !== 0; n++) cells.push({ key: `after-${n}`, day: null });
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return (
    <div className="month">
      <table>
        <caption>{name}</caption>
        <thead>
          <tr>
            {DAYS.map((d) => (
              <th key={d} scope="col">
                {w(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.key}>
              {week.map(({ key, day }) => {
                if (day === null) return <td key={key} />;
                const date = `${year}-${pad(month)}-${pad(day)}`;
                const info = marks.get(date) ?? {};
                const words = describeDay(info, t);
                return (
                  <td key={date}>
                    <span
                      className={`day${info.mark ? ` day-${info.mark}` : ''}`}
                      title={words || undefined}
                      data-date={date}
                    >
                      {day}
                      {words ? <span className="admin-sr"> — {words}</span> : null}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
