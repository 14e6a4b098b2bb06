// A calendar's weekly service hours in words: «Пн–Пт: 09:00–17:00», «Сб, Вс: выходной» (R5).
import { useQuery } from '@tanstack/react-query';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { type CalendarDefinition, fetchCalendar, type Weekday } from './calculator-api.ts';

const WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const texts = defineTexts({
  ru: {
    mon: 'Пн',
    tue: 'Вт',
    wed: 'Ср',
    thu: 'Чт',
    fri: 'Пт',
    sat: 'Сб',
    sun: 'Вс',
    off: 'выходной',
    holidays: 'Праздники, перенесённые выходные, рабочие субботы и сокращённые дни — по календарю «{name}».',
    zone: 'Часовой пояс: {zone}.',
  },
  en: {
    mon: 'Mon',
    tue: 'Tue',
    wed: 'Wed',
    thu: 'Thu',
    fri: 'Fri',
    sat: 'Sat',
    sun: 'Sun',
    off: 'day off',
    holidays:
      'Public holidays, transferred days off, working Saturdays and short days follow the calendar “{name}”.',
    zone: 'Time zone: {zone}.',
  },
});

interface WeekGroup {
  days: Weekday[];
  hours: string;
}

/** Consecutive weekdays with the same hours, grouped: Mon–Fri share one line. */
export function groupWeek(week: CalendarDefinition['week']): WeekGroup[] {
  const groups: WeekGroup[] = [];
  for (const day of WEEK) {
    const hours = (week[day] ?? []).map(([a, b]) => `${a}–${b}`).join(', ');
    const last = groups.at(-1);
    if (last && last.hours === hours) last.days.push(day);
    else groups.push({ days: [day], hours });
  }
  return groups;
}

/** The service hours of one calendar, loaded by its id. */
export function ServiceHours({ calendarId }: { calendarId: string }) {
  const t = useT(texts);
  const calendar = useQuery({
    queryKey: ['calendar', calendarId],
    queryFn: () => fetchCalendar(calendarId),
    staleTime: 10 * 60_000,
  });
  if (!calendar.data) return null;
  const { definition, name } = calendar.data;
  const dayNames = (days: Weekday[]) =>
    days.length > 2
      ? `${t(days[0] as Weekday)}–${t(days.at(-1) as Weekday)}`
      : days.map((d) => t(d)).join(', ');
  return (
    <div>
      <ul className="service-hours">
        {groupWeek(definition.week).map((g) => (
          <li key={g.days.join()}>
            {dayNames(g.days)}: {g.hours || t('off')}
          </li>
        ))}
      </ul>
      <p className="muted">
        {definition.exceptions?.length ? `${t('holidays', { name })} ` : ''}
        {t('zone', { zone: definition.timeZone })}
      </p>
    </div>
  );
}
