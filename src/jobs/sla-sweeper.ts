// Runs the SLA sweep as a pg-boss job at the exact instant the next deadline needs it, with a
// once-a-minute schedule as a safety net. Instances sharing PostgreSQL share the queue safely:
// the sweep itself claims rows with SKIP LOCKED.

import type PgBoss from 'pg-boss';
import type { CommandDeps } from '../commands/deps.ts';
import { sweepSla } from '../commands/sweep-sla.ts';
import { nextSweepInstant } from '../db/repositories/tickets.ts';
import { coalesceInstants } from './coalesce.ts';

export const SLA_SWEEP_QUEUE = 'sla-sweep';

export interface SlaSweeper {
  /** Makes sure a sweep runs at `at` (ms); called after a command moved a deadline. */
  wakeAt(at: number): Promise<void>;
}

/** Registers the queue, the worker and the safety schedule; returns the waker. */
export async function startSlaSweeper(
  boss: PgBoss,
  deps: CommandDeps,
  onError: (err: unknown) => void = () => {},
): Promise<SlaSweeper> {
  await boss.createQueue(SLA_SWEEP_QUEUE);
  const sendAt = async (at: number) => {
    const now = deps.clock.now();
    const when = new Date(Math.max(at, now));
    // One queued job per instant, however many commands ask for it.
    await boss.send(
      SLA_SWEEP_QUEUE,
      {},
      { startAfter: when, singletonKey: `at-${when.getTime()}`, retryLimit: 3 },
    );
  };
  // Filings each ask for their own instant; a job already queued earlier reschedules from the database.
  const wakeAt = coalesceInstants(sendAt, () => deps.clock.now());
  await boss.work(SLA_SWEEP_QUEUE, { pollingIntervalSeconds: 1 }, async () => {
    try {
      await sweepSla(deps);
      const next = await nextSweepInstant(deps.db);
      if (next) await wakeAt(next.getTime());
    } catch (err) {
      onError(err);
      throw err; // pg-boss retries the job
    }
  });
  await boss.schedule(SLA_SWEEP_QUEUE, '* * * * *');
  const next = await nextSweepInstant(deps.db);
  if (next) await wakeAt(next.getTime());
  return { wakeAt };
}
