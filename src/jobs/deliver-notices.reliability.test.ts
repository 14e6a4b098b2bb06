// Delivery survives what real systems do: an SMTP outage (retried with backoff, each notice once),
// a worker dying mid-delivery (finished after its lease, once), two workers at once (no notice
// twice), the development mailbox (exactly once by its unique index), and the night rule.
import { eq, isNull } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { listMailbox } from '../db/repositories/mailbox.ts';
import { enqueueOutbox } from '../db/repositories/outbox.ts';
import { getTicketByNumber } from '../db/repositories/tickets.ts';
import { getUserById } from '../db/repositories/users.ts';
import { notifications, outbox } from '../db/schema.ts';
import { describeDatabases } from '../db/test-database.ts';
import { msk } from '../domain/tickets/test-support.ts';
import { createSmtpTransport, type SmtpTransport } from '../mail/transport.ts';
import { deliverDueNotices } from './deliver-notices.ts';
import { type DeliverySetup, setUpDelivery } from './delivery-test-support.ts';

const MONDAY = msk('2026-11-23T10:00');
const ids = (s: DeliverySetup) => s.smtp.received.map((m) => m.messageId);
const staffEmails = async (s: DeliverySetup) =>
  Promise.all([s.w.engineer, s.w.lead].map(async (a) => (await getUserById(s.d.db, a.userId))!.email));

let open: DeliverySetup | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});
function keep(s: DeliverySetup): DeliverySetup {
  open = s; // closed after the test
  return s;
}

