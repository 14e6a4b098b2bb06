// "Why this deadline" as rows to draw: one row per calendar day between the start and the due instant,
// with its working segments, pauses (waiting for the customer) and why the day is special. Works on
// the calendar's local wall time taken straight from the API's offset instants, so the browser's own
// time zone never shifts a bar.
import type { Lang } from '../../api/types.ts';
import type { DayKind, Explanation } from '../types.ts';

const DAY = 1440;

/** A stretch of one day, in minutes after local midnight (end may be 1440). */
export interface Segment {
  start: number;
  end: number;
}

export interface TimelineRow {
  date: string; // YYYY-MM-DD, local to the calendar
  kind: DayKind | 'working';
  title?: string;
  hours: [string, string][];
  work: Segment[];
  pauses: Segment[];
  workMinutes: number;
  /** Where the measured span starts or ends on this day, if it does. */
  startsAt?: number;
  endsAt?: number;
}

export interface Timeline {
  rows: TimelineRow[];
  /** Minutes after midnight the drawing spans, whole hours, for every row alike. */
  window: Segment;
  /** Days not drawn because the span is longer than `maxRows`. */
  hiddenDays: number;
}

/** Absolute local minutes of an offset instant such as 2026-01-14T12:30:00+03:00 (its wall time). */
export function localMinutes(instant: string): number {
  const y = Number(instant.slice(0, 4));
  const mo = Number(instant.slice(5, 7));
  const d = Number(instant.slice(8, 10));
  const h = Number(instant.slice(11, 13));
  const mi = Number(instant.slice(14, 16));
  return Date.UTC(y, mo - 1, d) / 60_000 + h * 60 + mi;
}

function dateOf(dayIndex: number): string {
  return new Date(dayIndex * DAY * 60_000).toISOString().slice(0, 10);
}

function clip(start: number, end: number, day: number): Segment | null {
  const s = Math.max(start, day * DAY);
  const e = Math.min(end, (day + 1) * DAY);
  return e > s ? { start: s - day * DAY, end: e - day * DAY } : null;
}

/** "14:30" for minutes after midnight. */
export function clockText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Builds the rows of the drawing and of its text equivalent. */
export function buildTimeline(e: Explanation, maxRows = 62): Timeline {
  const from = localMinutes(e.from);
  const to = Math.max(from, localMinutes(e.to));
  const firstDay = Math.floor(from / DAY);
  const lastDay = Math.max(firstDay, Math.floor((to - 1) / DAY));
  const intervals = e.intervals.map((s) => [localMinutes(s.start), localMinutes(s.end)] as const);
  const pauses = e.pauses.map((s) => [localMinutes(s.start), localMinutes(s.end)] as const);
  const notable = new Map(e.days.map((d) => [d.date, d]));
  const rows: TimelineRow[] = [];
  const total = lastDay - firstDay + 1;
  for (let day = firstDay; day <= lastDay && rows.length < maxRows; day++) {
    const date = dateOf(day);
    const work = intervals.map(([s, t]) => clip(s, t, day)).filter((x): x is Segment => x !== null);
    const paused = pauses.map(([s, t]) => clip(s, t, day)).filter((x): x is Segment => x !== null);
    const special = notable.get(date);
    const row: TimelineRow = {
      date,
      kind: special?.kind ?? 'working',
      hours: special?.hours ?? [],
      work,
      pauses: paused,
      workMinutes: work.reduce((sum, s) => sum + s.end - s.start, 0),
    };
    if (special?.title) row.title = special.title;
    if (day === firstDay) row.startsAt = from - day * DAY;
    if (day === lastDay) row.endsAt = to - day * DAY;
    rows.push(row);
  }
  return { rows, window: windowOf(rows), hiddenDays: total - rows.length };
}

/** Whole hours around everything worth seeing: at least 08:00–18:00, widened for long working days. */
function windowOf(rows: TimelineRow[]): Segment {
  let lo = 8 * 60;
  let hi = 18 * 60;
  for (const r of rows) {
    for (const s of r.work) {
      lo = Math.min(lo, s.start - 60);
      hi = Math.max(hi, s.end + 60);
    }
    for (const m of [r.startsAt, r.endsAt]) {
      if (m === undefined) continue;
      lo = Math.min(lo, m - 30);
      hi = Math.max(hi, m + 30);
    }
  }
  return { start: Math.max(0, Math.floor(lo / 60) * 60), end: Math.min(DAY, Math.ceil(hi / 60) * 60) };
}

/**
 * Minutes between the axis labels: the fewest whole hours (two at least) that leave `room` px to each
 * label on a track `width` px wide spanning `span` minutes; while the width is unknown, 2 or 4 hours.
 */
export function tickStep(span: number, width: number, room: number): number {
  if (width <= 0 || room <= 0) return span > 12 * 60 ? 240 : 120;
  for (const hours of [2, 3, 4, 6, 8, 12]) {
    if ((width * hours * 60) / span >= room) return hours * 60;
  }
  return span;
}

/** Whether the day has no working hours at all (weekend, holiday, transferred day off). */
export function isDayOff(kind: TimelineRow['kind']): boolean {
  return kind === 'weekend' || kind === 'holiday' || kind === 'transfer' || kind === 'day_off';
}

/** «пт, 1 мая» for a calendar date. */
export function dayLabel(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
