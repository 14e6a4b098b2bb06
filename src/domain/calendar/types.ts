// The calendar model: the JSON shape admins upload and other tools exchange.

/** Weekday keys of `week`, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A local wall-clock interval `["09:00", "17:00"]`; `"24:00"` ends the day. Half-open. */
export type HoursInterval = [string, string];

/**
 * Why a date differs from the weekly schedule; optional, used by `explain`.
 * `holiday`: a public holiday; `transfer`: a transferred day off; `short`: a shortened
 * pre-holiday day; `working`: a weekend made working.
 */
export type ExceptionKind = 'holiday' | 'transfer' | 'short' | 'working';

/** One dated exception: it replaces that local date's hours (`[]` = day off). */
export interface CalendarException {
  date: string; // YYYY-MM-DD, local to the calendar's zone
  hours: HoursInterval[];
  kind?: ExceptionKind;
  title?: string;
}

/** A business calendar, exactly the JSON shape of the API and the CLI. */
export interface Calendar {
  timeZone: string; // IANA zone, e.g. Europe/Moscow
  week: Partial<Record<Weekday, HoursInterval[]>>;
  exceptions?: CalendarException[];
  /** Optional: the local dates the calendar is known for (inclusive); outside them queries fail. */
  validFrom?: string;
  validTo?: string;
  /** Optional: years whose data is reported but not officially confirmed. */
  unconfirmedYears?: number[];
}
