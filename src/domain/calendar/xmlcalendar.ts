// Import of the xmlcalendar.ru production-calendar format (github.com/xmlcalendar/data):
// <calendar year><holidays><holiday id title/></holidays><days><day d="MM.DD" t h? f?/></days>.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomainError } from '../errors.ts';
import { formatClock, formatIsoDate, parseClock, parseIsoDate } from '../time/days.ts';
import {
  type Calendar,
  type CalendarException,
  type HoursInterval,
  WEEKDAYS,
  type Weekday,
} from './types.ts';

/** off: t=1 (holiday or transferred day off); short: t=2 (working, one hour shorter); working: t=3. */
export type XmlDayType = 'off' | 'short' | 'working';

export interface XmlCalendarDay {
  date: string; // YYYY-MM-DD
  type: XmlDayType;
  holidayTitle?: string;
  from?: string; // YYYY-MM-DD the day off was moved from; informational
}

export interface XmlCalendarYear {
  year: number;
  days: XmlCalendarDay[];
}

export interface XmlCalendarOptions {
  /** The year when the file names none (or a malformed one); a file naming another year is refused. */
  year?: number;
  /** A `/YYYY/` folder in it wins over the file's own `year` attribute, which can be wrong. */
  path?: string;
}

const TYPES: Readonly<Record<string, XmlDayType>> = { '1': 'off', '2': 'short', '3': 'working' };
const ATTR = '@_';

type XmlNode = Record<string, unknown>;

/** Reads an xmlcalendar file; throws `xmlcalendar.*` DomainErrors on anything it cannot trust. */
export function parseXmlCalendar(xml: string, opts: XmlCalendarOptions = {}): XmlCalendarYear {
  const text = xml.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // xmlcalendar files never declare a DOCTYPE; one can only bring entities (XXE, entity expansion).
  if (/<!DOCTYPE/i.test(text)) throw new DomainError('xmlcalendar.doctype');
  // XML allows no NUL character, yet the validator lets one through (and PostgreSQL refuses it).
  if (text.includes('\u0000')) throw new DomainError('xmlcalendar.bad_xml', { value: 'U+0000' });
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new DomainError('xmlcalendar.bad_xml', {
      value: `${valid.err.msg} (${valid.err.line}:${valid.err.col})`,
    });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => name === 'day' || name === 'holiday',
  });
  const root = asNode(asNode(parseXml(parser, text))?.calendar);
  if (!root) throw new DomainError('xmlcalendar.no_root');
  const year = pickYear(opts, root[`${ATTR}year`]);

  const titles = new Map<string, string>();
  for (const holiday of listOf(asNode(root.holidays)?.holiday)) {
    const id = holiday[`${ATTR}id`];
    const title = holiday[`${ATTR}title`];
    if (typeof id === 'string' && typeof title === 'string') titles.set(id.trim(), title.trim());
  }

  const byDate = new Map<string, XmlCalendarDay>();
  for (const node of listOf(asNode(root.days)?.day)) {
    const day = readDay(node, year, titles);
    const seen = byDate.get(day.date);
    if (seen && seen.type !== day.type) {
      throw new DomainError('xmlcalendar.bad_day', { value: `${day.date}: t is given twice, differently` });
    }
    // A repeated entry of the same type only adds what the first one lacked.
    byDate.set(day.date, seen ? { ...day, ...seen } : day);
  }
  const days = [...byDate.values()].sort((a, b) => compare(a.date, b.date));
  return { year, days };
}

// The parser refuses some documents the validator lets through; they are still not xmlcalendar.
function parseXml(parser: XMLParser, text: string): unknown {
  try {
    return parser.parse(text);
  } catch (err) {
    throw new DomainError('xmlcalendar.bad_xml', { value: err instanceof Error ? err.message : String(err) });
  }
}

function pickYear(opts: XmlCalendarOptions, attribute: unknown): number {
  const value = typeof attribute === 'string' ? attribute.trim() : '';
  const own = /^\d{4}$/.test(value) && isYear(Number(value)) ? Number(value) : undefined;
  if (opts.year !== undefined) {
    if (!isYear(opts.year)) throw new DomainError('xmlcalendar.bad_year', { value: String(opts.year) });
    // The days are month.day only: another year's would fall on the wrong weekdays of this one.
    if (own !== undefined && own !== opts.year) {
      throw new DomainError('xmlcalendar.year_mismatch', { value: own, year: opts.year });
    }
    return opts.year;
  }
  const folders = (opts.path ?? '').split(/[\\/]/).slice(0, -1);
  const folder = folders.reverse().find((s) => /^\d{4}$/.test(s));
  if (folder) return Number(folder);
  if (own !== undefined) return own;
  throw new DomainError('xmlcalendar.bad_year', { value: value === '' ? '—' : value });
}

function isYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1900 && y <= 2999;
}

function readDay(node: XmlNode, year: number, titles: Map<string, string>): XmlCalendarDay {
  const d = node[`${ATTR}d`];
  const t = node[`${ATTR}t`];
  const shown = `<day d="${String(d ?? '')}" t="${String(t ?? '')}">`;
  const date = typeof d === 'string' ? toIsoDate(year, d) : undefined;
  const type = typeof t === 'string' ? TYPES[t.trim()] : undefined;
  if (!date || !type) throw new DomainError('xmlcalendar.bad_day', { value: shown });
  const day: XmlCalendarDay = { date, type };
  const h = node[`${ATTR}h`];
  // Holiday names and the "moved from" date only explain a day; a dangling one is dropped.
  const title = typeof h === 'string' ? titles.get(h.trim()) : undefined;
  if (title) day.holidayTitle = title;
  const f = node[`${ATTR}f`];
  const from = typeof f === 'string' ? toIsoDate(year, f) : undefined;
  if (from) day.from = from;
  return day;
}

