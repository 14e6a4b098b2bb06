// Retention deletes delivered outbox rows and development-mailbox mails past their periods, and
// nothing else: undelivered rows, newer rows and the portal notices all stay.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { fileTicket } from '../commands/file-ticket.ts';
import { ALWAYS_CALENDAR_ID, buildWorld, type World } from '../commands/test-world.ts';
import type { Database } from '../db/database.ts';
import { getIdempotentResponse, putIdempotentResponse } from '../db/repositories/idempotency.ts';
import { storeMails } from '../db/repositories/mailbox.ts';
import { enqueueOutbox, markDelivered } from '../db/repositories/outbox.ts';
import { hitRateLimit, readRateLimit } from '../db/repositories/rate-limits.ts';
import { mailbox, notifications, outbox } from '../db/schema.ts';
import { describeDatabases } from '../db/test-database.ts';
import { startBoss } from './boss.ts';
import { deliverDueNotices } from './deliver-notices.ts';
import { mailboxDelivery } from './delivery-test-support.ts';
import { IDEMPOTENCY_DAYS, type Purged, purgeExpired, RETENTION_QUEUE, startRetention } from './retention.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T09:00:00Z');

async function world(database: Database): Promise<World> {
  return buildWorld(database.db, T0, { plan: { calendarId: ALWAYS_CALENDAR_ID } });
}

/** Files a ticket and delivers its notices (portal and development mailbox) at the world's present. */
async function fileAndDeliver(w: World): Promise<string> {
  const { id } = await fileTicket(w.deps, {
    requesterId: w.customer.userId,
    type: 'incident',
    priority: 'high',
    subject: 'Не сохраняется документ',
    description: 'Ошибка 500',
  });
  const tally = await deliverDueNotices(mailboxDelivery(w));
  expect(tally.failed).toBe(0);
  return id;
}

const outboxOf = (w: World, ticketId: string) =>
  w.deps.db.select().from(outbox).where(eq(outbox.ticketId, ticketId));

