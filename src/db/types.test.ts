// Both drivers must hand the code the same JS types: int8 as number, instants as Date,
// dates as 'YYYY-MM-DD', jsonb as parsed values.
import { expect, it } from 'vitest';
import type { Db } from './database.ts';
import { getContract } from './repositories/organizations.ts';
import { appendEvents } from './repositories/ticket-events.ts';
import { getTicketById, insertTicket } from './repositories/tickets.ts';
import { createTestDatabase, describeDatabases, describePostgres } from './test-database.ts';
import { newTicket, seedTicketContext } from './test-fixtures.ts';

const due = new Date('2026-03-03T14:30:15.123Z');

/** Writes the same data and reads back a ticket, its first event and its contract. */
async function roundTrip(db: Db) {
  const ctx = await seedTicketContext(db);
  const inserted = await insertTicket(
    db,
    newTicket(ctx, {
      nextDueAt: due,
      state: { clocks: { reaction: { dueAt: 1_772_548_215_123 } }, tags: ['а'] },
    }),
  );
  const ticket = (await getTicketById(db, inserted.id))!;
  const [event] = await appendEvents(db, ticket.id, [
    { type: 'filed', at: due, actor: { userId: ctx.requesterId, role: 'customer' }, payload: { n: 1 } },
  ]);
  const contract = (await getContract(db, ctx.contractId))!;
  return { ticket, event: event!, contract };
}

/** typeof for each field, with Date and null told apart. */
function shape(row: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, v === null ? 'null' : v instanceof Date ? 'Date' : typeof v]),
  );
}

describeDatabases('column types', ({ create }) => {
  it('come back as number, Date, date string and parsed JSON', async () => {
    const { db } = await create();
    const { ticket, event, contract } = await roundTrip(db);
    expect(typeof ticket.number).toBe('number');
    expect(ticket.nextDueAt).toEqual(due);
    expect(ticket.createdAt).toBeInstanceOf(Date);
    expect(ticket.state).toEqual({ clocks: { reaction: { dueAt: 1_772_548_215_123 } }, tags: ['а'] });
    expect(typeof event.id).toBe('number');
    expect(event.at).toEqual(due);
    expect(contract.validFrom).toBe('2026-01-01');
    expect(contract.validTo).toBeNull();
  });
});

describePostgres('column types on both drivers', () => {
  it('are identical field by field', async () => {
    const [lite, pg] = await Promise.all([createTestDatabase('pglite'), createTestDatabase('postgres')]);
    try {
      const a = await roundTrip(lite.db);
      const b = await roundTrip(pg.db);
      expect(shape(a.ticket)).toEqual(shape(b.ticket));
      expect(shape(a.event)).toEqual(shape(b.event));
      expect(shape(a.contract)).toEqual(shape(b.contract));
      expect(a.ticket.state).toEqual(b.ticket.state);
      expect(a.ticket.nextDueAt).toEqual(b.ticket.nextDueAt);
    } finally {
      await Promise.all([lite.close(), pg.close()]);
    }
  });
});
