// Who gets which mail, as a real SMTP server receives it (R4, R11, R12, R13, R16): Russian subjects
// and bodies intact, threading headers, the plain and HTML parts, and the right recipients.
import { eq } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { actOnTicket } from '../commands/act-on-ticket.ts';
import { sweepSla } from '../commands/sweep-sla.ts';
import type { World } from '../commands/test-world.ts';
import { saveMailChoices } from '../db/repositories/notifications.ts';
import { getUserById, upsertUser } from '../db/repositories/users.ts';
import { notifications, outbox } from '../db/schema.ts';
import { describeDatabases } from '../db/test-database.ts';
import type { TicketCommand } from '../domain/tickets/commands.ts';
import { msk } from '../domain/tickets/test-support.ts';
import { deliverDueNotices } from './deliver-notices.ts';
import { type DeliverySetup, PUBLIC_URL, setUpDelivery } from './delivery-test-support.ts';

const MONDAY = msk('2026-11-23T10:00');
const email = async (w: World, who: 'customer' | 'engineer' | 'lead') =>
  (await getUserById(w.deps.db, w[who].userId))!.email;
const act = (
  w: World,
  number: number,
  who: 'customer' | 'engineer' | 'lead',
  command: Exclude<TicketCommand, { type: 'file' }>,
) =>
  actOnTicket(w.deps, {
    ticketNumber: number,
    actor: w[who],
    ...(who === 'customer' ? { organizationId: w.organizationId } : {}),
    command,
  });

let open: DeliverySetup | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});
function keep(s: DeliverySetup): DeliverySetup {
  open = s; // closed after the test
  return s;
}

