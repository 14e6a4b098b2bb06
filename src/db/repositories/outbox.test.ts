import { expect, it } from 'vitest';
import { describeDatabases } from '../test-database.ts';
import { newTicket, seedTicketContext } from '../test-fixtures.ts';
import { getIdempotentResponse, purgeIdempotencyKeys, putIdempotentResponse } from './idempotency.ts';
import { enqueueOutbox, listUndelivered, markDelivered, markFailed } from './outbox.ts';
import { insertTicket } from './tickets.ts';

const t = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);

describeDatabases('outbox and idempotency keys', ({ create }) => {
  it('deliver due messages oldest first, once, and postpone failed ones', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const ticket = await insertTicket(db, newTicket(ctx));
    const [first, second, later] = await enqueueOutbox(db, [
      {
        ticketId: ticket.id,
        kind: 'mail.registered',
        recipientUserId: ctx.requesterId,
        payload: { n: 1 },
        availableAt: t('09:00'),
      },
      { kind: 'mail.breach', recipientEmail: 'lead@srok.test', payload: { n: 2 }, availableAt: t('09:05') },
      { kind: 'mail.reminder', recipientEmail: 'x@client.ru', payload: { n: 3 }, availableAt: t('12:00') },
    ]);
    expect(first?.attempts).toBe(0);
    expect((await listUndelivered(db, { now: t('10:00'), limit: 10 })).map((m) => m.id)).toEqual([
      first?.id,
      second?.id,
    ]);
    expect(await markDelivered(db, [first!.id], t('10:00'))).toBe(1);
    expect(await markDelivered(db, [first!.id], t('10:01'))).toBe(0);
    await markFailed(db, second!.id, 'SMTP 451', t('11:00'));
    expect(await listUndelivered(db, { now: t('10:30'), limit: 10 })).toEqual([]);
    const retry = await listUndelivered(db, { now: t('12:00'), limit: 10 });
    expect(retry.map((m) => [m.id, m.attempts, m.lastError])).toEqual([
      [second?.id, 1, 'SMTP 451'],
      [later?.id, 0, null],
    ]);
  });

  it('keep the first response for a scope and key', async () => {
    const { db } = await create();
    expect(await getIdempotentResponse(db, 'u1 POST /tickets', 'k1')).toBeUndefined();
    const first = await putIdempotentResponse(db, 'u1 POST /tickets', 'k1', { number: 1000 }, t('09:00'));
    const second = await putIdempotentResponse(db, 'u1 POST /tickets', 'k1', { number: 1001 });
    expect(first).toEqual({ response: { number: 1000 }, stored: true });
    expect(second).toEqual({ response: { number: 1000 }, stored: false });
    expect(await getIdempotentResponse(db, 'u2 POST /tickets', 'k1')).toBeUndefined();
    expect(await purgeIdempotencyKeys(db, t('10:00'))).toBe(1);
    expect(await getIdempotentResponse(db, 'u1 POST /tickets', 'k1')).toBeUndefined();
  });
});