describeDatabases('notice delivery, reliably', (suite) => {
  it('an SMTP outage delays mail with growing pauses and loses none; each notice arrives once', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY));
    s.smtp.refusing = true;
    await s.file();
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 0, failed: 2 });
    let rows = await s.d.db.select().from(outbox);
    expect(rows.map((r) => r.attempts)).toEqual([1, 1]);
    expect(rows[0]?.lastError).toContain('421');
    expect(rows.map((r) => r.availableAt.getTime())).toEqual([MONDAY + 30_000, MONDAY + 30_000]);
    expect(await deliverDueNotices(s.d)).toMatchObject({ failed: 0, delivered: 0 }); // not due yet
    s.w.clock.advance(30_000);
    expect(await deliverDueNotices(s.d)).toMatchObject({ failed: 2 });
    rows = await s.d.db.select().from(outbox);
    expect(rows.map((r) => r.availableAt.getTime())).toEqual([MONDAY + 90_000, MONDAY + 90_000]); // 1 min later
    s.smtp.refusing = false;
    s.w.clock.advance(60_000);
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 2, failed: 0 });
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 0 });
    expect(ids(s)).toHaveLength(3);
    expect(new Set(ids(s)).size).toBe(3);
    rows = await s.d.db.select().from(outbox);
    expect(rows.every((r) => r.deliveredAt !== null && r.lastError === null)).toBe(true);
  });

  it('a worker dying mid-delivery: the rest is delivered after its lease ends, nobody twice', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY));
    await s.file();
    // The dying worker's transport: two mails go through, the third never returns (the process froze).
    const real = createSmtpTransport(s.smtp.url);
    let sends = 0;
    const dying: SmtpTransport = {
      kind: 'smtp',
      send: (mail) => (++sends <= 2 ? real.send(mail) : new Promise<void>(() => {})),
      close: () => real.close(),
    };
    void deliverDueNotices({ ...s.d, transport: dying });
    await s.smtp.waitFor(2);
    await waitUntil(async () => {
      const rows = await s.d.db.select().from(outbox).where(eq(outbox.kind, 'ticket.new'));
      return ((rows[0]?.payload as { mailed?: string[] } | undefined)?.mailed ?? []).length === 1;
    });
    // Restarted at once, the new worker leaves the leased row alone …
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 0 });
    // … and finishes it once the lease has run out.
    s.w.clock.advance(5 * 60_000);
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 1 });
    expect(s.smtp.received).toHaveLength(3);
    for (const address of await staffEmails(s)) expect(s.smtp.to(address)).toHaveLength(1);
    expect(new Set(ids(s)).size).toBe(3);
    real.close();
  });

  it('two workers at once deliver every notice exactly once', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY));
    for (let i = 0; i < 8; i++) await s.file({ subject: `Обращение ${i}` });
    const second = createSmtpTransport(s.smtp.url);
    const [a, b] = await Promise.all([
      deliverDueNotices(s.d),
      deliverDueNotices({ ...s.d, transport: second }),
    ]);
    expect(a.delivered + b.delivered).toBe(16);
    expect(s.smtp.received).toHaveLength(24); // 8 registrations, 8 × (engineer + lead)
    expect(new Set(ids(s)).size).toBe(24);
    expect(await s.d.db.select().from(outbox).where(isNull(outbox.deliveredAt))).toEqual([]);
    second.close();
  });

  it('the development mailbox keeps one mail per notice and recipient, even when a row is worked again', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY));
    const mailbox = { ...s.d, transport: { kind: 'mailbox' as const } };
    await s.file();
    await deliverDueNotices(mailbox);
    // As if the worker had died after storing but before marking the rows delivered.
    await s.d.db.update(outbox).set({ deliveredAt: null, payload: { audience: 'support' } });
    await deliverDueNotices(mailbox);
    const mails = await listMailbox(s.d.db, { limit: 50 });
    expect(mails).toHaveLength(3);
    expect(mails.map((m) => m.subject).join('\n')).toContain('Обращение зарегистрировано');
    expect(mails[0]?.headers['In-Reply-To']).toMatch(/^<ticket-\d+@support\.example\.ru>$/);
    expect(s.smtp.received).toEqual([]);
  });

  it('a busy minute: 20 filings (40 notices, more than one batch) reach everyone once, in one run', async () => {
    const s = keep(await setUpDelivery(await suite.create(), MONDAY));
    const mailbox = { ...s.d, transport: { kind: 'mailbox' as const }, batchSize: 25 };
    const numbers: number[] = [];
    for (let i = 0; i < 20; i++) numbers.push(await s.file({ subject: `Обращение ${i + 1}` }));
    const tally = await deliverDueNotices(mailbox);
    expect(tally).toEqual({ delivered: 40, held: 0, failed: 0, lost: 0 });
    const mails = await listMailbox(s.d.db, { limit: 500 });
    const customer = (await getUserById(s.d.db, s.w.customer.userId))!.email;
    // The customer gets each registration, the engineer and the lead each new ticket: 3 mails a filing.
    expect(mails).toHaveLength(60);
    expect(new Set(mails.map((m) => `${m.outboxId} ${m.recipient}`)).size).toBe(60);
    for (const n of numbers) {
      const about = mails.filter((m) => m.subject.includes(`SR-${n}]`));
      expect(about.map((m) => m.recipient).sort()).toEqual([customer, ...(await staffEmails(s))].sort());
    }
    expect(await s.d.db.select().from(notifications)).toHaveLength(60);
    expect(await s.d.db.select().from(outbox).where(isNull(outbox.deliveredAt))).toEqual([]);
  });

  it('night rule: filed at 02:00 Moscow, the customer hears at once, support at 09:00', async () => {
    const s = keep(await setUpDelivery(await suite.create(), msk('2026-11-24T02:00')));
    const n = await s.file();
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 1, held: 1 });
    expect(s.smtp.received.map((m) => m.subject)).toEqual([
      expect.stringContaining('Обращение зарегистрировано'),
    ]);
    // A breach recorded at 02:00 (a round-the-clock clock) waits just the same.
    const ticket = (await getTicketByNumber(s.d.db, n))!;
    await enqueueOutbox(s.d.db, [
      {
        ticketId: ticket.id,
        kind: 'sla.solution.breached',
        payload: { audience: 'support', ticketNumber: n },
        availableAt: new Date(msk('2026-11-24T02:00')),
      },
    ]);
    s.w.clock.set(msk('2026-11-24T08:59'));
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 0, held: 1 });
    expect(s.smtp.received).toHaveLength(1);
    s.w.clock.set(msk('2026-11-24T09:00'));
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 2 });
    const [engineer] = await staffEmails(s);
    expect(s.smtp.to(engineer!).map((m) => m.subject)).toEqual([
      expect.stringContaining('Новое обращение'),
      expect.stringContaining('Нарушен срок предложения решения'),
    ]);
  });

  it('night rule off in the plan: support is mailed at once', async () => {
    const s = keep(
      await setUpDelivery(await suite.create(), msk('2026-11-24T02:00'), {
        plan: { alertsInWorkingHoursOnly: false },
      }),
    );
    await s.file();
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 2, held: 0 });
    expect(s.smtp.received).toHaveLength(3);
  });
});

async function waitUntil(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 25));
  }
}
