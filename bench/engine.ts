// What the bench drives: one working-time engine behind the same two operations.

export interface Engine {
  /** Column label in the table. */
  readonly name: string;
  /** How much of the bench calendar the engine was given. */
  readonly calendarNote: string;
  /** The instant `amountMs` of working time after `fromMs` (epoch ms). */
  add(fromMs: number, amountMs: number): number;
  /** Working time between `aMs` and `bMs` (ms; `aMs` ≤ `bMs`). */
  between(aMs: number, bMs: number): number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/** Peers count whole minutes; the bench only asks them whole-minute amounts. */
export function wholeMinutes(ms: number): number {
  if (ms % MINUTE_MS !== 0) throw new Error(`not a whole number of minutes: ${ms} ms`);
  return ms / MINUTE_MS;
}
