// One-time link tokens (verification, password reset) live in plain text only while their mail is
// owed: email_tokens keeps only hashes, so a delivered outbox row, kept for weeks by retention, must
// not hold the raw token. A row still to be retried keeps it, or the retry could not send the link.
import { eq } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { queueEmailLink } from '../commands/accounts/email-links.ts';
import { linkTokenFor } from '../commands/accounts/test-support.ts';
import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/database.ts';
import { listMailbox } from '../db/repositories/mailbox.ts';
import { markDelivered } from '../db/repositories/outbox.ts';
import { getUserById } from '../db/repositories/users.ts';
import { outbox } from '../db/schema.ts';
import { describeDatabases } from '../db/test-database.ts';
import { msk } from '../domain/tickets/test-support.ts';
import { deliverDueNotices } from './deliver-notices.ts';
import { type DeliverySetup, mailboxDelivery, setUpDelivery } from './delivery-test-support.ts';

const MONDAY = msk('2026-11-23T10:00');

let open: DeliverySetup | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** Queues a link mail for the user; returns its address and the raw token the row carries. */
async function queueLink(db: Db, userId: string, purpose: 'verify' | 'reset') {
  const user = (await getUserById(db, userId))!;
  await withTransaction(db, (tx) => queueEmailLink(tx, user, purpose, new Date(MONDAY)));
  const kind = purpose === 'verify' ? 'auth.verify_email' : 'auth.password_reset';
  return { email: user.email, token: await linkTokenFor(db, user.email, kind) };
}

/** The rows whose stored payload still contains the token anywhere. */
async function rowsHolding(db: Db, token: string) {
  return (await db.select().from(outbox)).filter((r) => JSON.stringify(r.payload).includes(token));
}

describeDatabases('link tokens in the outbox', (suite) => {
  it('over SMTP: a failed attempt keeps the token for the retry; once delivered, no row holds it', async () => {
    const s = await setUpDelivery(await suite.create(), MONDAY);
    open = s;
    const { email, token } = await queueLink(s.d.db, s.w.customer.userId, 'reset');
    s.smtp.refusing = true;
    expect(await deliverDueNotices(s.d)).toMatchObject({ failed: 1, delivered: 0 });
    expect(await rowsHolding(s.d.db, token)).toHaveLength(1);

    s.smtp.refusing = false;
    s.w.clock.advance(30_000);
    expect(await deliverDueNotices(s.d)).toMatchObject({ delivered: 1, failed: 0 });
    expect(s.smtp.to(email)[0]?.text).toContain(token);
    expect(await rowsHolding(s.d.db, token)).toEqual([]);
    const [row] = await s.d.db.select().from(outbox);
    expect(row?.deliveredAt).not.toBeNull();
    expect(row?.payload).toEqual({ mailed: [email] }); // what else it said stays
  });

  it('into the development mailbox: verification and reset rows lose their tokens when delivered', async () => {
    const s = await setUpDelivery(await suite.create(), MONDAY);
    open = s;
    const db = s.d.db;
    const verify = await queueLink(db, s.w.outsider.userId, 'verify');
    const reset = await queueLink(db, s.w.customer.userId, 'reset');
    expect(await deliverDueNotices(mailboxDelivery(s.w))).toMatchObject({ delivered: 2 });
    const [mail] = await listMailbox(db, { recipient: verify.email, limit: 1 });
    expect(mail?.text).toContain(verify.token);
    expect(await rowsHolding(db, verify.token)).toEqual([]);
    expect(await rowsHolding(db, reset.token)).toEqual([]);
  });

  it('markDelivered drops the token too', async () => {
    const s = await setUpDelivery(await suite.create(), MONDAY);
    open = s;
    const { token } = await queueLink(s.d.db, s.w.customer.userId, 'verify');
    const [row] = await s.d.db.select().from(outbox).where(eq(outbox.kind, 'auth.verify_email'));
    expect(await markDelivered(s.d.db, [row!.id], new Date(MONDAY))).toBe(1);
    expect(await rowsHolding(s.d.db, token)).toEqual([]);
  });
});
