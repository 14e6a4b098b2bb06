// A calendar expanded into UTC working intervals with cumulative working time, year by year,
// so every query is a binary search: its cost does not depend on how far ahead it reaches.

import type { Calendar, ExceptionKind } from '../calendar/types.ts';
import { toMinutes } from '../calendar/validate-calendar.ts';
import { DomainError } from '../errors.ts';
import {
  DAY_MS,
  formatIsoDate,
  MINUTE_MS,
  parseIsoDate,
  weekdayOf,
  yearOfDay,
  yearStartDay,
} from './days.ts';
import { getZone, type Zone } from './zone.ts';

/** Years a calendar without validFrom/validTo may be asked about. */
const DEFAULT_FIRST_YEAR = 1900;
const DEFAULT_LAST_YEAR = 2399;

export interface DayRule {
  minutes: Array<[number, number]>;
  kind?: ExceptionKind;
  title?: string;
}

/** A compiled calendar: the rules by day, and the lazily grown timeline of UTC intervals. */
export class WorkingCalendar {
  readonly zone: Zone;
  readonly weekMinutes: Array<Array<[number, number]>>; // index 0 = Monday
  readonly exceptions = new Map<number, DayRule>(); // by day number
  readonly firstDay: number; // first local day the calendar knows
  readonly lastDay: number; // last local day the calendar knows (inclusive)
  /** Last/first day that can hold working time; bounds the search when the week is empty. */
  private readonly lastWorkingDay: number;
  private readonly firstWorkingDay: number;

  // The timeline covers the local years [loYear, hiYear]; empty until first used.
  private loYear = 0;
  private hiYear = -1;
  private starts: number[] = [];
  private ends: number[] = [];
  private cum: number[] = []; // working ms before interval i, counted from the timeline's start

