import { expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.ts';
import { withTransaction } from '../database.ts';
import { describeDatabases } from '../test-database.ts';
import { newTicket, seedTicketContext } from '../test-fixtures.ts';
import {
  claimDueForSweep,
  getTicketById,
  getTicketByNumber,
  insertTicket,
  listQueue,
  updateTicket,
} from './tickets.ts';

const at = (iso: string) => new Date(iso);

describeDatabases('tickets repository', ({ create }) => {
  it('numbers new tickets from the sequence, one after another', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const first = await insertTicket(db, newTicket(ctx));
    const second = await insertTicket(db, newTicket(ctx));
    expect(first.number).toBe(1000);
    expect(second.number).toBe(1001);
    expect(first.version).toBe(1);
    expect(first.cycle).toBe(1);
    expect(first.openDispute).toBe(false);
    expect(first.createdAt).toBeInstanceOf(Date);
  });

  it("finds a ticket by id or number, and not another organization's", async () => {
    const { db } = await create();
    const mine = await seedTicketContext(db);
    const theirs = await seedTicketContext(db);
    const ticket = await insertTicket(db, newTicket(mine));
    expect((await getTicketById(db, ticket.id))?.number).toBe(ticket.number);
    expect((await getTicketByNumber(db, ticket.number, { organizationId: mine.organizationId }))?.id).toBe(
      ticket.id,
    );
    expect(
      await getTicketByNumber(db, ticket.number, { organizationId: theirs.organizationId }),
    ).toBeUndefined();
    expect(await getTicketById(db, ticket.id, { organizationId: theirs.organizationId })).toBeUndefined();
    expect(await getTicketByNumber(db, 999_999)).toBeUndefined();
  });

  it('updates at the expected version and refuses a stale one', async () => {
    const { db } = await create();
    const ticket = await insertTicket(db, newTicket(await seedTicketContext(db)));
    const now = at('2026-03-02T10:00:00Z');
    const updated = await updateTicket(db, ticket.id, 1, { status: 'in_progress', updatedAt: now });
    expect(updated).toMatchObject({ status: 'in_progress', version: 2, updatedAt: now });
    const stale = updateTicket(db, ticket.id, 1, { status: 'closed' });
    await expect(stale).rejects.toBeInstanceOf(DomainError);
    await expect(stale).rejects.toMatchObject({ code: 'ticket.version_conflict', params: { actual: 2 } });
    expect((await getTicketById(db, ticket.id))?.status).toBe('in_progress');
    await expect(updateTicket(db, crypto.randomUUID(), 1, {})).rejects.toMatchObject({
      code: 'ticket.not_found',
    });
  });

  it('lists open tickets by nearest deadline, undated last, page after page', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const add = (due: string | null, extra: Parameters<typeof newTicket>[1] = {}) =>
      insertTicket(db, newTicket(ctx, { nextDueAt: due ? at(due) : null, ...extra }));
    const late = await add('2026-03-05T12:00:00Z', { assigneeId: ctx.engineerId });
    const undatedA = await add(null);
    const soon = await add('2026-03-03T09:00:00Z');
    await add('2026-03-01T09:00:00Z', { status: 'closed' });
    const soonTwin = await add('2026-03-03T09:00:00Z', { assigneeId: ctx.engineerId });
    const undatedB = await add(null, { assigneeId: ctx.engineerId });

    const all = await listQueue(db, { limit: 10 });
    const order = [soon, soonTwin, late, undatedA, undatedB].map((t) => t.number);
    expect(all.map((t) => t.number)).toEqual(order);

    const pages: number[][] = [];
    let after: { nextDueAt: Date | null; number: number } | undefined;
    for (;;) {
      const page = await listQueue(db, { limit: 2, after });
      if (page.length === 0) break;
      pages.push(page.map((t) => t.number));
      const last = page[page.length - 1]!;
      after = { nextDueAt: last.nextDueAt, number: last.number };
    }
    expect(pages).toEqual([order.slice(0, 2), order.slice(2, 4), order.slice(4)]);

    const engineers = await listQueue(db, { assigneeId: ctx.engineerId, limit: 10 });
    expect(engineers.map((t) => t.number)).toEqual([soonTwin, late, undatedB].map((t) => t.number));
    const unassigned = await listQueue(db, { assigneeId: null, limit: 10 });
    expect(unassigned.map((t) => t.number)).toEqual([soon, undatedA].map((t) => t.number));
  });

  it('claims only tickets whose sweep time has come, earliest first', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const due = await insertTicket(db, newTicket(ctx, { nextSweepAt: at('2026-03-02T09:00:00Z') }));
    const dueEarlier = await insertTicket(db, newTicket(ctx, { nextSweepAt: at('2026-03-02T08:00:00Z') }));
    await insertTicket(db, newTicket(ctx, { nextSweepAt: at('2026-03-02T11:00:00Z') }));
    await insertTicket(db, newTicket(ctx, { nextSweepAt: null }));
    const claimed = await withTransaction(db, (tx) => claimDueForSweep(tx, at('2026-03-02T10:00:00Z'), 10));
    expect(claimed.map((t) => t.id)).toEqual([dueEarlier.id, due.id]);
    const one = await withTransaction(db, (tx) => claimDueForSweep(tx, at('2026-03-02T10:00:00Z'), 1));
    expect(one.map((t) => t.id)).toEqual([dueEarlier.id]);
  });

  it('rolls a transaction back when its function throws', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const failing = withTransaction(db, async (tx) => {
      await insertTicket(tx, newTicket(ctx, { subject: 'rolled back' }));
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await listQueue(db, { limit: 10 })).toEqual([]);
  });
});
