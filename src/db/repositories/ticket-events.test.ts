import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { withTransaction } from '../database.ts';
import { ticketEvents } from '../schema.ts';
import { describeDatabases } from '../test-database.ts';
import { newTicket, seedTicketContext } from '../test-fixtures.ts';
import { appendEvents, listEvents } from './ticket-events.ts';
import { insertTicket, updateTicket } from './tickets.ts';

const t0 = new Date('2026-03-02T09:15:00Z');

describeDatabases('ticket events', ({ create }) => {
  it('append after the last event and read back in order with actor and payload', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const ticket = await insertTicket(db, newTicket(ctx));
    const customer = { userId: ctx.requesterId, role: 'customer' as const };
    const stored = await appendEvents(db, ticket.id, [
      { type: 'filed', at: t0, actor: customer, payload: { subject: 'Отчёт', files: [] } },
      {
        type: 'clock_started',
        at: t0,
        actor: { userId: null, role: 'system' },
        payload: { clock: 'reaction' },
      },
    ]);
    expect(stored.map((e) => e.seq)).toEqual([1, 2]);
    await appendEvents(db, ticket.id, [
      { type: 'comment', at: t0, actor: customer, payload: { text: 'Жду' } },
    ]);
    const events = await listEvents(db, ticket.id);
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'filed'],
      [2, 'clock_started'],
      [3, 'comment'],
    ]);
    expect(events[0]).toMatchObject({ at: t0, actor: customer, payload: { subject: 'Отчёт', files: [] } });
    expect(events[1]?.actor).toEqual({ userId: null, role: 'system' });
    expect((await listEvents(db, ticket.id, 2)).map((e) => e.seq)).toEqual([3]);
    expect(typeof events[0]?.id).toBe('number');
  });

  it('are append-only: UPDATE, DELETE and TRUNCATE are rejected (R22)', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const ticket = await insertTicket(db, newTicket(ctx));
    await appendEvents(db, ticket.id, [
      { type: 'filed', at: t0, actor: { userId: ctx.requesterId, role: 'customer' }, payload: {} },
    ]);
    const refused = expect.objectContaining({ cause: expect.objectContaining({ code: '23001' }) });
    await expect(db.update(ticketEvents).set({ type: 'forged' })).rejects.toEqual(refused);
    await expect(db.delete(ticketEvents)).rejects.toEqual(refused);
    await expect(db.execute(sql`truncate ticket_events cascade`)).rejects.toEqual(refused);
    expect((await listEvents(db, ticket.id)).map((e) => e.type)).toEqual(['filed']);
  });

  it("join the caller's transaction: written with the ticket update, or not at all", async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const ticket = await insertTicket(db, newTicket(ctx));
    const event = {
      type: 'taken',
      at: t0,
      actor: { userId: ctx.engineerId, role: 'engineer' as const },
      payload: {},
    };
    await withTransaction(db, async (tx) => {
      await appendEvents(tx, ticket.id, [event]);
      await updateTicket(tx, ticket.id, 1, { status: 'in_progress' });
    });
    const failed = withTransaction(db, async (tx) => {
      await appendEvents(tx, ticket.id, [event]);
      await updateTicket(tx, ticket.id, 1, { status: 'closed' }); // stale version: the whole command fails
    });
    await expect(failed).rejects.toMatchObject({ code: 'ticket.version_conflict' });
    expect((await listEvents(db, ticket.id)).map((e) => e.seq)).toEqual([1]);
  });

  it('refuse events for a ticket that does not exist', async () => {
    const { db } = await create();
    const event = { type: 'x', at: t0, actor: { userId: null, role: 'system' as const }, payload: {} };
    await expect(appendEvents(db, crypto.randomUUID(), [event])).rejects.toThrow(/does not exist/);
  });
});
