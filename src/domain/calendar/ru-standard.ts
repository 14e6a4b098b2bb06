// The built-in `ru-standard` calendar: a Moscow 09:00–17:00 five-day week plus the official
// production calendar (holidays, transferred days off, working weekends, short days).
import data from './ru-production-calendar.json' with { type: 'json' };
import type { Calendar, CalendarException, HoursInterval } from './types.ts';

/** One year of `ru-production-calendar.json`. */
interface ProductionYear {
  status: string;
  holidays: string[];
  extraDaysOff: string[];
  workingWeekends: string[];
  shortDays: string[];
}

const FULL_DAY: HoursInterval[] = [['09:00', '17:00']];
// Art. 95: the working day before a holiday is one hour shorter.
const SHORT_DAY: HoursInterval[] = [['09:00', '16:00']];
const TRANSFER_TITLE = 'Перенесённый выходной';

// Art. 112 part 1 dates (MM-DD) and their names as the production calendar spells them.
const HOLIDAY_TITLES: Readonly<Record<string, string>> = {
  '01-01': 'Новогодние каникулы',
  '01-02': 'Новогодние каникулы',
  '01-03': 'Новогодние каникулы',
  '01-04': 'Новогодние каникулы',
  '01-05': 'Новогодние каникулы',
  '01-06': 'Новогодние каникулы',
  '01-07': 'Рождество Христово',
  '01-08': 'Новогодние каникулы',
  '02-23': 'День защитника Отечества',
  '03-08': 'Международный женский день',
  '05-01': 'Праздник Весны и Труда',
  '05-09': 'День Победы',
  '06-12': 'День России',
  '11-04': 'День народного единства',
};

/** Turns one year of source data into dated exceptions, one per date. */
function buildYearExceptions(year: ProductionYear): CalendarException[] {
  const byDate = new Map<string, CalendarException>();
  const put = (entry: CalendarException): void => {
    // Two kinds of day off on one date would mean the source data is inconsistent.
    if (byDate.has(entry.date)) throw new Error(`ru-production-calendar.json: ${entry.date} listed twice`);
    byDate.set(entry.date, entry);
  };
  for (const date of year.holidays) {
    const title = HOLIDAY_TITLES[date.slice(5)];
    put({ date, hours: [], kind: 'holiday', ...(title ? { title } : {}) });
  }
  for (const date of year.extraDaysOff) put({ date, hours: [], kind: 'transfer', title: TRANSFER_TITLE });
  for (const date of year.shortDays) put({ date, hours: SHORT_DAY.map(copyInterval), kind: 'short' });
  for (const date of year.workingWeekends) {
    // A short working Saturday (2024-11-02) is already listed as short; the short entry wins.
    if (!byDate.has(date)) put({ date, hours: FULL_DAY.map(copyInterval), kind: 'working' });
  }
  return [...byDate.values()];
}

function copyInterval([from, to]: HoursInterval): HoursInterval {
  return [from, to];
}

/** Builds a fresh `ru-standard` calendar (Europe/Moscow, Mon–Fri 09:00–17:00, 2023–2027). */
export function buildRuStandardCalendar(): Calendar {
  const years = data.years as Record<string, ProductionYear>;
  const numbers = Object.keys(years)
    .map(Number)
    .sort((a, b) => a - b);
  const exceptions = numbers
    .flatMap((y) => buildYearExceptions(years[String(y)]!))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const weekday = (): HoursInterval[] => FULL_DAY.map(copyInterval);
  return {
    timeZone: 'Europe/Moscow',
    week: {
      mon: weekday(),
      tue: weekday(),
      wed: weekday(),
      thu: weekday(),
      fri: weekday(),
      sat: [],
      sun: [],
    },
    exceptions,
    validFrom: `${numbers[0]}-01-01`,
    validTo: `${numbers[numbers.length - 1]}-12-31`,
    unconfirmedYears: numbers.filter((y) => years[String(y)]!.status !== 'confirmed'),
  };
}

/** The calendars known by name; each call builds a fresh copy the caller may change. */
export const BUILTIN_CALENDARS: Readonly<Record<string, () => Calendar>> = {
  'ru-standard': buildRuStandardCalendar,
};

/** Returns a fresh copy of the built-in calendar with that name, or undefined. */
export function getBuiltinCalendar(name: string): Calendar | undefined {
  return Object.hasOwn(BUILTIN_CALENDARS, name) ? BUILTIN_CALENDARS[name]!() : undefined;
}