  constructor(readonly calendar: Calendar) {
    this.zone = getZone(calendar.timeZone);
    const w = calendar.week as Record<string, Calendar['week']['mon']>;
    this.weekMinutes = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => toMinutes(w[d]));
    for (const e of calendar.exceptions ?? []) {
      const rule: DayRule = { minutes: toMinutes(e.hours) };
      if (e.kind) rule.kind = e.kind;
      if (e.title) rule.title = e.title;
      this.exceptions.set(parseIsoDate(e.date)!, rule);
    }
    this.firstDay = calendar.validFrom ? parseIsoDate(calendar.validFrom)! : yearStartDay(DEFAULT_FIRST_YEAR);
    this.lastDay = calendar.validTo
      ? parseIsoDate(calendar.validTo)!
      : yearStartDay(DEFAULT_LAST_YEAR + 1) - 1;
    const weekWorks = this.weekMinutes.some((m) => m.length > 0);
    const workingExceptionDays = [...this.exceptions].filter(([, r]) => r.minutes.length > 0).map(([d]) => d);
    this.lastWorkingDay = weekWorks
      ? this.lastDay
      : Math.min(this.lastDay, Math.max(-1e9, ...workingExceptionDays));
    this.firstWorkingDay = weekWorks
      ? this.firstDay
      : Math.max(this.firstDay, Math.min(1e9, ...workingExceptionDays));
  }

  /** The rule (hours, and why) of a local day. */
  ruleOf(day: number): DayRule {
    return this.exceptions.get(day) ?? { minutes: this.weekMinutes[weekdayOf(day)]! };
  }

  /** UTC instant at which a local day begins. */
  dayStart(day: number): number {
    return this.zone.localToUtc(day * DAY_MS);
  }

  /** The local day an instant falls on. */
  dayOf(t: number): number {
    return Math.floor(this.zone.utcToLocal(t) / DAY_MS);
  }

  /** Instants the calendar covers: [rangeStart, rangeEnd]. */
  get rangeStart(): number {
    return this.dayStart(this.firstDay);
  }
  get rangeEnd(): number {
    return this.dayStart(this.lastDay + 1);
  }

  /** Throws a clear error when t lies outside the calendar's known dates. */
  checkInRange(t: number): void {
    if (t < this.rangeStart || t > this.rangeEnd) this.outOfRange(t);
  }

  outOfRange(t: number): never {
    throw new DomainError('calendar.out_of_range', {
      from: formatIsoDate(this.firstDay),
      to: formatIsoDate(this.lastDay),
      value: Number.isFinite(t) ? formatIsoDate(this.dayOf(t)) : String(t),
    });
  }

  /** Working ms in [timeline start, t); t must be in range. Any growth backward shifts the base. */
  countTo(t: number): number {
    this.cover(t);
    return this.countRaw(t);
  }

  /** Working ms in [a, b) for a ≤ b. */
  workBetween(a: number, b: number): number {
    this.cover(a);
    this.cover(b);
    return this.countRaw(b) - this.countRaw(a);
  }

  private countRaw(t: number): number {
    const i = this.lastStartAtOrBefore(t);
    if (i < 0) return 0;
    return this.cum[i]! + Math.min(t, this.ends[i]!) - this.starts[i]!;
  }

  /** The earliest instant ≥ from at which the count reaches `target` (> count(from)); grows forward. */
  reachForward(from: number, target: number): number {
    this.cover(from);
    for (;;) {
      const n = this.starts.length;
      if (n > 0 && this.cum[n - 1]! + this.ends[n - 1]! - this.starts[n - 1]! >= target) break;
      if (!this.growForward()) this.exhausted(1);
    }
    // First interval whose end count reaches the target.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! + this.ends[mid]! - this.starts[mid]! >= target) hi = mid;
      else lo = mid + 1;
    }
    return this.starts[lo]! + (target - this.cum[lo]!);
  }

  /** The latest instant ≤ from at which the count equals `target` (< count(from)); grows backward. */
  reachBackward(from: number, target: number): number {
    this.cover(from);
    while (target < 0) {
      // Growing backward moves the count's base: shift the target by what `from` gained.
      const before = this.countRaw(from);
      if (!this.growBackward()) this.exhausted(-1);
      target += this.countRaw(from) - before;
    }
    // Last interval whose start count is ≤ target.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.cum[mid]! <= target) lo = mid;
      else hi = mid - 1;
    }
    return this.starts[lo]! + (target - this.cum[lo]!);
  }

  /** t if it is working time, else the next opening. */
  nextOpening(t: number): number {
    this.cover(t);
    for (;;) {
      const i = this.lastStartAtOrBefore(t);
      if (i >= 0 && t < this.ends[i]!) return t;
      if (i + 1 < this.starts.length) return this.starts[i + 1]!;
      if (!this.growForward()) this.exhausted(1);
    }
  }

  /** t if it is in (open, close] of an interval, else the previous close. */
  previousClose(t: number): number {
    this.cover(t);
    for (;;) {
      const i = this.lastStartBefore(t);
      if (i >= 0) return Math.min(t, this.ends[i]!);
      if (!this.growBackward()) this.exhausted(-1);
    }
  }

  /** Whether t lies in a working interval [open, close). */
  isWorkingAt(t: number): boolean {
    this.cover(t);
    const i = this.lastStartAtOrBefore(t);
    return i >= 0 && t < this.ends[i]!;
  }

  /** Working intervals intersecting [a, b), clipped to it. */
  intervalsIn(a: number, b: number): Array<[number, number]> {
    this.cover(a);
    this.cover(b);
    const out: Array<[number, number]> = [];
    for (let i = Math.max(0, this.lastStartAtOrBefore(a)); i < this.starts.length; i++) {
      const s = Math.max(a, this.starts[i]!);
      const e = Math.min(b, this.ends[i]!);
      if (this.starts[i]! >= b) break;
      if (e > s) out.push([s, e]);
    }
    return out;
  }

  private exhausted(direction: 1 | -1): never {
    if (this.firstWorkingDay > this.lastWorkingDay) throw new DomainError('calendar.no_working_time');
    const workingBound = direction > 0 ? this.lastWorkingDay : this.firstWorkingDay;
    const bound = direction > 0 ? this.lastDay : this.firstDay;
    if (workingBound !== bound)
      throw new DomainError('calendar.exhausted', { value: formatIsoDate(workingBound) });
    throw new DomainError('calendar.runs_out', {
      from: formatIsoDate(this.firstDay),
      to: formatIsoDate(this.lastDay),
    });
  }

  private lastStartAtOrBefore(t: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private lastStartBefore(t: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Makes sure the local year of t (and its neighbour at a seam) is expanded. */
  private cover(t: number): void {
    if (!Number.isFinite(t)) this.outOfRange(t);
    this.checkInRange(t);
    const day = Math.min(Math.max(this.dayOf(t), this.firstDay), this.lastDay);
    const year = yearOfDay(day);
    if (this.hiYear < this.loYear) {
      this.loYear = year;
      this.hiYear = year - 1;
      this.growForward();
      return;
    }
    while (year > this.hiYear) if (!this.growForward()) break;
    while (year < this.loYear) if (!this.growBackward()) break;
  }

  private get firstYear(): number {
    return yearOfDay(this.firstDay);
  }
  private get lastYear(): number {
    return yearOfDay(this.lastDay);
  }

  /** Appends the next year; false when the calendar has no more working time ahead. */
  private growForward(): boolean {
    const year = this.hiYear + 1;
    if (year > this.lastYear || yearStartDay(year) > this.lastWorkingDay) return false;
    const [s, e] = this.expandYear(year);
    let total = this.starts.length ? this.cum.at(-1)! + this.ends.at(-1)! - this.starts.at(-1)! : 0;
    for (let i = 0; i < s.length; i++) {
      const n = this.starts.length;
      if (n > 0 && s[i]! <= this.ends[n - 1]!) {
        // Seamless across midnight or a year boundary: extend the last interval.
        const grow = Math.max(0, e[i]! - this.ends[n - 1]!);
        this.ends[n - 1] = this.ends[n - 1]! + grow;
        total += grow;
        continue;
      }
      this.starts.push(s[i]!);
      this.ends.push(e[i]!);
      this.cum.push(total);
      total += e[i]! - s[i]!;
    }
    this.hiYear = year;
    return true;
  }

  /** Prepends the previous year; false when there is no more working time behind. */
  private growBackward(): boolean {
    const year = this.loYear - 1;
    if (year < this.firstYear || yearStartDay(year + 1) - 1 < this.firstWorkingDay) return false;
    const [s, e] = this.expandYear(year);
    const starts = [...s];
    const ends = [...e];
    for (let i = 0; i < this.starts.length; i++) {
      const n = starts.length;
      if (n > 0 && this.starts[i]! <= ends[n - 1]!) ends[n - 1] = Math.max(ends[n - 1]!, this.ends[i]!);
      else {
        starts.push(this.starts[i]!);
        ends.push(this.ends[i]!);
      }
    }
    // Counts are relative to the timeline's start, which moved: recount (rare).
    const cum: number[] = [];
    let total = 0;
    for (let i = 0; i < starts.length; i++) {
      cum.push(total);
      total += ends[i]! - starts[i]!;
    }
    this.starts = starts;
    this.ends = ends;
    this.cum = cum;
    this.loYear = year;
    return true;
  }

  /** UTC working intervals of one local year, sorted and merged. */
  private expandYear(year: number): [number[], number[]] {
    const starts: number[] = [];
    const ends: number[] = [];
    const first = Math.max(yearStartDay(year), this.firstDay);
    const last = Math.min(yearStartDay(year + 1) - 1, this.lastDay);
    for (let day = first; day <= last; day++) {
      const base = day * DAY_MS;
      for (const [open, close] of this.ruleOf(day).minutes) {
        const s = this.zone.localToUtc(base + open * MINUTE_MS);
        const e = this.zone.localToUtc(base + close * MINUTE_MS);
        if (e <= s) continue; // swallowed by a clock change
        const n = starts.length;
        if (n > 0 && s <= ends[n - 1]!) ends[n - 1] = Math.max(ends[n - 1]!, e);
        else {
          starts.push(s);
          ends.push(e);
        }
      }
    }
    return [starts, ends];
  }
}
