// Behaviour under real concurrency: several connections of one PostgreSQL pool at once.
import { expect, it } from 'vitest';
import { withTransaction } from '../database.ts';
import { describePostgres } from '../test-database.ts';
import { newTicket, seedTicketContext } from '../test-fixtures.ts';
import { appendEvents, listEvents } from './ticket-events.ts';
import { claimDueForSweep, insertTicket, type TicketRow, updateTicket } from './tickets.ts';

const now = new Date('2026-03-02T10:00:00Z');
const past = new Date('2026-03-02T09:00:00Z');

/** A promise with its resolver, to hold one transaction open while another runs. */
function gate<T = void>(): { promise: Promise<T>; open: (value: T) => void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describePostgres('tickets under concurrency', ({ create }) => {
  it('gives 50 concurrent inserts 50 distinct numbers', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const rows = await Promise.all(Array.from({ length: 50 }, () => insertTicket(db, newTicket(ctx))));
    const numbers = new Set(rows.map((r) => r.number));
    expect(numbers.size).toBe(50);
  });

  it('never lets two open transactions claim the same due ticket', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    await Promise.all(
      Array.from({ length: 12 }, () => insertTicket(db, newTicket(ctx, { nextSweepAt: past }))),
    );
    const claimedByA = gate<TicketRow[]>();
    const finishA = gate();
    const a = withTransaction(db, async (tx) => {
      const rows = await claimDueForSweep(tx, now, 5);
      claimedByA.open(rows);
      await finishA.promise; // keep the row locks while B claims
      return rows;
    });
    const first = await claimedByA.promise;
    const second = await withTransaction(db, (tx) => claimDueForSweep(tx, now, 10));
    finishA.open();
    await a;
    expect(first).toHaveLength(5);
    expect(second).toHaveLength(7);
    const overlap = second.filter((t) => first.some((f) => f.id === t.id));
    expect(overlap).toEqual([]);
  });

  it('lets four sweepers drain the due tickets, each exactly once', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    await Promise.all(
      Array.from({ length: 30 }, () => insertTicket(db, newTicket(ctx, { nextSweepAt: past }))),
    );
    const seen: string[] = [];
    const sweeper = async () => {
      for (;;) {
        const done = await withTransaction(db, async (tx) => {
          const batch = await claimDueForSweep(tx, now, 3);
          for (const t of batch) {
            seen.push(t.id);
            await updateTicket(tx, t.id, t.version, { nextSweepAt: null });
          }
          return batch.length === 0;
        });
        if (done) return;
      }
    };
    await Promise.all([sweeper(), sweeper(), sweeper(), sweeper()]);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it('lets exactly one of two writers at the same version win', async () => {
    const { db } = await create();
    const ticket = await insertTicket(db, newTicket(await seedTicketContext(db)));
    const results = await Promise.allSettled(
      ['in_progress', 'waiting_customer', 'closed'].map((status) =>
        withTransaction(db, (tx) =>
          updateTicket(tx, ticket.id, 1, { status: status as TicketRow['status'] }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.map((r) => (r.reason as { code?: string }).code)).toEqual([
      'ticket.version_conflict',
      'ticket.version_conflict',
    ]);
  });

  it('numbers events of one ticket 1…n when appended from several connections', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const ticket = await insertTicket(db, newTicket(ctx));
    const actor = { userId: ctx.engineerId, role: 'engineer' as const };
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        appendEvents(db, ticket.id, [
          { type: 'comment', at: now, actor, payload: { i, part: 1 } },
          { type: 'comment', at: now, actor, payload: { i, part: 2 } },
        ]),
      ),
    );
    const events = await listEvents(db, ticket.id);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // Each call's events stay adjacent and in order.
    for (let i = 0; i < 20; i += 2) {
      expect(events[i]?.payload).toMatchObject({ part: 1 });
      expect(events[i + 1]?.payload).toEqual({ ...(events[i]?.payload as object), part: 2 });
    }
  });
});
