// The list's search must stay index-driven however many tickets and messages there are: every word
// is looked up in the GIN indexes of the tickets' text and of the message events (partial, migration
// 0011), never by scanning either table. Checks the plans of listTickets' real query.
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { expect, it } from 'vitest';
import type { Database, Db } from '../database.ts';
import * as schema from '../schema.ts';
import { describeDatabases } from '../test-database.ts';
import { newTicket, seedTicketContext } from '../test-fixtures.ts';
import { listTickets, type TicketFilter } from './ticket-queries.ts';
import { insertTicket } from './tickets.ts';

// Table scans disfavoured, so that only a plan the indexes can serve remains attractive on few rows.
const PLANNER_SETTINGS = 'set enable_seqscan = off';

/** The plans of the statements `fn` sends, as EXPLAIN text. */
async function plansOf(database: Database, fn: (db: Db) => Promise<unknown>): Promise<string[]> {
  const queries: Array<{ text: string; params: unknown[] }> = [];
  const logger = { logQuery: (text: string, params: unknown[]) => queries.push({ text, params }) };
  const explain = async (run: (text: string, params: unknown[]) => Promise<Array<Record<string, string>>>) =>
    Promise.all(
      queries.map(async (q) =>
        (await run(`explain ${q.text}`, q.params)).map((r) => r['QUERY PLAN']).join('\n'),
      ),
    );
  if (database.kind === 'pglite') {
    await database.pglite.exec(PLANNER_SETTINGS);
    await fn(drizzlePglite({ client: database.pglite, schema, logger }));
    return explain(
      async (text, params) => (await database.pglite.query<Record<string, string>>(text, params)).rows,
    );
  }
  const client = await database.pool.connect();
  try {
    await client.query(PLANNER_SETTINGS);
    await fn(drizzlePg({ client, schema, logger }));
    return await explain(async (text, params) => (await client.query(text, params)).rows);
  } finally {
    client.release(true);
  }
}

describeDatabases('ticket search plans', ({ create }) => {
  it('look every word up in the GIN indexes of the tickets and of the messages', async () => {
    const database = await create();
    const ctx = await seedTicketContext(database.db);
    await insertTicket(database.db, newTicket(ctx, { subject: 'Не открывается журнал' }));
    const filters: TicketFilter[] = [
      { q: 'журнал перезапуск', searchInternalNotes: true },
      { q: '"перезапуск службы" or журналы -обмен', organizationId: ctx.organizationId },
      { q: 'SR-1036' },
    ];
    const plans = await plansOf(database, async (db) => {
      for (const filter of filters) await listTickets(db, filter, { order: 'due', limit: 20 });
    });
    const searches = plans.filter((plan) => plan.includes('jsonb_to_recordset'));
    expect(searches).toHaveLength(filters.length);
    for (const plan of searches) {
      expect(plan).toMatch(/Bitmap Index Scan on tickets_search_idx/);
      expect(plan).toMatch(/Bitmap Index Scan on ticket_events_message_search_idx/);
      expect(plan).not.toMatch(/Seq Scan on (tickets|ticket_events)\b/);
    }
  });
});
