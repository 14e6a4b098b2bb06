// The notice context supplies what a template cannot read from the event alone: the names of the
// plans a parameter change moved a ticket between (R7, R15).
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { actOnTicket } from '../commands/act-on-ticket.ts';
import { fileTicket } from '../commands/file-ticket.ts';
import { buildWorld } from '../commands/test-world.ts';
import { listMailbox } from '../db/repositories/mailbox.ts';
import { getUserById } from '../db/repositories/users.ts';
import { outbox } from '../db/schema.ts';
import { describeDatabases } from '../db/test-database.ts';
import { msk } from '../domain/tickets/test-support.ts';
import { deliverDueNotices } from './deliver-notices.ts';
import { mailboxDelivery } from './delivery-test-support.ts';
import { loadNoticeContexts } from './notice-context.ts';

describeDatabases('notice context', (suite) => {
  it('a plan change names both plans, by the names they have, in the customer mail (R7, R15)', async () => {
    const { db } = await suite.create();
    const w = await buildWorld(db, msk('2026-11-23T10:00'), { plan: { name: 'Базовый' } });
    const { id, number } = await fileTicket(w.deps, {
      requesterId: w.customer.userId,
      type: 'incident',
      priority: 'high',
      subject: 'Не печатается счёт',
      description: 'Ошибка 500',
    });
    await deliverDueNotices(mailboxDelivery(w));
    await actOnTicket(w.deps, {
      ticketNumber: number,
      actor: w.lead,
      command: {
        type: 'change_parameters',
        changes: { planId: 'extended', priority: 'critical' },
        reason: 'Склад стоит',
      },
    });
    const rows = await db.select().from(outbox).where(eq(outbox.ticketId, id));
    const row = rows.find((r) => r.kind === 'ticket.parameters_changed')!;
    const context = (await loadNoticeContexts(db, [row])).get(row.id);
    expect(context?.event?.planNames).toEqual({ [w.planId]: 'Базовый', extended: 'Расширенный' });

    await deliverDueNotices(mailboxDelivery(w));
    const customer = (await getUserById(db, w.customer.userId))!.email;
    const [mail] = await listMailbox(db, { recipient: customer, limit: 1 });
    expect(mail?.subject).toContain('Изменены параметры обращения');
    expect(mail?.text).toContain('Вариант обслуживания: Базовый → Расширенный');
    expect(mail?.text).toContain('Приоритет: высокий → критический');
  });
});
