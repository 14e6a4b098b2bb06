// The queue and the sweep must stay index range scans whatever the number of tickets: check the
// plans of the repository's real queries (captured through a Drizzle logger).
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { expect, it } from 'vitest';
import type { Database, Db } from '../database.ts';
import * as schema from '../schema.ts';
import { describeDatabases } from '../test-database.ts';
import { newTicket, seedTicketContext } from '../test-fixtures.ts';
import { claimDueForSweep, insertTicket, listQueue } from './tickets.ts';

interface Captured {
  text: string;
  params: unknown[];
}

// Only plans an index can give without scanning the table or sorting it remain attractive.
const PLANNER_SETTINGS = 'set enable_seqscan = off; set enable_bitmapscan = off; set enable_sort = off';

/** Runs `fn` on a Drizzle instance that records its queries, with table scans and sorts disfavoured. */
async function capture(database: Database, fn: (db: Db) => Promise<unknown>) {
  const queries: Captured[] = [];
  const logger = { logQuery: (text: string, params: unknown[]) => queries.push({ text, params }) };
  if (database.kind === 'pglite') {
    const raw = (q: string, p: unknown[] = []) => database.pglite.query<{ 'QUERY PLAN': string }>(q, p);
    await database.pglite.exec(PLANNER_SETTINGS);
    await fn(drizzlePglite({ client: database.pglite, schema, logger }));
    const plans = [];
    for (const q of queries) plans.push((await raw(`explain ${q.text}`, q.params)).rows);
    return plans.map((rows) => rows.map((r) => r['QUERY PLAN']).join('\n'));
  }
  const client = await database.pool.connect();
  try {
    await client.query(PLANNER_SETTINGS);
    await fn(drizzlePg({ client, schema, logger }));
    const plans = [];
    for (const q of queries) plans.push((await client.query(`explain ${q.text}`, q.params)).rows);
    return plans.map((rows) => rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n'));
  } finally {
    client.release(true);
  }
}

describeDatabases('ticket query plans', ({ create }) => {
  it('read the queue from the partial queue indexes, already in order', async () => {
    const database = await create();
    const ctx = await seedTicketContext(database.db);
    await insertTicket(database.db, newTicket(ctx, { nextDueAt: new Date('2026-03-03T09:00:00Z') }));
    const plans = await capture(database, async (db) => {
      await listQueue(db, { limit: 20 });
      await listQueue(db, { assigneeId: ctx.engineerId, limit: 20 });
      await listQueue(db, { limit: 20, after: { nextDueAt: new Date('2026-03-01T00:00:00Z'), number: 1 } });
    });
    expect(plans.length).toBeGreaterThanOrEqual(3);
    for (const plan of plans) {
      expect(plan).toMatch(/Index Scan using tickets_(assignee_)?queue_idx/);
      expect(plan).not.toMatch(/\bSort\b/);
    }
  });

  it('find due tickets for the sweeper through the sweep index', async () => {
    const database = await create();
    const plans = await capture(database, (db) => claimDueForSweep(db, new Date('2026-03-02T10:00:00Z'), 50));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatch(/Index Scan using tickets_sweep_idx/);
    expect(plans[0]).not.toMatch(/\bSort\b/);
  });
});
