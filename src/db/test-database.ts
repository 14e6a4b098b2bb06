// Throwaway databases for tests: PGlite loaded from a migrated template (cached on disk), and PostgreSQL
// (when TEST_DATABASE_URL is set) as a fresh database per call, dropped on close.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterEach, describe } from 'vitest';
import type { Database, DatabaseKind } from './database.ts';
import { MIGRATIONS_FOLDER, migrate } from './migrate.ts';
import { wrapPglite } from './open-database.ts';
import * as schema from './schema.ts';

/** The PostgreSQL server tests may use; unset means PGlite only. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

let template: Promise<Blob> | undefined;

/**
 * The migrated PGlite data folder as a tarball. Built once per migration set and PGlite version
 * and cached in the system temp folder, so each test process skips PGlite's costly initdb; the
 * building instance is closed at once so no idle instance keeps the process alive.
 */
function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = join(tmpdir(), `srok-pglite-template-${templateKey()}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)], { type: 'application/x-tar' });
    const pglite = await PGlite.create();
    try {
      await migrate({ kind: 'pglite', pglite });
      const dump = await pglite.dumpDataDir('none');
      // Written aside and renamed: processes building at the same moment never read half a file.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, file);
      return dump;
    } finally {
      await pglite.close();
    }
  })();
  return template;
}

/** Changes whenever a migration file or the PGlite version does. */
function templateKey(): string {
  const hash = createHash('sha256');
  const pglitePackage = join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..');
  hash.update(readFileSync(join(pglitePackage, 'package.json')));
  for (const name of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (name.endsWith('.sql')) hash.update(name).update(readFileSync(join(MIGRATIONS_FOLDER, name)));
  }
  hash.update(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json')));
  return hash.digest('hex').slice(0, 16);
}

export interface TestDatabaseOptions {
  /** Apply the migrations (default true); false gives an empty database. */
  migrated?: boolean;
}

/** A fresh, isolated database of the given kind, migrated unless asked otherwise; close() discards it. */
export async function createTestDatabase(
  kind: DatabaseKind = 'pglite',
  opts: TestDatabaseOptions = {},
): Promise<Database> {
  const migrated = opts.migrated ?? true;
  if (kind === 'pglite') {
    if (!migrated) return wrapPglite(await PGlite.create());
    // What PGlite.clone() does, without dumping the template again for every copy.
    return wrapPglite(await PGlite.create({ loadDataDir: await pgliteTemplate() }));
  }
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set: no PostgreSQL for tests');
  return createPostgresDatabase(TEST_DATABASE_URL, migrated);
}

async function createPostgresDatabase(serverUrl: string, migrated: boolean): Promise<Database> {
  const name = `srok_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 20 });
  pool.on('error', () => {});
  let closed: Promise<void> | undefined;
  const database: Database = {
    kind: 'postgres',
    pool,
    db: drizzle({ client: pool, schema }),
    close: () => {
      closed ??= pool
        .end()
        .then(() => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      return closed;
    },
  };
  try {
    if (migrated) await migrate(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The kinds a test suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): DatabaseKind[] {
  return TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface DatabaseSuite {
  kind: DatabaseKind;
  /** A fresh database for the current test; closed (and dropped) after it. */
  create(opts?: TestDatabaseOptions): Promise<Database>;
}

/**
 * Declares `describe(name)` once per database kind; without TEST_DATABASE_URL the PostgreSQL
 * block is reported as skipped rather than silently absent.
 */
export function describeDatabases(name: string, body: (suite: DatabaseSuite) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    const enabled = kind === 'pglite' || TEST_DATABASE_URL !== undefined;
    (enabled ? describe : describe.skip)(`${name} [${kind}]`, () => body(suiteFor(kind)));
  }
}

/** Declares a describe block that needs a real PostgreSQL server (concurrency across connections). */
export function describePostgres(name: string, body: (suite: DatabaseSuite) => void): void {
  (TEST_DATABASE_URL ? describe : describe.skip)(`${name} [postgres]`, () => body(suiteFor('postgres')));
}

function suiteFor(kind: DatabaseKind): DatabaseSuite {
  const opened: Database[] = [];
  afterEach(async () => {
    const all = opened.splice(0);
    await Promise.all(all.map((d) => d.close()));
  });
  return {
    kind,
    create: async (opts) => {
      const database = await createTestDatabase(kind, opts);
      opened.push(database);
      return database;
    },
  };
}
