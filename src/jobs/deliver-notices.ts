// Delivers due outbox rows: the portal notice, then the mail to each recipient who wants it.
//
// Exactly once, as far as it can be:
// - The portal notice and the development mailbox are rows with unique (outbox row, user/recipient)
//   indexes, written with ON CONFLICT DO NOTHING: however often a row is retried, once.
// - Over SMTP, "the server accepted it" and "we recorded it" cannot be one atomic step. Each
//   recipient is recorded in the row's payload (`mailed`) the moment the server says 250, so a
//   retry (after an outage, a crash or another recipient's failure) skips whoever got it already.
//   The only window for a duplicate is a crash between the server's 250 and that one-row UPDATE,
//   for that one recipient; the duplicate then carries the same Message-ID, which mail systems
//   recognise as the same message.
// - Rows are leased (outbox-claims.ts), the lease is renewed (compare-and-set) before every send,
//   and SMTP steps time out long before a lease ends, so two workers never mail the same row.
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { type NewMailboxRow, storeMails } from '../db/repositories/mailbox.ts';
import {
  addNotifications,
  mailChoicesOfUsers,
  type NewNotification,
} from '../db/repositories/notifications.ts';
import {
  type ClaimedOutboxRow,
  claimDueOutbox,
  finishOutbox,
  mailedAddresses,
  recordMailed,
  releaseOutbox,
  renewLease,
} from '../db/repositories/outbox-claims.ts';
import { holdUntil } from '../domain/notices/hold-until.ts';
import { wantsMail } from '../domain/notices/kinds.ts';
import { renderMail, renderSubject } from '../mail/render-mail.ts';
import { headersOf, type MailTransport } from '../mail/transport.ts';
import type { NoticeView } from '../mail/view.ts';
import { loadNoticeContexts, type NoticeContext, type Recipient } from './notice-context.ts';

/** What delivery needs: the database, the one clock, where mail goes, and how it is addressed. */
export interface DeliveryDeps {
  db: Db;
  clock: Clock;
  transport: MailTransport;
  /** MAIL_FROM. */
  from: string;
  /** SROK_PUBLIC_URL: links and message ids. */
  publicUrl: string;
  /** How long a claim holds a row (default 5 minutes). */
  leaseMs?: number;
  /** How many rows one batch claims (default 25; the server claims 100 on PostgreSQL). */
  batchSize?: number;
  /** Told of each failed attempt (it is retried anyway). */
  onError?: (err: unknown, outboxId: number) => void;
}

/** How one claimed row ended: delivered, held till working time, failed (retried later), or lost to another worker. */
export type DeliveryOutcome = 'delivered' | 'held' | 'failed' | 'lost';

const LEASE_MS = 5 * 60_000;
// Under load a batch fills up: its dozen statements then serve that many notices.
const BATCH = 25;
const MAX_BATCHES = 40;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Delay before attempt n+1 after n failures: 30 s, 1 min, 2 min … at most an hour; never gives up. */
export function retryDelay(failures: number): number {
  return Math.min(30_000 * 2 ** Math.min(failures, 20), 3_600_000);
}

/** Delivers every due row (up to a bound per call); returns how many ended each way. */
export async function deliverDueNotices(d: DeliveryDeps): Promise<Record<DeliveryOutcome, number>> {
  const tally: Record<DeliveryOutcome, number> = { delivered: 0, held: 0, failed: 0, lost: 0 };
  const size = d.batchSize ?? BATCH;
  for (let i = 0; i < MAX_BATCHES; i++) {
    await nextTurn(); // the embedded database answers in microtasks: let requests in between batches
    const now = d.clock.now();
    const rows = await claimDueOutbox(d.db, new Date(now), new Date(now + (d.leaseMs ?? LEASE_MS)), size);
    if (rows.length === 0) break;
    for (const outcome of (await deliverBatch(d, rows)).values()) tally[outcome]++;
    if (rows.length < size) break; // a partial batch: nothing else was due
  }
  return tally;
}

/**
 * Delivers a claimed batch. The reads, the portal notices, the development mailbox and the final
 * marks each take one statement for the whole batch, so a busy minute costs a few statements per
 * batch rather than per notice; mail over SMTP goes row by row. A row that cannot be worded fails
 * alone; a failing statement fails every row not yet settled. Failed rows are handed back with
 * backoff, counting the attempt.
 */
