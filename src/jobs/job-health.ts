// What /api/health says about background work: is the job queue reachable, and are the SLA
// sweeper and the notice delivery keeping up (measured on our own indexed columns, so the answer
// is true for every instance sharing the database, not only this one).
import { sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Clock } from '../clock.ts';
import { type Db, queryRows } from '../db/database.ts';

/** A sweep or a notice later than this counts as lagging. */
export const LAG_LIMIT_MS = 5 * 60_000;

export interface JobsHealth {
  status: 'ok' | 'lagging' | 'down';
  queue: 'ok' | 'down';
  /** How late the most overdue SLA sweep is (0 when none is due). */
  sweepLagSeconds: number;
  /** Notices waiting to go out now, and how late the oldest is (SMTP retries count). */
  pendingNotices: number;
  noticeLagSeconds: number;
}

/** Measures the jobs' health at the clock's present instant. */
export async function checkJobs(
  db: Db,
  clock: Clock,
  boss: Pick<PgBoss, 'getQueues'> | null,
): Promise<JobsHealth> {
  const now = new Date(clock.now());
  const queue = boss
    ? await boss.getQueues().then(
        () => 'ok' as const,
        () => 'down' as const,
      )
    : 'down';
  const [sweep] = await queryRows<{ lag: number | null }>(
    db,
    sql`select extract(epoch from (${now}::timestamptz - min(next_sweep_at)))::float8 as lag
        from tickets where next_sweep_at is not null and next_sweep_at <= ${now}::timestamptz`,
  );
  const [mail] = await queryRows<{ n: number; lag: number | null }>(
    db,
    sql`select count(*)::int as n, extract(epoch from (${now}::timestamptz - min(available_at)))::float8 as lag
        from outbox where delivered_at is null and available_at <= ${now}::timestamptz`,
  );
  const sweepLagSeconds = Math.max(0, Math.round(Number(sweep?.lag ?? 0)));
  const noticeLagSeconds = Math.max(0, Math.round(Number(mail?.lag ?? 0)));
  const lagging = Math.max(sweepLagSeconds, noticeLagSeconds) * 1000 > LAG_LIMIT_MS;
  return {
    status: queue === 'down' ? 'down' : lagging ? 'lagging' : 'ok',
    queue,
    sweepLagSeconds,
    pendingNotices: Number(mail?.n ?? 0),
    noticeLagSeconds,
  };
}
