// ISO-8601 instants: parsed with or without an offset (local to the calendar's zone when absent),
// and printed with the zone's offset.
import { DomainError } from '../errors.ts';
import type { Zone } from './zone.ts';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** UTC ms of an ISO-8601 text; without an offset it is a wall-clock time in `zone`. */
export function parseInstant(text: unknown, zone: Zone): number {
  const bad = () => new DomainError('time.bad_instant', { value: String(text) });
  if (typeof text !== 'string') throw bad();
  const m = ISO.exec(text.trim());
  if (!m) throw bad();
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const h = Number(m[4] ?? 0);
  const mi = Number(m[5] ?? 0);
  const s = Number(m[6] ?? 0);
  const ms = m[7] ? Number(m[7].padEnd(3, '0').slice(0, 3)) : 0; // finer digits are cut, never rounded up
  if (mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || s > 59) throw bad();
  if (h === 24 && (mi !== 0 || s !== 0 || ms !== 0)) throw bad();
  const check = new Date(0);
  check.setUTCFullYear(y, mo - 1, d); // unlike Date.UTC, years 0–99 stay themselves
  const dayMs = check.getTime();
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) throw bad();
  const local = dayMs + ((h * 60 + mi) * 60 + s) * 1000 + ms;
  const offset = m[8];
  if (!offset) return zone.localToUtc(local);
  if (offset === 'Z' || offset === 'z') return local;
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const [offH, offM] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
  if (offH > 23 || offM > 59) throw bad();
  const offMin = offH * 60 + offM;
  return local - sign * offMin * 60_000;
}

/** ISO-8601 text of t with the zone's offset, e.g. 2026-01-12T12:30:00+03:00 (ms only when present). */
export function formatInstant(t: number, zone: Zone): string {
  const offset = zone.offsetAt(t);
  const local = new Date(t + offset).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const body = local.endsWith('.000Z') ? local.slice(0, 19) : local.slice(0, 23);
  const abs = Math.abs(Math.round(offset / 60_000));
  const sign = offset < 0 ? '-' : '+';
  return `${body}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
