// Deletes the rows of a table whose time column is before an instant: how retention forgets what
// has served its purpose (rate-limit windows, idempotency keys).
import { lt, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';

/** Deletes the rows of `table` whose `column` is before `before`; returns how many went. */
export async function deleteBefore(db: Db, table: PgTable, column: PgColumn, before: Date): Promise<number> {
  const rows = await db.delete(table).where(lt(column, before)).returning({ one: sql<number>`1` });
  return rows.length;
}
