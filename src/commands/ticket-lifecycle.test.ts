// The lifecycle through the persistence layer, on PGlite and (with TEST_DATABASE_URL) PostgreSQL.
import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { listEvents } from '../db/repositories/ticket-events.ts';
import { getTicketByNumber } from '../db/repositories/tickets.ts';
import { getUserById, upsertUser } from '../db/repositories/users.ts';
import { outbox, tickets } from '../db/schema.ts';
import { describeDatabases } from '../db/test-database.ts';
import { DomainError } from '../domain/errors.ts';
import { msk } from '../domain/tickets/test-support.ts';
import { actOnTicket } from './act-on-ticket.ts';
import { fileTicket } from './file-ticket.ts';
import { sweepSla } from './sweep-sla.ts';
import { buildWorld, type World } from './test-world.ts';

const incident = (w: World, extra = {}) => ({
  requesterId: w.customer.userId,
  type: 'incident' as const,
  priority: 'high' as const,
  subject: 'Не сохраняется документ',
  description: 'При сохранении — ошибка 500',
  ...extra,
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  return 'no error';
}

describeDatabases('ticket lifecycle', (suite) => {
  it('files with a number, deadlines, first events and notices in one go (R4.1, R12)', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-20T16:30')); // Friday
    const filed = await fileTicket(w.deps, incident(w));
    expect(filed.number).toBeGreaterThanOrEqual(1000);
    expect(filed.reactionDueAt).toBe(new Date(msk('2026-11-23T12:30')).toISOString()); // Monday 12:30
    const events = await listEvents(db.db, filed.id);
    expect(events.map((e) => e.type)).toEqual(['filed', 'clock', 'clock']);
    const notices = await db.db.select().from(outbox).where(eq(outbox.ticketId, filed.id));
    expect(notices.map((n) => n.kind).sort()).toEqual(['ticket.new', 'ticket.registered']);
  });

  it('refuses someone who is not an authorized contact and writes nothing (R10)', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-20T16:30'));
    expect(await codeOf(fileTicket(w.deps, incident(w, { requesterId: w.outsider.userId })))).toBe(
      'ticket.not_authorized_contact',
    );
    const [n] = await db.db.select({ n: count() }).from(tickets);
    expect(n?.n).toBe(0);
  });

  it('filing is idempotent under a key: a retry returns the first ticket', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-20T10:00'));
    const a = await fileTicket(w.deps, incident(w, { idempotencyKey: 'k-1' }));
    const b = await fileTicket(w.deps, incident(w, { idempotencyKey: 'k-1' }));
    expect(b).toEqual(a);
    const [n] = await db.db.select({ n: count() }).from(tickets);
    expect(n?.n).toBe(1);
  });

  it('waiting over a weekend costs nothing; the reply resumes the clock (R9)', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-20T09:00'));
    const { number } = await fileTicket(w.deps, incident(w));
    w.clock.set(msk('2026-11-20T13:00'));
    const ask = { type: 'request_info' as const, kind: 'information' as const, text: 'Пришлите журнал' };
    await actOnTicket(w.deps, { ticketNumber: number, actor: w.engineer, command: ask });
    w.clock.set(msk('2026-11-23T11:00'));
    const r = await actOnTicket(w.deps, {
      ticketNumber: number,
      actor: w.customer,
      organizationId: w.organizationId,
      command: { type: 'customer_reply', text: 'Журнал во вложении' },
    });
    expect(r.ticket.status).toBe('in_progress');
    expect(r.ticket.solutionDueAt?.getTime()).toBe(msk('2026-11-24T15:00'));
  });

  it('a rejection restarts the solution clock; auto-close fires once at 15 calendar days (R8, R16)', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-02T09:00'));
    const { number } = await fileTicket(w.deps, incident(w));
    const act = (actor: World['customer'], command: Parameters<typeof actOnTicket>[1]['command']) =>
      actOnTicket(w.deps, { ticketNumber: number, actor, organizationId: w.organizationId, command });
    w.clock.set(msk('2026-11-03T10:00'));
    await act(w.engineer, { type: 'propose', kind: 'solution', text: 'Обновите настройки' });
    w.clock.set(msk('2026-11-12T10:00'));
    const rejected = await act(w.customer, { type: 'reject', comment: 'Не помогло' });
    expect(rejected.ticket.cycle).toBe(2);
    expect(rejected.ticket.solutionDueAt?.getTime()).toBe(msk('2026-11-16T10:00'));
    w.clock.set(msk('2026-11-13T10:00'));
    await act(w.engineer, { type: 'propose', kind: 'workaround', text: 'Обходной путь' });
    expect((await sweepSla(w.deps, { now: msk('2026-11-25T09:59') })).events).toBe(0);
    expect((await sweepSla(w.deps, { now: msk('2026-11-25T10:00') })).events).toBe(1); // reminder 3 days before
    expect((await sweepSla(w.deps, { now: msk('2026-11-28T09:59') })).events).toBe(0);
    expect((await sweepSla(w.deps, { now: msk('2026-11-28T10:00') })).events).toBe(2);
    expect((await sweepSla(w.deps, { now: msk('2026-11-28T10:00') })).events).toBe(0);
    const row = await getTicketByNumber(db.db, number);
    expect(row?.status).toBe('closed');
    expect(row?.nextSweepAt).toBeNull();
    const kinds = (await db.db.select().from(outbox).where(eq(outbox.ticketId, row!.id))).map((n) => n.kind);
    expect(kinds.filter((k) => k === 'ticket.auto_closed')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'ticket.auto_close_reminder')).toHaveLength(1);
  });

  it("a ticket taken over from a colleague tells the colleague; giving up one's own tells nobody (R11, R20)", async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-23T10:00'));
    const { id, number } = await fileTicket(w.deps, incident(w));
    const act = (actor: World['customer'], command: Parameters<typeof actOnTicket>[1]['command']) =>
      actOnTicket(w.deps, { ticketNumber: number, actor, organizationId: w.organizationId, command });
    const colleague = await upsertUser(db.db, {
      email: `eng2-${id}@srok.test`,
      name: 'Борис',
      role: 'engineer',
    });
    await act(w.lead, { type: 'assign', assigneeId: colleague.id });
    await act(w.engineer, { type: 'take' });
    await act(w.engineer, { type: 'assign', assigneeId: null });
    const rows = await db.db.select().from(outbox).where(eq(outbox.ticketId, id));
    const about = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.recipientUserId);
    expect(about('ticket.assigned')).toEqual([colleague.id, w.engineer.userId]);
    expect(about('ticket.unassigned')).toEqual([colleague.id]);
  });

  it('the sweeper marks a breach once and tells support', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-23T09:00'));
    const { id } = await fileTicket(w.deps, incident(w));
    expect((await sweepSla(w.deps, { now: msk('2026-11-23T12:12') })).events).toBe(1); // warning
    expect((await sweepSla(w.deps, { now: msk('2026-11-23T13:30') })).events).toBe(1); // breach
    expect((await sweepSla(w.deps, { now: msk('2026-11-23T13:31') })).tickets).toBe(0);
    const kinds = (await db.db.select().from(outbox).where(eq(outbox.ticketId, id))).map((n) => n.kind);
    expect(kinds).toContain('sla.reaction.warning');
    expect(kinds).toContain('sla.reaction.breached');
  });

  it('a retarget keeps consumed time (R15)', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-02T09:00'));
    const { number } = await fileTicket(w.deps, incident(w));
    w.clock.set(msk('2026-11-02T13:00'));
    const r = await actOnTicket(w.deps, {
      ticketNumber: number,
      actor: w.lead,
      command: {
        type: 'set_deadline',
        clock: 'solution',
        dueAt: msk('2026-11-05T12:00'),
        reason: 'Согласовано',
      },
    });
    expect(r.ticket.solutionDueAt?.getTime()).toBe(msk('2026-11-05T12:00'));
    const events = await listEvents(db.db, r.ticket.id);
    expect(events.at(-1)?.payload).toMatchObject({ clock: 'solution', action: 'retargeted' });
  });

  it('two engineers changing the same ticket: the second gets a conflict, never a lost update', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-02T09:00'));
    const { number } = await fileTicket(w.deps, incident(w));
    const seen = (await getTicketByNumber(db.db, number))!.version;
    await actOnTicket(w.deps, {
      ticketNumber: number,
      actor: w.engineer,
      expectedVersion: seen,
      command: { type: 'reply', text: 'Первый' },
    });
    expect(
      await codeOf(
        actOnTicket(w.deps, {
          ticketNumber: number,
          actor: w.lead,
          expectedVersion: seen,
          command: { type: 'reply', text: 'Второй' },
        }),
      ),
    ).toBe('ticket.version_conflict');
  });

  it('customers see only their organization: a foreign ticket is not found (R22)', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-02T09:00'));
    const other = await buildWorld(db.db, msk('2026-11-02T09:00'));
    const { number } = await fileTicket(w.deps, incident(w));
    expect(
      await codeOf(
        actOnTicket(w.deps, {
          ticketNumber: number,
          actor: other.customer,
          organizationId: other.organizationId,
          command: { type: 'withdraw' },
        }),
      ),
    ).toBe('ticket.not_found');
  });

  it('a message on a closed ticket opens a new ticket linked to it (R17)', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-02T09:00'));
    const { number, id } = await fileTicket(w.deps, incident(w));
    const by = (actor: World['customer']) => ({
      ticketNumber: number,
      actor,
      organizationId: w.organizationId,
    });
    await actOnTicket(w.deps, { ...by(w.customer), command: { type: 'withdraw' } });
    const r = await actOnTicket(w.deps, {
      ...by(w.customer),
      command: { type: 'customer_reply', text: 'Ошибка вернулась' },
    });
    expect(r.followUp?.number).toBeGreaterThan(number);
    const followUp = await getTicketByNumber(db.db, r.followUp!.number);
    expect(followUp?.followsUpTicketId).toBe(id);
    expect(followUp?.description).toBe('Ошибка вернулась');
    expect(followUp?.subject).toBe(`Продолжение обращения SR-${number}: Не сохраняется документ`);
  });

  it("a follow-up's subject is in the requester's language (R2, R17)", async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-02T09:00'));
    const me = (await getUserById(db.db, w.customer.userId))!;
    await upsertUser(db.db, { ...me, lang: 'en' });
    const { number } = await fileTicket(w.deps, incident(w));
    const by = { ticketNumber: number, actor: w.customer, organizationId: w.organizationId };
    await actOnTicket(w.deps, { ...by, command: { type: 'withdraw' } });
    const r = await actOnTicket(w.deps, { ...by, command: { type: 'reject', comment: 'Не помогло' } });
    const followUp = await getTicketByNumber(db.db, r.followUp!.number);
    expect(followUp?.subject).toBe(`Follow-up to ticket SR-${number}: Не сохраняется документ`);
    expect(followUp?.description).toBe('Не помогло');
  });
});
