// The database handle every repository and command receives, the same type for PGlite and PostgreSQL.
import { createHash } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import {
  type PgDatabase,
  PgDialect,
  type PgQueryResultHKT,
  type PgTransactionConfig,
} from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type * as schema from './schema.ts';

export type Schema = typeof schema;

/** A Drizzle database or transaction on either driver; repositories take this as their first argument. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = 'pglite' | 'postgres';

interface OpenDatabase {
  db: Db;
  /** Closes connections and releases the data folder lock; safe to call twice. */
  close(): Promise<void>;
}

/** An open database: embedded PGlite (one process per folder) or a PostgreSQL pool. */
export type Database =
  | (OpenDatabase & { kind: 'pglite'; pglite: PGlite; pool?: undefined })
  | (OpenDatabase & { kind: 'postgres'; pool: pg.Pool; pglite?: undefined });

/** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
export function withTransaction<T>(
  db: Db,
  fn: (tx: Db) => Promise<T>,
  config?: PgTransactionConfig,
): Promise<T> {
  return db.transaction((tx) => fn(tx), config);
}

/**
 * Runs raw SQL and returns its rows on either driver. Values come back as the driver parses
 * them (int8 as string on pg, number on PGlite): cast in SQL (`::int`, `::text`) when it matters.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect();

/**
 * Like queryRows, but the statement is named after its text, so on PostgreSQL each connection
 * parses and plans a busy statement once instead of on every call (PGlite runs it as it is).
 */
export async function queryRowsPrepared<T extends Record<string, unknown>>(
  db: Db,
  query: SQL,
  prefix: string,
): Promise<T[]> {
  const built = dialect.sqlToQuery(query);
  return queryTextPrepared<T>(db, built.sql, built.params, prefix);
}

/**
 * Runs SQL text written once (placeholders $1, $2, …) as a statement named after that text: for the
 * hottest statements, which then skip building their SQL on every call as well.
 */
export async function queryTextPrepared<T extends Record<string, unknown>>(
  db: Db,
  text: string,
  params: unknown[],
  prefix: string,
): Promise<T[]> {
  const name = `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  const query = { sql: text, params };
  const result = (await db._.session.prepareQuery(query, undefined, name, false).execute()) as unknown as {
    rows: T[];
  };
  return result.rows;
}
