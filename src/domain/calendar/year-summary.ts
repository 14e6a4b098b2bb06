// One year of a calendar at a glance: days off, working weekends, short days and the totals,
// counted by plain date arithmetic over the weekly schedule and the exceptions.

import type { Lang } from '../../i18n/index.ts';
import { DomainError } from '../errors.ts';
import { parseClock } from '../time/days.ts';
import {
  type Calendar,
  type CalendarException,
  type ExceptionKind,
  type HoursInterval,
  WEEKDAYS,
  type Weekday,
} from './types.ts';

export interface YearSummary {
  year: number;
  unconfirmed: boolean;
  /** Dates the weekly schedule works but the calendar does not (holidays, transfers). */
  daysOff: Array<{ date: string; kind: ExceptionKind; title?: string }>;
  /** Dates the weekly schedule rests but the calendar works, short ones included. */
  workingWeekends: string[];
  shortDays: Array<{ date: string; hours: HoursInterval[] }>;
  workingDays: number;
  workingHours: number;
}

/** Summarizes one calendar year; fails with `calendar.out_of_range` outside validFrom..validTo. */
export function summarizeYear(cal: Calendar, year: number): YearSummary {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new DomainError('calendar.bad_year', { value: String(year) });
  }
  const first = `${pad(year, 4)}-01-01`;
  const last = `${pad(year, 4)}-12-31`;
  if (
    (cal.validFrom !== undefined && first < cal.validFrom) ||
    (cal.validTo !== undefined && last > cal.validTo)
  ) {
    throw new DomainError('calendar.out_of_range', {
      from: cal.validFrom ?? '…',
      to: cal.validTo ?? '…',
      value: String(year),
    });
  }
  const exceptions = new Map<string, CalendarException>((cal.exceptions ?? []).map((e) => [e.date, e]));
  const ordinary = WEEKDAYS.map((w) => cal.week[w] ?? []).find((h) => h.length > 0) ?? [];
  const summary: YearSummary = {
    year,
    unconfirmed: cal.unconfirmedYears?.includes(year) ?? false,
    daysOff: [],
    workingWeekends: [],
    shortDays: [],
    workingDays: 0,
    workingHours: 0,
  };
  let totalMinutes = 0;
  for (const [date, weekday] of datesOf(year)) {
    const base = cal.week[weekday] ?? [];
    const exception = exceptions.get(date);
    const hours = exception?.hours ?? base;
    const worked = minutesOf(hours);
    totalMinutes += worked;
    if (worked > 0) summary.workingDays += 1;
    if (!exception) continue;
    if (worked === 0 && minutesOf(base) > 0) {
      const kind = exception.kind ?? (exception.title ? 'holiday' : 'transfer');
      summary.daysOff.push({ date, kind, ...(exception.title ? { title: exception.title } : {}) });
    }
    if (worked > 0 && minutesOf(base) === 0) summary.workingWeekends.push(date);
    // An unlabelled exception counts as short when it works less than that day normally would.
    const usual = minutesOf(base.length > 0 ? base : ordinary);
    if (worked > 0 && (exception.kind === 'short' || (exception.kind === undefined && worked < usual))) {
      summary.shortDays.push({ date, hours: hours.map(([a, b]) => [a, b]) });
    }
  }
  summary.workingHours = totalMinutes / 60;
  return summary;
}

function* datesOf(year: number): Generator<[string, Weekday]> {
  const start = new Date(Date.UTC(2000, 0, 1));
  start.setUTCFullYear(year, 0, 1); // Date.UTC maps years 0–99 to 1900–1999
  for (const day = start; day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
    const date = `${pad(year, 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
    yield [date, WEEKDAYS[(day.getUTCDay() + 6) % 7]!];
  }
}

function minutesOf(hours: readonly HoursInterval[]): number {
  return hours.reduce((sum, [from, to]) => sum + toMinutes(to) - toMinutes(from), 0);
}

function toMinutes(clock: string): number {
  return parseClock(clock) ?? 0;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

interface SummaryTexts {
  title: (year: number) => string;
  totals: (days: number, hours: string) => string;
  daysOff: string;
  workingWeekends: string;
  shortDays: string;
  none: string;
  kinds: Record<ExceptionKind, string>;
  weekdays: readonly string[];
  date: (month: number, day: number) => string;
  unconfirmed: (year: number) => string;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const TEXTS: Record<Lang, SummaryTexts> = {
  ru: {
    title: (year) => `Производственный календарь на ${year} год`,
    totals: (days, hours) => `Рабочих дней: ${days}; рабочих часов: ${hours}`,
    daysOff: 'Нерабочие будни',
    workingWeekends: 'Рабочие выходные',
    shortDays: 'Сокращённые дни',
    none: 'нет',
    kinds: {
      holiday: 'праздник',
      transfer: 'перенесённый выходной',
      short: 'сокращённый день',
      working: 'рабочий выходной',
    },
    weekdays: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
    date: (month, day) => `${pad(day, 2)}.${pad(month, 2)}`,
    unconfirmed: (year) =>
      `Внимание: данные за ${year} год официально не подтверждены; перепроверьте их по постановлению Правительства`,
  },
  en: {
    title: (year) => `Production calendar for ${year}`,
    totals: (days, hours) => `Working days: ${days}; working hours: ${hours}`,
    daysOff: 'Weekdays off',
    workingWeekends: 'Working weekends',
    shortDays: 'Short days',
    none: 'none',
    kinds: {
      holiday: 'public holiday',
      transfer: 'transferred day off',
      short: 'short day',
      working: 'working weekend',
    },
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    date: (month, day) => `${MONTHS_EN[month - 1]} ${pad(day, 2)}`,
    unconfirmed: (year) =>
      `Warning: the ${year} data is not officially confirmed; re-check it against the Government decree`,
  },
};

/** Renders a summary as readable lines for the terminal, Russian unless English is asked for. */
export function formatYearSummary(summary: YearSummary, lang: Lang = 'ru'): string {
  const t = TEXTS[lang];
  const day = (date: string): string => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(2000, m - 1, d));
    probe.setUTCFullYear(y);
    return `${t.date(m, d)} ${t.weekdays[(probe.getUTCDay() + 6) % 7]}`;
  };
  const hours = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', {
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(summary.workingHours);
  const lines = [t.title(summary.year), t.totals(summary.workingDays, hours)];
  if (summary.unconfirmed) lines.push(t.unconfirmed(summary.year));

  lines.push(`${t.daysOff} (${summary.daysOff.length}):${summary.daysOff.length === 0 ? ` ${t.none}` : ''}`);
  for (const off of summary.daysOff) {
    const label = t.kinds[off.kind];
    // A title that only repeats the kind («Перенесённый выходной») adds nothing.
    const repeats = (['ru', 'en'] as const).some(
      (l) => TEXTS[l].kinds[off.kind].toLowerCase() === off.title?.toLowerCase(),
    );
    const title = off.title && !repeats ? ` «${off.title}»` : '';
    lines.push(`  ${day(off.date)} — ${label}${title}`);
  }
  const weekends = summary.workingWeekends.map(day);
  lines.push(`${t.workingWeekends} (${weekends.length}): ${weekends.join(', ') || t.none}`);
  const short = summary.shortDays.map(
    (s) => `${day(s.date)} ${s.hours.map(([a, b]) => `${a}–${b}`).join(', ')}`,
  );
  lines.push(`${t.shortDays} (${short.length}): ${short.join('; ') || t.none}`);
  return `${lines.join('\n')}\n`;
}
