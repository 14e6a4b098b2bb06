// For plan tests: the statements a repository function really sends (captured through a Drizzle
// logger) and PostgreSQL's EXPLAIN of each, on PGlite or a server, under planner settings that make
// any plan the indexes cannot serve unattractive even on a few rows.
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Database, Db } from './database.ts';
import * as schema from './schema.ts';

type Explain = (text: string, params: unknown[]) => Promise<Array<Record<string, string>>>;

/** The EXPLAIN text of every statement `fn` sends, with `settings` (e.g. `set enable_seqscan = off`). */
export async function plansOf(
  database: Database,
  settings: string,
  fn: (db: Db) => Promise<unknown>,
): Promise<string[]> {
  const queries: Array<{ text: string; params: unknown[] }> = [];
  const logger = { logQuery: (text: string, params: unknown[]) => queries.push({ text, params }) };
  const explainAll = async (run: Explain) => {
    const plans: string[] = [];
    for (const q of queries)
      plans.push((await run(`explain ${q.text}`, q.params)).map((r) => r['QUERY PLAN']).join('\n'));
    return plans;
  };
  if (database.kind === 'pglite') {
    await database.pglite.exec(settings);
    await fn(drizzlePglite({ client: database.pglite, schema, logger }));
    return explainAll(
      async (text, params) => (await database.pglite.query<Record<string, string>>(text, params)).rows,
    );
  }
  const client = await database.pool.connect();
  try {
    await client.query(settings);
    await fn(drizzlePg({ client, schema, logger }));
    return await explainAll(async (text, params) => (await client.query(text, params)).rows);
  } finally {
    client.release(true); // the settings must not outlive this test's connection
  }
}
