// The list's search must stay index-driven however many tickets and messages there are: every word
// is looked up in the GIN indexes of the tickets' text and of the message events (partial, migration
// 0011), never by scanning either table. Checks the plans of listTickets' real query.
import { expect, it } from 'vitest';
import { plansOf } from '../query-plans.ts';
import { describeDatabases } from '../test-database.ts';
import { newTicket, seedTicketContext } from '../test-fixtures.ts';
import { listTickets, type TicketFilter } from './ticket-queries.ts';
import { insertTicket } from './tickets.ts';

// Table scans disfavoured, so that only a plan the indexes can serve remains attractive on few rows.
const PLANNER_SETTINGS = 'set enable_seqscan = off';

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
    const plans = await plansOf(database, PLANNER_SETTINGS, async (db) => {
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
