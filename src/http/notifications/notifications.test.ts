// The portal side of notices (R11): each user's list with the unread count, marking read, e-mail
// choices (required ones refused), the administrators' development mailbox, and the doorbell.
import { expect, it } from 'vitest';
import { fileTicket } from '../../commands/file-ticket.ts';
import { getUserById, upsertUser } from '../../db/repositories/users.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { onOutboxWritten } from '../../jobs/delivery-signal.ts';
import { buildTestApp, deliverNotices, type TestApp } from '../test-app.ts';

const MONDAY = msk('2026-11-23T10:00');
const get = (url: string) => ({ method: 'GET' as const, url });
const post = (url: string, payload?: unknown) => ({
  method: 'POST' as const,
  url,
  ...(payload ? { payload } : {}),
});

async function withDeliveredTicket(t: TestApp): Promise<number> {
  const { number } = await fileTicket(t.world.deps, {
    requesterId: t.world.customer.userId,
    type: 'incident',
    priority: 'high',
    subject: 'Не печатается счёт',
    description: 'Кнопка «Печать» не отвечает',
  });
  await deliverNotices(t.world);
  return number;
}

describeDatabases('notifications API', (suite) => {
  it('each user lists their own notices with the unread count, in their language, and marks them read', async () => {
    const t = await buildTestApp(await suite.create(), MONDAY);
    const n = await withDeliveredTicket(t);
    const mine = await t.as.customer.request(get('/api/notifications'));
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      unread: 1,
      nextBefore: null,
      items: [
        {
          kind: 'ticket.registered',
          ticketNumber: n,
          ticketNumbers: [n],
          title: `[SR-${n}] Обращение зарегистрировано — Не печатается счёт`,
          link: `/tickets/${n}`,
          readAt: null,
        },
      ],
    });
    const customer = (await getUserById(t.world.deps.db, t.world.customer.userId))!;
    await upsertUser(t.world.deps.db, { ...customer, lang: 'en' }); // the user's own setting wins
    const english = await t.as.customer.request(get('/api/notifications'));
    expect(english.json().items[0].title).toBe(`[SR-${n}] Ticket registered — Не печатается счёт`);
    const support = (await t.as.engineer.request(get('/api/notifications'))).json();
    expect(support.items.map((i: { kind: string }) => i.kind)).toEqual(['ticket.new']);

    const id = mine.json().items[0].id;
    const foreign = await t.as.engineer.request(post(`/api/notifications/${id}/read`));
    expect(foreign.json().error.code).toBe('notification.not_found');
    expect(foreign.statusCode).toBe(404);
    const read = await t.as.customer.request(post(`/api/notifications/${id}/read`));
    expect(read.json().readAt).toBe(new Date(MONDAY).toISOString());
    expect((await t.as.customer.request(get('/api/notifications'))).json().unread).toBe(0);
    const all = await t.as.engineer.request(post('/api/notifications/read-all'));
    expect(all.json()).toEqual({ marked: 1, unread: 0 });
    expect((await t.anonymous.request(get('/api/notifications'))).statusCode).toBe(401);
  });

  it('e-mail choices: optional kinds switch off, required ones are refused with a reason', async () => {
    const t = await buildTestApp(await suite.create(), MONDAY);
    const prefs = (await t.as.customer.request(get('/api/notifications/preferences'))).json();
    expect(prefs.items).toContainEqual({
      kind: 'ticket.registered',
      title: 'Регистрация обращения (номер и первые сроки)',
      required: true,
      email: true,
    });
    expect(prefs.items.some((i: { kind: string }) => i.kind.startsWith('sla.'))).toBe(false);
    const put = (items: unknown) =>
      t.as.customer.request({ method: 'PUT', url: '/api/notifications/preferences', payload: { items } });
    const off = await put([{ kind: 'ticket.replied', email: false }]);
    expect(off.statusCode).toBe(200);
    expect(off.json().items).toContainEqual(
      expect.objectContaining({ kind: 'ticket.replied', email: false }),
    );
    const required = await put([{ kind: 'ticket.solution_proposed', email: false }]);
    expect(required.statusCode).toBe(422);
    expect(required.json().error).toMatchObject({ code: 'mail.preference_required' });
    expect(required.json().error.message).toContain('«Предложенное решение»');
    expect((await put([{ kind: 'sla.solution.breached', email: false }])).json().error.code).toBe(
      'mail.kind_not_for_role',
    );
    expect((await put([{ kind: 'no.such', email: false }])).json().error.code).toBe('mail.unknown_kind');
    const staff = (await t.as.engineer.request(get('/api/notifications/preferences'))).json();
    expect(staff.items.map((i: { kind: string }) => i.kind)).toContain('sla.solution.breached');
    expect(staff.items).toContainEqual({
      kind: 'ticket.closed_by_customer',
      title: 'Пользователь принял решение или отозвал обращение',
      required: false,
      email: true,
    });
  });

  it('administrators read the development mailbox, newest first, by recipient; others may not', async () => {
    const t = await buildTestApp(await suite.create(), MONDAY);
    const n = await withDeliveredTicket(t);
    const customer = (await getUserById(t.world.deps.db, t.world.customer.userId))!;
    const list = await t.as.admin.request(get('/api/admin/mailbox'));
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(3);
    const ids = list.json().items.map((m: { id: number }) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const theirs = await t.as.admin.request(
      get(`/api/admin/mailbox?recipient=${encodeURIComponent(customer.email)}`),
    );
    expect(theirs.json().items).toHaveLength(1);
    const one = await t.as.admin.request(get(`/api/admin/mailbox/${theirs.json().items[0].id}`));
    expect(one.json()).toMatchObject({
      recipient: customer.email,
      subject: `[SR-${n}] Обращение зарегистрировано — Не печатается счёт`,
      headers: { 'In-Reply-To': `<ticket-${n}@srok.test>`, References: `<ticket-${n}@srok.test>` },
    });
    expect(one.json().text).toContain(`https://srok.test/tickets/${n}`);
    expect(one.json().html).toContain('<a href="https://srok.test/tickets/');
    expect((await t.as.admin.request(get('/api/admin/mailbox/999999'))).json().error.code).toBe(
      'mailbox.not_found',
    );
    expect((await t.as.engineer.request(get('/api/admin/mailbox'))).statusCode).toBe(403);
  });

  it('a successful change rings the delivery doorbell; a read or a refusal does not', async () => {
    const t = await buildTestApp(await suite.create(), MONDAY);
    const n = await withDeliveredTicket(t);
    let rings = 0;
    const stop = onOutboxWritten(t.world.deps.db, () => rings++);
    await t.as.engineer.request(get(`/api/tickets/${n}`));
    await t.as.customer.request(post(`/api/tickets/${n}/solutions`, { kind: 'solution', text: 'x' }));
    expect(rings).toBe(0);
    const reply = await t.as.engineer.request(post(`/api/tickets/${n}/replies`, { text: 'Смотрим' }));
    expect(reply.statusCode).toBe(200);
    expect(rings).toBe(1);
    stop();
  });
});
