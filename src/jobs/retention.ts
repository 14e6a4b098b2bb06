// Deletes what has served its purpose: outbox rows delivered longer ago than their retention
// period, mails of the development mailbox older than theirs, idempotency keys after a week (a
// retry comes within minutes; a week covers an integration that was down), and rate-limit windows
// over for a day (the longest window is an hour). Portal notices, tickets and their events are
// never deleted here. Runs hourly as a pg-boss job, in batches, so no statement holds its locks for long and a
// big first run does not stall filings.
import type PgBoss from 'pg-boss';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { purgeIdempotencyKeys } from '../db/repositories/idempotency.ts';
import { deleteMailBefore } from '../db/repositories/mailbox.ts';
import { deleteDeliveredOutbox } from '../db/repositories/outbox.ts';
import { deleteRateWindowsBefore } from '../db/repositories/rate-limits.ts';

/** The pg-boss queue of retention runs (shared by every instance; the schedule makes one a slot). */
export const RETENTION_QUEUE = 'retention';
const BATCH = 1000;
const DAY_MS = 86_400_000;
/** How long a retried request with the same Idempotency-Key still gets the first answer. */
export const IDEMPOTENCY_DAYS = 7;

/** What retention needs: the database, the one clock and the two periods (SROK_*_RETENTION_DAYS). */
export interface RetentionDeps {
  db: Db;
  clock: Clock;
  outboxDays: number;
  mailboxDays: number;
}

/** How many rows one run deleted. */
export interface Purged {
  outbox: number;
  mailbox: number;
  idempotencyKeys: number;
  rateWindows: number;
}

/** Deletes every expired row, `batch` at a time; returns the counts. */
export async function purgeExpired(d: RetentionDeps, batch = BATCH): Promise<Purged> {
  const now = d.clock.now();
  const outboxBefore = new Date(now - d.outboxDays * DAY_MS);
  const mailboxBefore = new Date(now - d.mailboxDays * DAY_MS);
  return {
    outbox: await drain((limit) => deleteDeliveredOutbox(d.db, outboxBefore, limit), batch),
    mailbox: await drain((limit) => deleteMailBefore(d.db, mailboxBefore, limit), batch),
    idempotencyKeys: await purgeIdempotencyKeys(d.db, new Date(now - IDEMPOTENCY_DAYS * DAY_MS)),
    rateWindows: await deleteRateWindowsBefore(d.db, new Date(now - DAY_MS)),
  };
}

async function drain(step: (limit: number) => Promise<number>, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await step(batch);
    total += deleted;
    if (deleted < batch) return total;
  }
}

/** Registers the queue, the worker and the hourly schedule; `onPurged` is told of every run. */
export async function startRetention(
  boss: PgBoss,
  d: RetentionDeps,
  onPurged: (purged: Purged) => void = () => {},
): Promise<void> {
  await boss.createQueue(RETENTION_QUEUE);
  await boss.work(RETENTION_QUEUE, async () => {
    onPurged(await purgeExpired(d));
  });
  await boss.schedule(RETENTION_QUEUE, '17 * * * *');
}
