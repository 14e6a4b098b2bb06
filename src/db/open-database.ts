// Opens Srok's database: PostgreSQL when a URL is given, otherwise embedded PGlite in the data folder.
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import * as schema from './schema.ts';

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string (DATABASE_URL); when absent, PGlite is used. */
  url?: string;
  /** Srok's data folder (SROK_DATA_DIR, default ./data); PGlite keeps its files in `<dataDir>/pglite`. */
  dataDir?: string;
  /** Skip applying migrations on open (default: apply). */
  skipMigrations?: boolean;
  /** Pool size for PostgreSQL (default 10). */
  poolMax?: number;
}

/** PGlite's own folder inside Srok's data folder, beside the lock file. */
export function pgliteDir(dataDir: string): string {
  return join(resolve(dataDir), 'pglite');
}

/** Opens (and by default migrates) the database; PGlite refuses a folder another live process holds. */
export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  const database = opts.url
    ? openPostgres(opts.url, opts.poolMax)
    : await openPglite(opts.dataDir ?? './data');
  if (!opts.skipMigrations) {
    try {
      await migrate(database);
    } catch (err) {
      await database.close();
      throw err;
    }
  }
  return database;
}

function openPostgres(url: string, poolMax = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  let closed: Promise<void> | undefined;
  return {
    kind: 'postgres',
    pool,
    db: drizzlePg({ client: pool, schema }),
    close: () => {
      closed ??= pool.end();
      return closed;
    },
  };
}

/**
 * PGlite's server settings. Its default shared_buffers (128 MB) lives inside the WebAssembly heap
 * and, once touched, is never given back; the embedded database is small and the OS caches its
 * files anyway, so 16 MB is enough, and work_mem 4 MB caps what one sort or hash may take there.
 * Only touched pages are resident: the heap's initial size (PGlite's `initialMemory`, 128 MB, also
 * the module's minimum) costs nothing until used.
 */
export const PGLITE_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams,
  '-c',
  'shared_buffers=16MB',
  '-c',
  'work_mem=4MB',
];

async function openPglite(dataDir: string): Promise<Database> {
  const lock = lockDataDir(dataDir); // before PGlite touches any file
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(pgliteDir(dataDir), { startParams: [...PGLITE_START_PARAMS] });
  } catch (err) {
    lock.release();
    throw err;
  }
  return wrapPglite(pglite, async () => lock.release());
}

/** Wraps an open PGlite instance; `onClose` runs after PGlite has closed. */
export function wrapPglite(pglite: PGlite, onClose: () => Promise<void> = async () => {}): Database {
  let closed: Promise<void> | undefined;
  return {
    kind: 'pglite',
    pglite,
    db: drizzlePglite({ client: pglite, schema }),
    close: () => {
      closed ??= (async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          await onClose();
        }
      })();
      return closed;
    },
  };
}
