// Time-zone offsets from Intl (no hand-written tables), cached per zone as transition lists per year.

const DAY = 86_400_000;
const WEEK = 7 * DAY;

interface Transition {
  at: number; // UTC ms from which `offset` applies
  offset: number; // ms to add to UTC to get local wall-clock time
}

/** Offsets of one IANA zone: answers offsetAt and localToUtc in O(1) after a year is first seen. */
export class Zone {
  private readonly format: Intl.DateTimeFormat;
  private readonly years = new Map<number, Transition[]>();

  constructor(readonly name: string) {
    // Throws RangeError for an unknown zone; callers validate with isValidTimeZone first.
    this.format = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
  }

  /** The zone's offset (ms) at UTC instant t. */
  offsetAt(t: number): number {
    const year = new Date(t).getUTCFullYear();
    const list = this.transitionsOf(year);
    let offset = list[0]!.offset;
    for (const tr of list) {
      if (tr.at <= t) offset = tr.offset;
      else break;
    }
    return offset;
  }

  /**
   * The UTC instant of a local wall-clock time (given as ms since 1970 as if it were UTC).
   * Ambiguous times (clocks turned back) take the earlier instant; skipped times (clocks turned
   * forward) are read with the offset in force before the jump, as Temporal's 'compatible' does.
   */
  localToUtc(local: number): number {
    const before = this.offsetAt(local - DAY);
    const after = this.offsetAt(local + DAY);
    const a = local - before;
    if (before === after) return a;
    const b = local - after;
    const aValid = this.offsetAt(a) === before;
    const bValid = this.offsetAt(b) === after;
    if (aValid && bValid) return Math.min(a, b);
    if (bValid) return b;
    return a;
  }

  /** Local wall-clock ms (as if UTC) of UTC instant t. */
  utcToLocal(t: number): number {
    return t + this.offsetAt(t);
  }

  private transitionsOf(year: number): Transition[] {
    let list = this.years.get(year);
    if (list) return list;
    // Sample weekly across the year, then bisect each change down to the second.
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    list = [{ at: start, offset: this.readOffset(start) }];
    let prevT = start;
    let prevO = list[0]!.offset;
    for (let t = Math.min(start + WEEK, end); ; t = Math.min(t + WEEK, end)) {
      const o = this.readOffset(t);
      if (o !== prevO) list.push(...this.findChanges(prevT, prevO, t, o));
      prevT = t;
      prevO = o;
      if (t >= end) break;
    }
    this.years.set(year, list);
    return list;
  }

  private findChanges(lo: number, loOffset: number, hi: number, hiOffset: number): Transition[] {
    // Invariant: offset(lo) = loOffset, offset(hi) = hiOffset, different.
    let a = lo;
    let b = hi;
    while (b - a > 1000) {
      const mid = a + Math.floor((b - a) / 2000) * 1000;
      if (mid <= a) break;
      if (this.readOffset(mid) === loOffset) a = mid;
      else b = mid;
    }
    const found = this.readOffset(b);
    const change: Transition = { at: b, offset: found };
    // A second change inside the same week (rare): look again from b.
    if (found !== hiOffset) return [change, ...this.findChanges(b, found, hi, hiOffset)];
    return [change];
  }

  private readOffset(t: number): number {
    const part = this.format.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /^GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/.exec(part);
    if (!m?.[1]) return 0;
    const ms = (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) * 1000;
    return m[1] === '-' ? -ms : ms;
  }
}

const zones = new Map<string, Zone>();

/** The shared, cached Zone for an IANA name (throws RangeError if unknown). */
export function getZone(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    zone = new Zone(name);
    zones.set(name, zone);
  }
  return zone;
}

/** True when Intl knows the IANA zone name. */
export function isValidTimeZone(name: string): boolean {
  if (typeof name !== 'string' || name.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
