// Delivery shares the server's thread with the requests. On the embedded database, which answers in
// microtasks alone, a run of batches must still let the event loop read requests between batches.
import { expect, it } from 'vitest';
import { ALWAYS_CALENDAR_ID, buildWorld, fileIncidents } from '../commands/test-world.ts';
import { describeDatabases } from '../db/test-database.ts';
import { deliverDueNotices } from './deliver-notices.ts';
import { mailboxDelivery } from './delivery-test-support.ts';

describeDatabases('delivery and the event loop', (suite) => {
  it('lets a request be read while a run of batches is under way', async () => {
    const database = await suite.create();
    const w = await buildWorld(database.db, Date.parse('2026-03-02T09:00:00Z'), {
      plan: { calendarId: ALWAYS_CALENDAR_ID },
    });
    await fileIncidents(w, 3);
    const order: string[] = [];
    setImmediate(() => order.push('a request is read'));
    const tally = await deliverDueNotices(mailboxDelivery(w, { batchSize: 2 }));
    order.push('delivery done');
    expect(tally.delivered + tally.held).toBeGreaterThan(2); // more than one batch
    expect(order).toEqual(['a request is read', 'delivery done']);
  });
});
