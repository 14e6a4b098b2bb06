// R21: what breached and why — one entry per breached run of a clock, from the `breached` event the
// sweeper wrote and the `stopped … breached` event of the late goal (either may be missing).
import type { ClockName } from '../tickets/types.ts';

/** A clock event that says a run breached: the sweeper's `breached` or a stop with outcome `breached`. */
export interface BreachEvent {
  ticketNumber: number;
  subject: string;
  organizationName: string;
  clock: ClockName;
  action: 'breached' | 'stopped';
  dueAt: number | null; // what the run was measured against
  at: number;
  targetMs: number | null; // the clock's working-time target on the ticket now
  manual: boolean; // the ticket's clock runs to a deadline set by support (R15)
}

/** One breached run and its reason: the clock, its target, its due instant and how late it was. */
export interface Breach {
  ticketNumber: number;
  subject: string;
  organizationName: string;
  clock: ClockName;
  dueAt: number | null;
  recordedAt: number; // when the breach was first recorded
  reachedAt: number | null; // when the late goal was reached (or the run ended); null while it runs
  lateMs: number | null; // from the due instant to the goal, or to `now` while it runs
  targetMs: number | null;
  manual: boolean;
}

/** The breaches in `events` at `now`, newest due first; events of one run (same ticket, clock and due) merge. */
export function collectBreaches(events: readonly BreachEvent[], now: number): Breach[] {
  const runs = new Map<string, Breach>();
  const sorted = [...events].sort((a, b) => a.at - b.at);
  for (const e of sorted) {
    const key = `${e.ticketNumber}/${e.clock}/${e.dueAt ?? ''}`;
    const known = runs.get(key);
    const breach: Breach = known ?? {
      ticketNumber: e.ticketNumber,
      subject: e.subject,
      organizationName: e.organizationName,
      clock: e.clock,
      dueAt: e.dueAt,
      recordedAt: e.at,
      reachedAt: null,
      lateMs: null,
      targetMs: e.targetMs,
      manual: e.manual,
    };
    if (e.action === 'stopped') breach.reachedAt ??= e.at;
    runs.set(key, breach);
  }
  const list = [...runs.values()].map((b) => ({
    ...b,
    lateMs: b.dueAt === null ? null : Math.max(0, (b.reachedAt ?? now) - b.dueAt),
  }));
  return list.sort(
    (a, b) => (b.dueAt ?? b.recordedAt) - (a.dueAt ?? a.recordedAt) || b.ticketNumber - a.ticketNumber,
  );
}
