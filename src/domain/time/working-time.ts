// Working-time arithmetic on a compiled calendar, with optional pauses (R6, R9).
// Instants are UTC ms; amounts are ms of working time; intervals are half-open [open, close).
import { DomainError } from '../errors.ts';
import type { WorkingCalendar } from './timeline.ts';

/** An absolute interval [from, to) that counts as non-working (e.g. waiting for the customer). */
export type Pause = readonly [number, number];

/** The instant at which `amount` of working time has elapsed after `from` (negative: subtract). */
export function add(cal: WorkingCalendar, from: number, amount: number, pauses?: readonly Pause[]): number {
  checkAmount(amount);
  if (amount < 0) return subtract(cal, from, -amount, pauses);
  if (amount === 0) return nextWorking(cal, from, pauses);
  let t = from;
  let remaining = amount;
  for (const [pFrom, pTo] of normalizePauses(pauses)) {
    if (pTo <= t) continue;
    const candidate = plainAdd(cal, t, remaining);
    if (candidate <= pFrom) return candidate;
    if (pFrom > t) remaining -= cal.workBetween(t, pFrom);
    t = Math.max(t, pTo);
  }
  return plainAdd(cal, t, remaining);
}

/** The mirror of add: counting back from `from`; landing exactly on an opening stays there. */
export function subtract(
  cal: WorkingCalendar,
  from: number,
  amount: number,
  pauses?: readonly Pause[],
): number {
  checkAmount(amount);
  if (amount < 0) return add(cal, from, -amount, pauses);
  if (amount === 0) return previousWorking(cal, from, pauses);
  let t = from;
  let remaining = amount;
  for (const [pFrom, pTo] of normalizePauses(pauses).reverse()) {
    if (pFrom >= t) continue;
    const candidate = plainSubtract(cal, t, remaining);
    if (candidate >= pTo) return candidate;
    if (pTo < t) remaining -= cal.workBetween(pTo, t);
    t = Math.min(t, pFrom);
  }
  return plainSubtract(cal, t, remaining);
}

/** Working time in [a, b), minus pauses; negative when b < a. */
export function between(cal: WorkingCalendar, a: number, b: number, pauses?: readonly Pause[]): number {
  if (b < a) return -between(cal, b, a, pauses);
  cal.checkInRange(a);
  cal.checkInRange(b);
  let total = cal.workBetween(a, b);
  for (const [pFrom, pTo] of normalizePauses(pauses)) {
    const s = Math.max(a, pFrom);
    const e = Math.min(b, pTo);
    if (e > s) total -= cal.workBetween(s, e);
  }
  return total;
}

/** Whether t is working time (inside a working interval and no pause). */
export function isWorking(cal: WorkingCalendar, t: number, pauses?: readonly Pause[]): boolean {
  return cal.isWorkingAt(t) && !normalizePauses(pauses).some(([f, to]) => f <= t && t < to);
}

/** t itself if working, else the next opening (after any pause). */
export function nextWorking(cal: WorkingCalendar, t: number, pauses?: readonly Pause[]): number {
  let result = cal.nextOpening(t);
  for (const [f, to] of normalizePauses(pauses)) {
    if (f <= result && result < to) result = cal.nextOpening(to);
  }
  return result;
}

/** t itself if t is in (open, close], else the previous close (before any pause). */
export function previousWorking(cal: WorkingCalendar, t: number, pauses?: readonly Pause[]): number {
  let result = cal.previousClose(t);
  for (const [f, to] of normalizePauses(pauses).reverse()) {
    if (f < result && result <= to) result = cal.previousClose(f);
  }
  return result;
}

/** Sorted, merged, non-empty pauses; a reversed or non-finite pause is a typed error. */
export function normalizePauses(pauses: readonly Pause[] | undefined): Array<[number, number]> {
  if (!pauses || pauses.length === 0) return [];
  const sorted = pauses.map(([f, t]): [number, number] => {
    if (!Number.isFinite(f) || !Number.isFinite(t) || t < f)
      throw new DomainError('time.bad_pause', { value: `[${f}, ${t}]` });
    return [f, t];
  });
  sorted.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const p of sorted) {
    if (p[1] === p[0]) continue;
    const last = merged.at(-1);
    if (last && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
    else merged.push(p);
  }
  return merged;
}

function plainAdd(cal: WorkingCalendar, from: number, amount: number): number {
  if (amount === 0) return cal.nextOpening(from);
  return cal.reachForward(from, cal.countTo(from) + amount);
}

function plainSubtract(cal: WorkingCalendar, from: number, amount: number): number {
  if (amount === 0) return cal.previousClose(from);
  return cal.reachBackward(from, cal.countTo(from) - amount);
}

function checkAmount(amount: number): void {
  if (!Number.isFinite(amount)) throw new DomainError('time.bad_amount', { value: String(amount) });
}
