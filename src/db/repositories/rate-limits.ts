// Fixed-window counters of the account routes' rate limits, shared by every instance on the
// database: a hit is one upsert that either counts on in the key's window or starts a new one.
import { eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../database.ts';
import { deleteBefore } from '../delete-before.ts';
import { rateLimits } from '../schema.ts';

/** A key's window: how many hits it holds and when it started. */
export interface RateWindow {
  hits: number;
  windowStart: Date;
}

/** Counts one hit of `key` at `now` in a window of `windowMs`; returns the window after it. */
export async function hitRateLimit(db: Db, key: string, now: Date, windowMs: number): Promise<RateWindow> {
  const expired = sql`${rateLimits.windowStart} + ${windowMs} * interval '1 millisecond' <= ${now}::timestamptz`;
  const [row] = await queryRows<{ hits: number; window_start: Date | string }>(
    db,
    sql`insert into ${rateLimits} (key, window_start, hits) values (${key}, ${now}::timestamptz, 1)
        on conflict (key) do update set
          hits = case when ${expired} then 1 else ${rateLimits.hits} + 1 end,
          window_start = case when ${expired} then excluded.window_start else ${rateLimits.windowStart} end
        returning hits, window_start`,
  );
  if (!row) throw new Error('the rate-limit upsert returned no row');
  return { hits: Number(row.hits), windowStart: new Date(row.window_start) };
}

/** The key's window as it stands, without counting; undefined when it has none. */
export async function readRateLimit(db: Db, key: string): Promise<RateWindow | undefined> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  return row ? { hits: row.hits, windowStart: row.windowStart } : undefined;
}

/** Deletes the windows that started before `before` (long over); returns how many went. */
export function deleteRateWindowsBefore(db: Db, before: Date): Promise<number> {
  return deleteBefore(db, rateLimits, rateLimits.windowStart, before);
}
