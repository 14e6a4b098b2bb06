// pg-boss on either database: natively on PostgreSQL, through an executeSql adapter on PGlite.
import PgBoss from 'pg-boss';
import type { Database } from '../db/database.ts';

/** A started pg-boss sharing Srok's database (its own `pgboss` schema). */
export async function startBoss(database: Database): Promise<PgBoss> {
  const boss =
    database.kind === 'postgres'
      ? new PgBoss({ db: { executeSql: (text, values) => database.pool.query(text, values) } })
      : new PgBoss({ db: { executeSql: pgliteExecutor(database) } });
  boss.on('error', () => {}); // reported through the job results; a transient error must not crash
  await boss.start();
  return boss;
}

function pgliteExecutor(database: Extract<Database, { kind: 'pglite' }>) {
  const pglite = database.pglite;
  return async (text: string, values?: unknown[]) => {
    // Parameterless SQL may hold several statements (pg-boss migrations): exec, return the last result.
    if (!values || values.length === 0) {
      const results = await pglite.exec(text);
      return results.at(-1) ?? { rows: [] };
    }
    return pglite.query(text, values);
  };
}