async function deliverBatch(
  d: DeliveryDeps,
  rows: readonly ClaimedOutboxRow[],
): Promise<Map<number, DeliveryOutcome>> {
  const settled = new Map<number, DeliveryOutcome>();
  const errors = new Map<number, string>();
  const leases = new Map(rows.map((r) => [r.id, r.lease]));
  const fail = (row: ClaimedOutboxRow, err: unknown) => {
    d.onError?.(err, row.id);
    errors.set(row.id, err instanceof Error ? err.message : String(err));
  };
  /** Runs one row's own part; a throw fails that row only. */
  const each = <T>(row: ClaimedOutboxRow, work: () => T[]): T[] => {
    try {
      return work();
    } catch (err) {
      fail(row, err);
      return [];
    }
  };
  try {
    const contexts = await loadNoticeContexts(d.db, rows);
    const now = d.clock.now();
    const items = rows.map((row) => ({ row, ctx: contexts.get(row.id)! }));
    await addNotifications(
      d.db,
      items.flatMap(({ row, ctx }) => each(row, () => portalNotices(d, row, ctx, now))),
    );
    // Support's alerts at night wait for working time (the portal notice is there already).
    const held = new Map<string, { till: number; rows: ClaimedOutboxRow[] }>();
    const due: typeof items = [];
    for (const item of items) {
      if (errors.has(item.row.id)) continue;
      const till = holdUntil(item.row.dueAt.getTime(), item.ctx.audience, item.ctx.hold);
      if (till <= now) {
        due.push(item);
        continue;
      }
      const key = `${till} ${item.row.lease.getTime()}`;
      const group = held.get(key) ?? { till, rows: [] };
      group.rows.push(item.row);
      held.set(key, group);
    }
    for (const { till, rows: group } of held.values()) {
      const released = await releaseOutbox(d.db, ids(group), group[0]!.lease, new Date(till), null);
      for (const row of group) settled.set(row.id, released.has(row.id) ? 'held' : 'lost');
    }
    const choices = await mailChoicesOfUsers(d.db, [
      ...new Set(due.flatMap(({ ctx }) => ctx.recipients.flatMap((r) => (r.userId ? [r.userId] : [])))),
    ]);
    const wanted = (row: ClaimedOutboxRow, ctx: NoticeContext) => {
      const mailed = mailedAddresses(row);
      return ctx.recipients.filter(
        (r) =>
          !mailed.has(r.email) &&
          wantsMail(row.kind, r.userId ? choices.get(r.userId)?.get(row.kind) : undefined),
      );
    };
    if (d.transport.kind === 'mailbox') {
      // Exactly once by the unique index, so the whole fan-out is a few statements (no per-recipient marks).
      const at = new Date(d.clock.now());
      const stored: ClaimedOutboxRow[] = [];
      const mails = due.flatMap(({ row, ctx }) =>
        each(row, () => {
          const rendered = mailboxRows(d, row, ctx, wanted(row, ctx), at);
          stored.push(row);
          return rendered;
        }),
      );
      await storeMails(d.db, mails);
      await finishOutbox(d.db, ids(stored), new Date(d.clock.now()));
      for (const row of stored) settled.set(row.id, 'delivered');
    } else {
      for (const { row, ctx } of due)
        settled.set(row.id, await mailOverSmtp(d, row, ctx, wanted(row, ctx), leases));
    }
  } catch (err) {
    for (const row of rows) if (!settled.has(row.id) && !errors.has(row.id)) fail(row, err);
  }
  for (const row of rows) {
    const error = errors.get(row.id);
    if (settled.has(row.id) || error === undefined) continue;
    const retryAt = new Date(d.clock.now() + retryDelay(row.attempts));
    await releaseOutbox(d.db, [row.id], leases.get(row.id)!, retryAt, error);
    settled.set(row.id, 'failed');
  }
  return settled;
}

