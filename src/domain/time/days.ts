// Local calendar dates as whole day numbers (days since 1970-01-01), and HH:MM parsing.

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/** Day number of an ISO date `YYYY-MM-DD`, or undefined when it is not a real date. */
export function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return Math.round(ms / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function formatIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Weekday index of a day number: 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Day number of 1 January of a year. */
export function yearStartDay(year: number): number {
  return Math.round(Date.UTC(year, 0, 1) / DAY_MS);
}

/** The year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Minutes since midnight of `HH:MM` or `HH:MM:SS` (00:00…24:00; `9:00` accepted), or undefined. */
export function parseClock(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3] ?? 0);
  if (min > 59 || sec > 59 || h > 24 || (h === 24 && (min !== 0 || sec !== 0))) return undefined;
  return h * 60 + min + sec / 60;
}

/** `HH:MM` (or `HH:MM:SS` when seconds remain) of minutes since midnight. */
export function formatClock(minutes: number): string {
  const totalSeconds = Math.round(minutes * 60);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const sec = totalSeconds % 60;
  const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return sec === 0 ? hhmm : `${hhmm}:${String(sec).padStart(2, '0')}`;
}