describeDatabases('retention', (suite) => {
  it('deletes outbox rows delivered before the period and the mails stored before theirs; keeps the rest', async () => {
    const database = await suite.create();
    const w = await world(database);
    const old = await fileAndDeliver(w);
    w.clock.advance(20 * DAY);
    const recent = await fileAndDeliver(w);
    const notices = (await w.deps.db.select().from(notifications)).length;
    const oldRows = (await outboxOf(w, old)).length;
    expect(oldRows).toBeGreaterThan(0);
    expect(notices).toBeGreaterThan(0);
    const mails = await w.deps.db.select().from(mailbox);
    expect(mails.length).toBeGreaterThanOrEqual(2);

    // 31 days after the first filing: the first ticket's rows are past 30 days, the second's are 11 days old.
    w.clock.advance(11 * DAY);
    const purged = await purgeExpired({ db: w.deps.db, clock: w.clock, outboxDays: 30, mailboxDays: 15 });

    expect(await outboxOf(w, old)).toEqual([]);
    const kept = await outboxOf(w, recent);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((r) => r.deliveredAt !== null)).toBe(true);
    expect(purged.outbox).toBe(oldRows);
    // Mails: 15 days keeps only the second filing's (11 days old).
    const left = await w.deps.db.select().from(mailbox);
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((m) => m.createdAt.getTime() >= T0 + 20 * DAY)).toBe(true);
    expect(purged.mailbox).toBe(mails.length - left.length);
    // The portal notices of both tickets stay, though the first one's outbox rows are gone.
    expect((await w.deps.db.select().from(notifications)).length).toBe(notices);

    // Nothing more is due: a second run deletes nothing.
    expect(await purgeExpired({ db: w.deps.db, clock: w.clock, outboxDays: 30, mailboxDays: 15 })).toEqual({
      outbox: 0,
      mailbox: 0,
      idempotencyKeys: 0,
      rateWindows: 0,
    });
  });

  it('never deletes an undelivered row, however old; deletes past the batch size in several batches', async () => {
    const database = await suite.create();
    const w = await world(database);
    const db = w.deps.db;
    const at = new Date(T0);
    const rows = await enqueueOutbox(
      db,
      Array.from({ length: 7 }, (_, i) => ({
        kind: 'account.verify_email',
        recipientEmail: `r${i}@example.ru`,
        payload: {},
        createdAt: at,
        availableAt: at,
      })),
    );
    // Five delivered at once, the last two still owed (a mail server refusing them for a year).
    expect(
      await markDelivered(
        db,
        rows.slice(0, 5).map((r) => r.id),
        at,
      ),
    ).toBe(5);
    await storeMails(
      db,
      Array.from({ length: 5 }, (_, i) => ({
        outboxId: rows[i]!.id,
        messageId: `<m${i}@example.ru>`,
        recipient: `r${i}@example.ru`,
        subject: 'Тема',
        text: 'Текст',
        html: '<p>Текст</p>',
        headers: {},
        createdAt: at,
      })),
    );
    w.clock.set(T0 + 365 * DAY);

    const purged = await purgeExpired({ db, clock: w.clock, outboxDays: 30, mailboxDays: 30 }, 2);

    expect(purged).toEqual({ outbox: 5, mailbox: 5, idempotencyKeys: 0, rateWindows: 0 });
    const left = await db.select().from(outbox);
    expect(left.map((r) => r.id).sort((a, b) => a - b)).toEqual(rows.slice(5).map((r) => r.id));
    expect(left.every((r) => r.deliveredAt === null)).toBe(true);
    expect(await db.select().from(mailbox)).toEqual([]);
  });

  it('keeps a row delivered within the period even when it was written long before', async () => {
    const database = await suite.create();
    const w = await world(database);
    const db = w.deps.db;
    const [row] = await enqueueOutbox(db, [
      {
        kind: 'account.verify_email',
        recipientEmail: 'late@example.ru',
        payload: {},
        createdAt: new Date(T0),
      },
    ]);
    await markDelivered(db, [row!.id], new Date(T0 + 40 * DAY)); // held or retried for 40 days
    w.clock.set(T0 + 50 * DAY);
    expect((await purgeExpired({ db, clock: w.clock, outboxDays: 30, mailboxDays: 30 })).outbox).toBe(0);
    w.clock.set(T0 + 71 * DAY);
    expect((await purgeExpired({ db, clock: w.clock, outboxDays: 30, mailboxDays: 30 })).outbox).toBe(1);
  });

  it('deletes rate-limit windows that started more than a day ago', async () => {
    const database = await suite.create();
    const w = await world(database);
    const db = w.deps.db;
    await hitRateLimit(db, 'login-failures:old@example.ru', new Date(T0), 15 * 60_000);
    await hitRateLimit(db, 'login-failures:new@example.ru', new Date(T0 + 23 * 3_600_000), 15 * 60_000);
    w.clock.set(T0 + 25 * 3_600_000);
    const purged = await purgeExpired({ db, clock: w.clock, outboxDays: 30, mailboxDays: 30 });
    expect(purged.rateWindows).toBe(1);
    expect(await readRateLimit(db, 'login-failures:old@example.ru')).toBeUndefined();
    expect(await readRateLimit(db, 'login-failures:new@example.ru')).toMatchObject({ hits: 1 });
  });

  it('forgets idempotency keys after a week: a retry within it still gets the first answer', async () => {
    const database = await suite.create();
    const w = await world(database);
    const db = w.deps.db;
    await putIdempotentResponse(db, 'user POST /api/tickets', 'old', { number: 1 }, new Date(T0));
    await putIdempotentResponse(
      db,
      'user POST /api/tickets',
      'recent',
      { number: 2 },
      new Date(T0 + 2 * DAY),
    );
    w.clock.set(T0 + (IDEMPOTENCY_DAYS + 1) * DAY);
    const purged = await purgeExpired({ db, clock: w.clock, outboxDays: 30, mailboxDays: 30 });
    expect(purged.idempotencyKeys).toBe(1);
    expect(await getIdempotentResponse(db, 'user POST /api/tickets', 'old')).toBeUndefined();
    expect(await getIdempotentResponse(db, 'user POST /api/tickets', 'recent')).toEqual({ number: 2 });
  });

  it('runs as an hourly pg-boss job', async () => {
    const database = await suite.create();
    const w = await world(database);
    await fileAndDeliver(w);
    w.clock.advance(31 * DAY);
    const boss = await startBoss(database);
    try {
      const runs: Purged[] = [];
      await startRetention(boss, { db: w.deps.db, clock: w.clock, outboxDays: 30, mailboxDays: 30 }, (p) =>
        runs.push(p),
      );
      expect((await boss.getSchedules()).map((s) => [s.name, s.cron])).toContainEqual([
        RETENTION_QUEUE,
        '17 * * * *',
      ]);
      await boss.send(RETENTION_QUEUE, {});
      const deadline = Date.now() + 20_000;
      while (runs.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(runs).toHaveLength(1);
      expect(runs[0]!.outbox).toBeGreaterThan(0);
      expect(runs[0]!.mailbox).toBeGreaterThan(0);
      expect(await w.deps.db.select().from(outbox)).toEqual([]);
    } finally {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    }
  });
});