/** `MM.DD` (month first) to `YYYY-MM-DD`, or undefined when it is not a real date. */
function toIsoDate(year: number, monthDay: string): string | undefined {
  const match = /^(\d{2})\.(\d{2})$/.exec(monthDay.trim());
  if (!match) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${year}-${match[1]}-${match[2]}`;
}

function asNode(value: unknown): XmlNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as XmlNode)
    : undefined;
}

function listOf(value: unknown): XmlNode[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown): XmlNode[] => {
    const node = asNode(v);
    return node ? [node] : [];
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns imported days into exceptions over any weekly schedule: days off become `[]`, a short
 * day loses its last working hour, a working weekend gets the hours of an ordinary workday.
 */
export function xmlDaysToExceptions(
  parsed: XmlCalendarYear,
  baseWeek: Calendar['week'],
): CalendarException[] {
  const ordinary = WEEKDAYS.map((w) => baseWeek[w] ?? []).find((h) => h.length > 0) ?? [];
  const exceptions: CalendarException[] = [];
  for (const day of parsed.days) {
    const weekday = weekdayOf(day.date);
    const own = baseWeek[weekday] ?? [];
    const hours = own.length > 0 ? own : ordinary;
    if (day.type === 'off') {
      if (day.holidayTitle) {
        exceptions.push({ date: day.date, hours: [], kind: 'holiday', title: day.holidayTitle });
      } else if (weekday !== 'sat' && weekday !== 'sun') {
        exceptions.push({ date: day.date, hours: [], kind: 'transfer' });
      }
      // t=1 on a weekend without a holiday repeats a transfer listed elsewhere (the 2025 English file).
    } else if (day.type === 'short') {
      exceptions.push({ date: day.date, hours: shortenByOneHour(hours), kind: 'short' });
    } else {
      exceptions.push({ date: day.date, hours: hours.map(([a, b]) => [a, b]), kind: 'working' });
    }
  }
  return exceptions;
}

function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}

/**
 * Art. 95: the day is one hour shorter, so the last 60 working minutes go (the end moves one hour
 * earlier, or into the previous interval past a break). A day of an hour or less is left whole.
 */
export function shortenByOneHour(hours: readonly HoursInterval[]): HoursInterval[] {
  const spans = hours.map(([a, b]) => [toMinutes(a), toMinutes(b)] as [number, number]);
  if (spans.reduce((sum, [a, b]) => sum + b - a, 0) <= 60) return hours.map(([a, b]) => [a, b]);
  let cut = 60;
  while (cut > 0) {
    const last = spans[spans.length - 1]!;
    const length = last[1] - last[0];
    if (length > cut) {
      last[1] -= cut;
      cut = 0;
    } else {
      spans.pop();
      cut -= length;
    }
  }
  return spans.map(([a, b]) => [formatClock(a), formatClock(b)]);
}

function toMinutes(clock: string): number {
  return parseClock(clock) ?? 0;
}

/**
 * Returns `base` with the parsed year's exceptions replaced by the imported ones, sorted by date,
 * and any validity period widened to cover that year. The year counts as confirmed afterwards:
 * the imported file supersedes whatever the base said about it. A year that would leave a gap
 * between it and the known period is refused: widening over the gap would count its holidays as
 * plain working days.
 */
export function applyXmlCalendarYear(parsed: XmlCalendarYear, base: Calendar): Calendar {
  refuseGap(parsed.year, base);
  const copy = structuredClone(base);
  const prefix = `${parsed.year}-`;
  const kept = (copy.exceptions ?? []).filter((e) => !e.date.startsWith(prefix));
  const exceptions = [...kept, ...xmlDaysToExceptions(parsed, copy.week)].sort((a, b) =>
    compare(a.date, b.date),
  );
  const result: Calendar = { ...copy, exceptions };
  const first = `${parsed.year}-01-01`;
  const last = `${parsed.year}-12-31`;
  if (copy.validFrom !== undefined && first < copy.validFrom) result.validFrom = first;
  if (copy.validTo !== undefined && last > copy.validTo) result.validTo = last;
  if (copy.unconfirmedYears) result.unconfirmedYears = copy.unconfirmedYears.filter((y) => y !== parsed.year);
  return result;
}

function refuseGap(year: number, base: Calendar): void {
  const from = base.validFrom === undefined ? undefined : parseIsoDate(base.validFrom);
  const to = base.validTo === undefined ? undefined : parseIsoDate(base.validTo);
  const first = parseIsoDate(`${year}-01-01`)!;
  const last = parseIsoDate(`${year}-12-31`)!;
  const after = to !== undefined && first > to + 1;
  const before = from !== undefined && last < from - 1;
  if (!after && !before) return;
  // The years to load first, so that the periods meet.
  const missing = after
    ? `${formatIsoDate(to + 1)} — ${formatIsoDate(first - 1)}`
    : `${formatIsoDate(last + 1)} — ${formatIsoDate(from! - 1)}`;
  throw new DomainError('xmlcalendar.year_gap', {
    value: year,
    from: base.validFrom ?? '—',
    to: base.validTo ?? '—',
    missing,
  });
}

/** Parses an xmlcalendar file and applies its year to `base` (see `applyXmlCalendarYear`). */
export function importXmlCalendar(xml: string, base: Calendar, opts: XmlCalendarOptions = {}): Calendar {
  return applyXmlCalendarYear(parseXmlCalendar(xml, opts), base);
}
