// The queue and the sweep must stay index range scans whatever the number of tickets: check the
// plans of the repository's real queries (captured through a Drizzle logger).
import { expect, it } from 'vitest';
import type { Database, Db } from '../database.ts';
import { plansOf } from '../query-plans.ts';
import { describeDatabases } from '../test-database.ts';
import { newTicket, seedTicketContext } from '../test-fixtures.ts';
import { claimDueForSweep, insertTicket, listQueue } from './tickets.ts';

// Only plans an index can give without scanning the table or sorting it remain attractive.
const PLANNER_SETTINGS = 'set enable_seqscan = off; set enable_bitmapscan = off; set enable_sort = off';

/** The plans of what `fn` sends, with table scans and sorts disfavoured. */
const capture = (database: Database, fn: (db: Db) => Promise<unknown>) =>
  plansOf(database, PLANNER_SETTINGS, fn);

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
