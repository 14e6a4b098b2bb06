// What every command receives: the database and the one clock; nothing else is global.
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';

export interface CommandDeps {
  db: Db;
  clock: Clock;
  /**
   * The clock of sessions, when it is not `clock`: real time under the test clock, which is moved
   * weeks at a time (a session would expire) or into the past (its cookie would be born expired).
   */
  sessionClock?: Clock;
  /** Told after commit when a ticket's next SLA action moved, so the sweep runs at that instant. */
  sweeper?: { wakeAt(at: number): Promise<void> };
}

/** Wakes the sweeper for a ticket's next sweep instant, if it has one; failures only delay (the safety schedule catches up). */
export async function wakeSweeper(deps: CommandDeps, nextSweepAt: Date | null): Promise<void> {
  if (!deps.sweeper || !nextSweepAt) return;
  await deps.sweeper.wakeAt(nextSweepAt.getTime()).catch(() => {});
}
