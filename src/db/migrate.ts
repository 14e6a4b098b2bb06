// Applies the committed SQL migrations (src/db/migrations) to either database, once.
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

/** Session advisory lock key that serializes migrations of processes sharing one PostgreSQL. */
const MIGRATION_LOCK_KEY = 7_301_405_318;

export type MigrationTarget = { kind: 'pglite'; pglite: PGlite } | { kind: 'postgres'; pool: pg.Pool };

/** Brings the schema up to date; a no-op when it already is, safe when several processes start at once. */
export async function migrate(target: MigrationTarget): Promise<void> {
  if (target.kind === 'pglite') {
    // One process per PGlite folder (the data folder lock), so nothing else can race here.
    await migratePglite(drizzlePglite({ client: target.pglite }), { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const client = await target.pool.connect();
  let failure: Error | undefined;
  try {
    // The lock is per session, so the whole migration runs on this one connection.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migratePg(drizzlePg({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } catch (err) {
    failure = err as Error;
    throw err;
  } finally {
    client.release(failure); // a failed connection may still hold the lock: discard it
  }
}
