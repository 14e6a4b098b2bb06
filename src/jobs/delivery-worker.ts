// Runs delivery as a pg-boss job: at once when rung (after a commit), at the exact instant the next
// row becomes due (a retry, a held alert, an expired lease), shortly after the SLA sweeper's next
// run (whose notices are written by the sweep itself), and once a minute as a safety net.
// Instances sharing PostgreSQL share the queue; the rows themselves are claimed with leases.
import type PgBoss from 'pg-boss';
import { nextOutboxInstant } from '../db/repositories/outbox-claims.ts';
import { nextSweepInstant } from '../db/repositories/tickets.ts';
import { coalesceInstants, coalesceRuns } from './coalesce.ts';
import { type DeliveryDeps, deliverDueNotices } from './deliver-notices.ts';
import { onOutboxWritten } from './delivery-signal.ts';

/** The pg-boss queue of delivery runs (shared by every instance). */
export const DELIVERY_QUEUE = 'outbox-delivery';
const AFTER_SWEEP_MS = 2_000;
/** How long a busy stretch's notices gather before the next round: a delay nobody notices in a mail. */
const GATHER_MS = 100;

/** The running worker, as server.ts holds it. */
export interface DeliveryWorker {
  /** Asks for a delivery run now. */
  wake(): Promise<void>;
  /** Stops listening and closes the SMTP connection (pg-boss itself is stopped by its owner). */
  close(): Promise<void>;
}

/** Registers the queue, the worker and the safety schedule; delivers what is already due. */
export async function startDeliveryWorker(boss: PgBoss, d: DeliveryDeps): Promise<DeliveryWorker> {
  await boss.createQueue(DELIVERY_QUEUE);
  const sendAt = async (at: number) => {
    // A delay rather than an instant: Srok's clock (settable in test mode) need not be the database's.
    const seconds = Math.max(0, Math.ceil((at - d.clock.now()) / 1000));
    // One queued job per instant, however many commits ring at once.
    await boss.send(DELIVERY_QUEUE, {}, { startAfter: seconds, singletonKey: `at-${at}`, retryLimit: 3 });
  };
  const wakeAt = coalesceInstants(sendAt, () => d.clock.now());
  let workerId = '';
  // Under load, commits ring far more often than a run takes: they join the queued or running one,
  // which goes round again after a short pause, so each round delivers a batch's worth, not a few.
  const runs = coalesceRuns(
    async () => {
      await wakeAt(d.clock.now());
      if (workerId) boss.notifyWorker(workerId); // skip the polling interval
    },
    undefined,
    GATHER_MS,
  );
  const wake = runs.wake;
  workerId = await boss.work(DELIVERY_QUEUE, { pollingIntervalSeconds: 1 }, async () => {
    await runs.run(async () => {
      await deliverDueNotices(d);
    });
    await scheduleNext(d, wakeAt);
  });
  await boss.schedule(DELIVERY_QUEUE, '* * * * *');
  const unsubscribe = onOutboxWritten(d.db, () => void wake().catch(() => {}));
  await wake();
  return {
    wake,
    close: async () => {
      unsubscribe();
      await boss.offWork(DELIVERY_QUEUE).catch(() => {});
      if (d.transport.kind === 'smtp') d.transport.close();
    },
  };
}

async function scheduleNext(d: DeliveryDeps, wakeAt: (at: number) => Promise<void>): Promise<void> {
  const now = d.clock.now();
  const next = await nextOutboxInstant(d.db);
  if (next) await wakeAt(next.getTime());
  const sweep = await nextSweepInstant(d.db);
  if (sweep && sweep.getTime() > now) await wakeAt(sweep.getTime() + AFTER_SWEEP_MS);
}
