import { asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { outbox, ticketEvents, tickets } from '../schema.ts';
import { describeDatabases } from '../test-database.ts';
import { newTicket, seedTicketContext } from '../test-fixtures.ts';
import { insertFiling, insertFilingSoon, insertFilings, type NewFiling } from './filings.ts';

const at = new Date('2026-03-02T09:00:00Z');

function filing(ctx: Awaited<ReturnType<typeof seedTicketContext>>, recipient: string | null): NewFiling {
  const actor = { userId: ctx.requesterId, role: 'customer' as const };
  return {
    ticket: {
      ...newTicket(ctx),
      id: crypto.randomUUID(),
      cycle: 1,
      openDispute: false,
      createdAt: at,
      updatedAt: at,
    },
    events: [
      { type: 'filed', at, actor, payload: { subject: 'Ошибка' } },
      { type: 'clock', at, actor, payload: { clock: 'reaction', action: 'started' } },
    ],
    notices: [
      {
        eventIndex: 0,
        kind: 'ticket.registered',
        recipientUserId: recipient,
        payload: { audience: 'requester' },
        availableAt: at,
      },
      {
        eventIndex: 0,
        kind: 'ticket.new',
        recipientUserId: null,
        payload: { audience: 'support' },
        availableAt: at,
      },
    ],
  };
}

describeDatabases('filing in one statement', ({ create }) => {
  it('writes the ticket, its events in order and its notices, which carry the drawn number', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const f = filing(ctx, ctx.requesterId);
    const number = await insertFiling(db, f);
    const [ticket] = await db.select().from(tickets).where(eq(tickets.id, f.ticket.id));
    expect(ticket?.number).toBe(number);
    const events = await db
      .select()
      .from(ticketEvents)
      .where(eq(ticketEvents.ticketId, f.ticket.id))
      .orderBy(asc(ticketEvents.id));
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'filed'],
      [2, 'clock'],
    ]);
    const notices = await db
      .select()
      .from(outbox)
      .where(eq(outbox.ticketId, f.ticket.id))
      .orderBy(asc(outbox.id));
    expect(notices.map((n) => n.kind)).toEqual(['ticket.registered', 'ticket.new']);
    expect(notices.every((n) => n.eventId === events[0]?.id)).toBe(true);
    expect(notices.map((n) => n.payload)).toEqual([
      { audience: 'requester', ticketNumber: number },
      { audience: 'support', ticketNumber: number },
    ]);
    // A second filing draws the next number.
    expect(await insertFiling(db, filing(ctx, null))).toBe(number + 1);
  });

  it('is all or nothing: a notice that cannot be stored leaves no ticket and no events behind', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const f = filing(ctx, crypto.randomUUID()); // no such user: the outbox row violates its foreign key
    await expect(insertFiling(db, f)).rejects.toThrow();
    expect(await db.select().from(tickets).where(eq(tickets.id, f.ticket.id))).toEqual([]);
    expect(await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, f.ticket.id))).toEqual([]);
  });

  it('writes several filings in one statement, numbered in their order, each with its own events and notices', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const batch = [filing(ctx, ctx.requesterId), filing(ctx, null), filing(ctx, ctx.requesterId)];
    const numbers = await insertFilings(db, batch);
    expect(numbers[1]).toBe(numbers[0]! + 1);
    expect(numbers[2]).toBe(numbers[0]! + 2);
    for (const [i, f] of batch.entries()) {
      const [ticket] = await db.select().from(tickets).where(eq(tickets.id, f.ticket.id));
      expect(ticket?.number).toBe(numbers[i]);
      const events = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, f.ticket.id));
      expect(events.map((e) => e.seq).sort()).toEqual([1, 2]);
      const notices = await db.select().from(outbox).where(eq(outbox.ticketId, f.ticket.id));
      expect(notices.map((n) => (n.payload as { ticketNumber: number }).ticketNumber)).toEqual([
        numbers[i],
        numbers[i],
      ]);
      expect(notices.every((n) => n.eventId === events.find((e) => e.seq === 1)?.id)).toBe(true);
    }
  });

  it('files concurrent filings together, and a bad one fails alone', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const good = Array.from({ length: 12 }, () => filing(ctx, ctx.requesterId));
    const bad = filing(ctx, crypto.randomUUID()); // its notice names no user
    const settled = await Promise.allSettled(
      [...good.slice(0, 6), bad, ...good.slice(6)].map((f) => insertFilingSoon(db, f)),
    );
    expect(settled.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(settled[6]?.status).toBe('rejected');
    const numbers = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(new Set(numbers).size).toBe(12);
    const stored = await db.select({ id: tickets.id, number: tickets.number }).from(tickets);
    expect(stored.map((t) => t.id).sort()).toEqual(good.map((f) => f.ticket.id).sort());
    expect(stored.map((t) => t.number).sort()).toEqual([...numbers].sort());
  });
});
