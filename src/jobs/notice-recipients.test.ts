// Who may still read a notice is decided at delivery (R10, R20, R22): a representative removed from
// the contract or moved to another organization hears nothing more of its tickets, and someone no
// longer on support's staff gets no support notice. The rows complete all the same.
import { eq, isNull } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { actOnTicket } from '../commands/act-on-ticket.ts';
import { fileTicket } from '../commands/file-ticket.ts';
import { buildWorld, type World } from '../commands/test-world.ts';
import { updateAccount } from '../db/repositories/accounts.ts';
import { listMailbox } from '../db/repositories/mailbox.ts';
import { enqueueOutbox } from '../db/repositories/outbox.ts';
import { getUserById } from '../db/repositories/users.ts';
import { notifications, outbox } from '../db/schema.ts';
import { describeDatabases } from '../db/test-database.ts';
import type { TicketCommand } from '../domain/tickets/commands.ts';
import { msk } from '../domain/tickets/test-support.ts';
import { deliverDueNotices } from './deliver-notices.ts';
import { mailboxDelivery } from './delivery-test-support.ts';

const MONDAY = msk('2026-11-23T10:00');
type Who = 'customer' | 'engineer' | 'lead';

const act = (w: World, number: number, who: Who, command: Exclude<TicketCommand, { type: 'file' }>) =>
  actOnTicket(w.deps, {
    ticketNumber: number,
    actor: w[who],
    ...(who === 'customer' ? { organizationId: w.organizationId } : {}),
    command,
  });

async function file(w: World): Promise<number> {
  const filed = await fileTicket(w.deps, {
    requesterId: w.customer.userId,
    type: 'incident',
    priority: 'high',
    subject: 'Не формируется отчёт',
    description: 'Ошибка 500',
  });
  return filed.number;
}

/** The subjects of the mails and the kinds of the portal notices a user got, oldest first. */
async function received(w: World, userId: string) {
  const db = w.deps.db;
  const email = (await getUserById(db, userId))!.email;
  const mails = await listMailbox(db, { recipient: email, limit: 50 });
  const portal = await db.select().from(notifications).where(eq(notifications.userId, userId));
  return {
    mails: mails.map((m) => m.subject),
    kinds: portal.map((n) => n.kind).sort(),
    text: mails.map((m) => m.text).join('\n'),
  };
}

async function undelivered(w: World) {
  return w.deps.db.select().from(outbox).where(isNull(outbox.deliveredAt));
}

describeDatabases('who may still read a notice', (suite) => {
  it('R10, R22: a representative removed from the contract gets no more notices of the tickets they filed; the rows complete', async () => {
    const { db } = await suite.create();
    const w = await buildWorld(db, MONDAY);
    const n = await file(w);
    await deliverDueNotices(mailboxDelivery(w));
    expect((await received(w, w.customer.userId)).kinds).toEqual(['ticket.registered']);

    // What removing the contact does to the account (organizationId null).
    await updateAccount(db, w.customer.userId, { organizationId: null });
    await act(w, n, 'engineer', { type: 'reply', text: 'Ответ поддержки: обновите модуль отчётов' });
    await act(w, n, 'engineer', { type: 'propose', kind: 'solution', text: 'Решение: патч 4.2.1' });
    const tally = await deliverDueNotices(mailboxDelivery(w));

    expect(tally).toMatchObject({ failed: 0, held: 0, lost: 0 });
    const got = await received(w, w.customer.userId);
    expect(got.kinds).toEqual(['ticket.registered']);
    expect(got.mails).toHaveLength(1);
    expect(got.text).not.toContain('патч 4.2.1');
    expect(got.text).not.toContain('обновите модуль');
    expect(await undelivered(w)).toEqual([]); // skipped, not retried forever
  });

  it('R22: a representative moved to another organization hears nothing of the former one’s tickets', async () => {
    const { db } = await suite.create();
    const w = await buildWorld(db, MONDAY);
    const other = await buildWorld(db, MONDAY);
    const n = await file(w);
    await deliverDueNotices(mailboxDelivery(w));
    await updateAccount(db, w.customer.userId, { organizationId: other.organizationId });
    await act(w, n, 'engineer', { type: 'reply', text: 'Ответ поддержки' });
    await deliverDueNotices(mailboxDelivery(w));

    expect((await received(w, w.customer.userId)).kinds).toEqual(['ticket.registered']);
    expect(await undelivered(w)).toEqual([]);
  });

  it('R22: a build notice reaches a representative only while every ticket it names is their organization’s', async () => {
    const { db } = await suite.create();
    const w = await buildWorld(db, MONDAY);
    const other = await buildWorld(db, MONDAY);
    const n = await file(w);
    await deliverDueNotices(mailboxDelivery(w));
    const build = (ticketNumbers: number[]) =>
      enqueueOutbox(db, [
        {
          ticketId: null,
          eventId: null,
          kind: 'build.published',
          recipientUserId: w.customer.userId,
          payload: { audience: 'requester', product: 'Склад', version: '4.2.1', buildId: 'b', ticketNumbers },
          availableAt: new Date(MONDAY),
        },
      ]);

    await build([n]);
    await deliverDueNotices(mailboxDelivery(w));
    expect((await received(w, w.customer.userId)).kinds).toEqual(['build.published', 'ticket.registered']);

    await updateAccount(db, w.customer.userId, { organizationId: other.organizationId });
    await build([n]);
    await deliverDueNotices(mailboxDelivery(w));
    expect((await received(w, w.customer.userId)).kinds).toEqual(['build.published', 'ticket.registered']);
    expect(await undelivered(w)).toEqual([]);
  });

  it('R20: staff made a customer no longer get support notices of the tickets they were assigned', async () => {
    const { db } = await suite.create();
    const w = await buildWorld(db, MONDAY);
    const n = await file(w);
    await act(w, n, 'lead', { type: 'assign', assigneeId: w.engineer.userId });
    await act(w, n, 'engineer', { type: 'request_info', kind: 'information', text: 'Пришлите журнал' });
    await deliverDueNotices(mailboxDelivery(w));
    expect((await received(w, w.engineer.userId)).kinds).toContain('ticket.assigned');

    const engineerBefore = await received(w, w.engineer.userId);
    await updateAccount(db, w.engineer.userId, { role: 'customer' });
    await act(w, n, 'customer', { type: 'customer_reply', text: 'Журнал: секретные сведения клиента' });
    const rows = await db.select().from(outbox).where(eq(outbox.kind, 'ticket.customer_answered'));
    expect(rows.map((r) => r.recipientUserId)).toEqual([w.engineer.userId]);
    expect(await deliverDueNotices(mailboxDelivery(w))).toMatchObject({ failed: 0 });

    const after = await received(w, w.engineer.userId);
    expect(after.kinds).toEqual(engineerBefore.kinds);
    expect(after.text).not.toContain('секретные сведения');
    expect(await undelivered(w)).toEqual([]);
  });
});