describeDatabases('notice delivery over SMTP', (suite) => {
  it('filing: the customer gets the registration, support the new ticket; Russian intact, threaded', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY));
    const n = await s.file();
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 2, failed: 0 });
    const [customer, engineer, lead] = await Promise.all(
      ['customer', 'engineer', 'lead'].map((r) => email(s.w, r as 'customer')),
    );
    const [reg] = s.smtp.to(customer!);
    expect(reg?.subject).toBe(`[SR-${n}] Обращение зарегистрировано — Не сохраняется документ «Акт сверки»`);
    expect(reg?.text).toContain(`зарегистрировано под номером SR-${n}`);
    expect(reg?.text).toContain('Здравствуйте, Ирина Петрова!');
    expect(reg?.text).toContain(`${PUBLIC_URL}/tickets/${n}`);
    expect(reg?.html).toContain(`href="${PUBLIC_URL}/tickets/${n}"`);
    expect(reg?.from?.text).toContain('Служба поддержки «Срок»');
    expect(reg?.inReplyTo).toBe(`<ticket-${n}@support.example.ru>`);
    expect(reg?.references).toBe(`<ticket-${n}@support.example.ru>`);
    expect(reg?.messageId).toMatch(/^<notice-\d+-[0-9a-f]{16}@support\.example\.ru>$/);
    expect(s.smtp.to(engineer!).map((m) => m.subject)).toEqual([
      `[SR-${n}] Новое обращение — Не сохраняется документ «Акт сверки»`,
    ]);
    expect(s.smtp.to(lead!)).toHaveLength(1);
    expect(s.smtp.to(engineer!)[0]?.text).toContain('Ёжик в тумане');
    expect(s.smtp.received).toHaveLength(3);
  });

  it('an information request and a solution reach the customer with what is asked and the auto-close date', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY));
    const n = await s.file();
    await act(s.w, n, 'engineer', {
      type: 'request_info',
      kind: 'information',
      text: 'Пришлите журнал сервера',
    });
    s.w.clock.set(msk('2026-11-23T11:00'));
    await act(s.w, n, 'customer', { type: 'customer_reply', text: 'Журнал во вложении' });
    await act(s.w, n, 'engineer', {
      type: 'propose',
      kind: 'workaround',
      text: 'Отключите проверку подписи',
    });
    await deliverDueNotices(s.d);
    const customer = await email(s.w, 'customer');
    const mails = s.smtp.to(customer);
    expect(mails.map((m) => m.subject)).toEqual([
      `[SR-${n}] Обращение зарегистрировано — Не сохраняется документ «Акт сверки»`,
      `[SR-${n}] Нужен ваш ответ — Не сохраняется документ «Акт сверки»`,
      `[SR-${n}] Предложен обходной путь — Не сохраняется документ «Акт сверки»`,
    ]);
    expect(mails[1]?.text).toContain('> Пришлите журнал сервера');
    expect(mails[2]?.text).toContain('08.12.2026, 11:00 (Europe/Moscow)'); // R16: 15 calendar days
    // Every mail of the ticket refers to the same root: one thread.
    expect(new Set(s.smtp.received.map((m) => m.inReplyTo))).toEqual(
      new Set([`<ticket-${n}@support.example.ru>`]),
    );
    const engineerMails = s.smtp.to(await email(s.w, 'engineer')).map((m) => m.subject);
    expect(engineerMails).toContain(`[SR-${n}] Ответ пользователя — Не сохраняется документ «Акт сверки»`);
  });

  it('the reminder 3 calendar days before auto-close and the auto-close itself reach the customer (R16)', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY));
    const n = await s.file();
    await act(s.w, n, 'engineer', { type: 'propose', kind: 'solution', text: 'Обновите до 5.2.2' });
    s.w.clock.set(msk('2026-12-05T10:00'));
    await sweepSla(s.w.deps);
    s.w.clock.set(msk('2026-12-08T10:00'));
    await sweepSla(s.w.deps);
    await deliverDueNotices(s.d);
    const subjects = s.smtp.to(await email(s.w, 'customer')).map((m) => m.subject);
    expect(subjects).toContain(
      `[SR-${n}] Обращение закроется 08.12.2026, 10:00 (Europe/Moscow) — Не сохраняется документ «Акт сверки»`,
    );
    expect(subjects).toContain(
      `[SR-${n}] Обращение закрыто автоматически — Не сохраняется документ «Акт сверки»`,
    );
  });

  it('a breach on an assigned ticket goes to the assignee and the leads, not to other engineers', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY, { hours: [1, 16, 8] }));
    const other = await upsertUser(s.d.db, {
      email: 'other-eng@srok.test',
      name: 'Пётр Инженер',
      role: 'engineer',
    });
    const n = await s.file();
    await act(s.w, n, 'lead', { type: 'assign', assigneeId: s.w.engineer.userId });
    await deliverDueNotices(s.d);
    s.smtp.received.length = 0;
    s.w.clock.set(msk('2026-11-23T11:01'));
    await sweepSla(s.w.deps);
    await deliverDueNotices(s.d);
    const subject = `[SR-${n}] Нарушен срок реакции — Не сохраняется документ «Акт сверки»`;
    // The warning, raised by the same late sweep, is the assignee's alone.
    expect(s.smtp.to(await email(s.w, 'engineer')).map((m) => m.subject)).toEqual([
      `[SR-${n}] Приближается срок реакции — Не сохраняется документ «Акт сверки»`,
      subject,
    ]);
    expect(s.smtp.to(await email(s.w, 'lead')).map((m) => m.subject)).toEqual([subject]);
    expect(s.smtp.to(other.email)).toEqual([]);
  });

  it('the customer accepting a solution reaches the assignee; a withdrawal of an unassigned ticket reaches support (R11)', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY));
    const subjectOf = (n: number, title: string) =>
      `[SR-${n}] ${title} — Не сохраняется документ «Акт сверки»`;
    const accepted = await s.file();
    await act(s.w, accepted, 'lead', { type: 'assign', assigneeId: s.w.engineer.userId });
    await act(s.w, accepted, 'engineer', { type: 'propose', kind: 'solution', text: 'Обновите до 5.2.2' });
    await act(s.w, accepted, 'customer', { type: 'accept' });
    const withdrawn = await s.file();
    await act(s.w, withdrawn, 'customer', { type: 'withdraw' });
    await deliverDueNotices(s.d);
    const closings = async (who: 'engineer' | 'lead') =>
      s.smtp
        .to(await email(s.w, who))
        .map((m) => m.subject)
        .filter((subject) => subject?.includes('Пользователь'));
    expect(await closings('engineer')).toEqual([
      subjectOf(accepted, 'Пользователь принял решение'),
      subjectOf(withdrawn, 'Пользователь отозвал обращение'),
    ]);
    expect(await closings('lead')).toEqual([subjectOf(withdrawn, 'Пользователь отозвал обращение')]);
    const mail = s.smtp.to(await email(s.w, 'engineer')).find((m) => m.subject?.includes('принял'));
    expect(mail?.text).toContain(`Пользователь принял предложенное решение по обращению SR-${accepted}`);
  });

  it('English users get English mail; an optional kind switched off is not mailed but still listed on the portal', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY));
    const customer = (await getUserById(s.d.db, s.w.customer.userId))!;
    await upsertUser(s.d.db, { ...customer, lang: 'en' });
    await saveMailChoices(s.d.db, customer.id, [
      { kind: 'ticket.replied', email: false },
      { kind: 'ticket.registered', email: false }, // required: the choice is ignored
    ]);
    const n = await s.file();
    await act(s.w, n, 'engineer', { type: 'reply', text: 'Смотрим' });
    await deliverDueNotices(s.d);
    expect(s.smtp.to(customer.email).map((m) => m.subject)).toEqual([
      `[SR-${n}] Ticket registered — Не сохраняется документ «Акт сверки»`,
    ]);
    const listed = await s.d.db.select().from(notifications).where(eq(notifications.userId, customer.id));
    expect(listed.map((r) => r.kind).sort()).toEqual(['ticket.registered', 'ticket.replied']);
    const rows = await s.d.db.select().from(outbox);
    expect(rows.every((r) => r.deliveredAt !== null)).toBe(true);
  });
});
