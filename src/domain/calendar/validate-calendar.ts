// Validates untrusted calendar JSON, reporting every fault with its JSON path.

import type { MessageCode, MessageParams } from '../../i18n/index.ts';
import { DomainError, type Issue } from '../errors.ts';
import { parseClock, parseIsoDate } from '../time/days.ts';
import { isValidTimeZone } from '../time/zone.ts';
import { type Calendar, type CalendarException, type HoursInterval, WEEKDAYS } from './types.ts';

const KINDS = new Set(['holiday', 'transfer', 'short', 'working']);
const TOP_FIELDS = new Set(['timeZone', 'week', 'exceptions', 'validFrom', 'validTo', 'unconfirmedYears']);
const EXCEPTION_FIELDS = new Set(['date', 'hours', 'kind', 'title']);

/** Returns the calendar if valid; otherwise throws DomainError('calendar.invalid') listing each fault. */
export function validateCalendar(input: unknown): Calendar {
  const issues: Issue[] = [];
  const add = (path: string, code: MessageCode, params: MessageParams = {}) =>
    issues.push({ path, code, params });

  if (!isObject(input)) {
    add('$', 'calendar.not_object');
    throw new DomainError('calendar.invalid', {}, issues);
  }
  for (const key of Object.keys(input))
    if (!TOP_FIELDS.has(key)) add(`$.${key}`, 'calendar.unknown_field', { value: key });

  if (typeof input.timeZone !== 'string' || !isValidTimeZone(input.timeZone)) {
    add('$.timeZone', 'calendar.unknown_zone', { value: String(input.timeZone ?? '') });
  }
  if (!isObject(input.week)) {
    add('$.week', 'calendar.bad_intervals');
  } else {
    for (const [day, hours] of Object.entries(input.week)) {
      if (!(WEEKDAYS as readonly string[]).includes(day))
        add(`$.week.${day}`, 'calendar.unknown_day', { value: day });
      else checkIntervals(hours, `$.week.${day}`, add);
    }
  }
  if (input.exceptions !== undefined) {
    if (!Array.isArray(input.exceptions)) add('$.exceptions', 'calendar.bad_intervals');
    else checkExceptions(input.exceptions, add);
  }
  for (const field of ['validFrom', 'validTo'] as const) {
    const v = input[field];
    if (v !== undefined && (typeof v !== 'string' || parseIsoDate(v) === undefined)) {
      add(`$.${field}`, 'calendar.bad_date', { value: String(v) });
    }
  }
  if (
    typeof input.validFrom === 'string' &&
    typeof input.validTo === 'string' &&
    input.validFrom > input.validTo
  ) {
    add('$.validTo', 'calendar.bad_range', { value: `${input.validFrom} > ${input.validTo}` });
  }
  const unconfirmed = input.unconfirmedYears;
  if (unconfirmed !== undefined && !(Array.isArray(unconfirmed) && unconfirmed.every(Number.isInteger))) {
    add('$.unconfirmedYears', 'calendar.bad_range', { value: JSON.stringify(unconfirmed) });
  }
  if (issues.length > 0) throw new DomainError('calendar.invalid', {}, issues);
  return input as unknown as Calendar;
}

type AddIssue = (path: string, code: MessageCode, params?: MessageParams) => void;

function checkExceptions(list: unknown[], add: AddIssue): void {
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    const path = `$.exceptions[${i}]`;
    if (!isObject(item)) {
      add(path, 'calendar.bad_intervals');
      continue;
    }
    for (const key of Object.keys(item)) {
      if (!EXCEPTION_FIELDS.has(key)) add(`${path}.${key}`, 'calendar.unknown_field', { value: key });
    }
    const date = item.date;
    if (typeof date !== 'string' || parseIsoDate(date) === undefined) {
      add(`${path}.date`, 'calendar.bad_date', { value: String(date) });
    } else if (seen.has(date)) {
      add(`${path}.date`, 'calendar.duplicate_date', { value: date });
    } else {
      seen.add(date);
    }
    checkIntervals(item.hours, `${path}.hours`, add);
    if (item.kind !== undefined && !KINDS.has(String(item.kind))) {
      add(`${path}.kind`, 'calendar.bad_kind', { value: String(item.kind) });
    }
    if (item.title !== undefined && typeof item.title !== 'string')
      add(`${path}.title`, 'calendar.bad_title');
  }
}

function checkIntervals(hours: unknown, path: string, add: AddIssue): void {
  if (!Array.isArray(hours)) {
    add(path, 'calendar.bad_intervals');
    return;
  }
  let prevEnd = -1;
  let prevText = '';
  for (const [i, pair] of hours.entries()) {
    const at = `${path}[${i}]`;
    if (!Array.isArray(pair) || pair.length !== 2) {
      add(at, 'calendar.bad_interval');
      continue;
    }
    const open = parseClock(pair[0]);
    const close = parseClock(pair[1]);
    if (open === undefined) add(`${at}[0]`, 'calendar.bad_time', { value: String(pair[0]) });
    if (close === undefined) add(`${at}[1]`, 'calendar.bad_time', { value: String(pair[1]) });
    if (open === undefined || close === undefined) continue;
    const text = `${pair[0]}–${pair[1]}`;
    if (open >= close) {
      add(at, 'calendar.reversed_interval', { value: text });
      continue;
    }
    if (open < prevEnd) add(at, 'calendar.overlapping_intervals', { value: `${prevText}, ${text}` });
    prevEnd = close;
    prevText = text;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Interval list of a calendar in minutes, for code that has already validated it. */
export function toMinutes(hours: readonly HoursInterval[] | undefined): Array<[number, number]> {
  return (hours ?? []).map(([a, b]) => [parseClock(a)!, parseClock(b)!]);
}

export type { CalendarException };