/** Mails one row's recipients over SMTP, renewing its lease before each; hands it back on failures. */
async function mailOverSmtp(
  d: DeliveryDeps,
  row: ClaimedOutboxRow,
  ctx: NoticeContext,
  recipients: readonly Recipient[],
  leases: Map<number, Date>,
): Promise<DeliveryOutcome> {
  const failures: string[] = [];
  for (const r of recipients) {
    const until = new Date(d.clock.now() + (d.leaseMs ?? LEASE_MS));
    if ((await renewLease(d.db, row.id, leases.get(row.id)!, until)) === false) return 'lost'; // another worker took over
    leases.set(row.id, until);
    try {
      await sendTo(d, row, ctx, r);
    } catch (err) {
      d.onError?.(err, row.id);
      failures.push(`${r.email}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (failures.length === 0) {
    await finishOutbox(d.db, [row.id], new Date(d.clock.now()));
    return 'delivered';
  }
  const retryAt = new Date(d.clock.now() + retryDelay(row.attempts));
  await releaseOutbox(d.db, [row.id], leases.get(row.id)!, retryAt, failures.join('; '));
  return 'failed';
}

async function sendTo(
  d: DeliveryDeps,
  row: ClaimedOutboxRow,
  ctx: NoticeContext,
  r: Recipient,
): Promise<void> {
  const mail = renderMail(viewOf(d, row, ctx, r.name, r.lang), {
    outboxId: row.id,
    from: d.from,
    to: { name: r.name, address: r.email },
  });
  if (d.transport.kind !== 'smtp') throw new Error('sendTo is for SMTP; the mailbox stores a batch');
  await d.transport.send(mail);
  await recordMailed(d.db, row.id, r.email); // the duplicate window closes here
}

/** The development mailbox's rows of one notice, one per recipient. */
function mailboxRows(
  d: DeliveryDeps,
  row: ClaimedOutboxRow,
  ctx: NoticeContext,
  recipients: readonly Recipient[],
  at: Date,
): NewMailboxRow[] {
  return recipients.map((r) => {
    const mail = renderMail(viewOf(d, row, ctx, r.name, r.lang), {
      outboxId: row.id,
      from: d.from,
      to: { name: r.name, address: r.email },
    });
    return {
      outboxId: row.id,
      messageId: mail.messageId,
      recipient: r.email.toLowerCase(),
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: headersOf(mail, at),
      createdAt: at,
    };
  });
}

/** Every ticket and build notice also appears in the recipient's portal list (R11); account mail does not. */
function portalNotices(
  d: DeliveryDeps,
  row: ClaimedOutboxRow,
  ctx: NoticeContext,
  now: number,
): NewNotification[] {
  if (ctx.audience === 'account') return [];
  const users = ctx.recipients.filter((r): r is Recipient & { userId: string } => r.userId !== null);
  // The subject names the ticket and the notice, not the reader: render it once per language.
  const titles = new Map<string, string>();
  const title = (lang: 'ru' | 'en', name: string) => {
    let subject = titles.get(lang);
    if (subject === undefined) {
      subject = renderSubject(viewOf(d, row, ctx, name, lang));
      titles.set(lang, subject);
    }
    return subject;
  };
  // A notice about several tickets (a build's) keeps their numbers, so the portal links each.
  const listed = (row.payload as { ticketNumbers?: unknown } | null)?.ticketNumbers;
  const tickets = Array.isArray(listed) ? listed.filter((n): n is number => Number.isSafeInteger(n)) : [];
  return users.map((u) => ({
    userId: u.userId,
    outboxId: row.id,
    kind: row.kind,
    ticketNumber: ctx.ticket?.number ?? null,
    payload: {
      title: { ru: title('ru', u.name), en: title('en', u.name) },
      event: ctx.event?.type ?? null,
      ...(tickets.length > 0 ? { tickets } : {}),
    },
    createdAt: new Date(now),
  }));
}

function viewOf(
  d: DeliveryDeps,
  row: ClaimedOutboxRow,
  ctx: NoticeContext,
  name: string,
  lang: 'ru' | 'en',
): NoticeView {
  const { mailed: _mailed, ...data } = (row.payload ?? {}) as Record<string, unknown>;
  return {
    kind: row.kind,
    lang,
    recipientName: name,
    ticket: ctx.ticket,
    event: ctx.event,
    data,
    publicUrl: d.publicUrl,
    timeZone: ctx.timeZone,
  };
}

function ids(rows: readonly ClaimedOutboxRow[]): number[] {
  return rows.map((r) => r.id);
}
