// POST /api/tickets/{number}/merge: support closes a duplicate into another ticket of the same
// organization; the customer is told where the work goes on; refusals are typed and change nothing.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { getTicketByNumber } from '../../db/repositories/tickets.ts';
import { auditLog, outbox } from '../../db/schema.ts';
import { describeDatabases, describePostgres } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import type { TestClient } from '../test-app.ts';
import { post, setUpTickets, type TicketTestApp } from './test-support.ts';

const MONDAY = msk('2026-11-23T10:00');
const merging = async (
  client: TestClient,
  n: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  const res = await client.request(post(`/api/tickets/${n}/merge`, body, headers));
  return { status: res.statusCode, body: res.json(), etag: res.headers.etag };
};
const page = async (client: TestClient, n: number) =>
  (await client.request({ method: 'GET', url: `/api/tickets/${n}` })).json();
const versions = async (t: TicketTestApp, ...numbers: number[]) =>
  Promise.all(numbers.map(async (n) => (await getTicketByNumber(t.database.db, n))!.version));

describeDatabases('merging tickets', (suite) => {
  it('closes the duplicate as merged, records it on both tickets, and queues the customer’s notice', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const duplicate = await t.file('own', { subject: 'Печать не работает' });
    const main = await t.file('own');
    await t.act(duplicate, 'engineer', { type: 'reply', text: 'Смотрим' });

    const merged = await merging(t.as.engineer, duplicate, {
      into: main,
      comment: 'Та же ошибка, что в SR-2',
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ status: 'closed', closeReason: 'merged', mergedInto: main });
    expect(merged.etag).toBe(`"${merged.body.version}"`);
    const live = merged.body.sla.clocks.filter((c: { status: string }) =>
      ['running', 'paused'].includes(c.status),
    );
    expect(live).toEqual([]);

    // The customer sees where the work went, with the comment, and the joined ticket lists the duplicate.
    const seen = await page(t.as.customer, duplicate);
    expect(seen.mergedInto).toBe(main);
    expect(seen.conversation).toContainEqual(
      expect.objectContaining({ type: 'merged_into', mergedInto: main, text: 'Та же ошибка, что в SR-2' }),
    );
    const joined = await page(t.as.customer, main);
    expect(joined).toMatchObject({ status: 'new', mergedFrom: [duplicate], mergedInto: null });
    expect(joined.conversation.at(-1)).toMatchObject({ type: 'merged_from', mergedFrom: duplicate });

    const notices = await t.database.db.select().from(outbox).where(eq(outbox.kind, 'ticket.merged'));
    const duplicateId = (await getTicketByNumber(t.database.db, duplicate))!.id;
    expect(notices).toMatchObject([{ ticketId: duplicateId, recipientUserId: t.world.customer.userId }]);

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'ticket'));
    expect(audit.map((a) => [a.action, a.entityId, a.actorId])).toEqual(
      expect.arrayContaining([
        ['ticket.merged', String(duplicate), t.world.engineer.userId],
        ['ticket.merged_in', String(main), t.world.engineer.userId],
      ]),
    );

    // R17 still holds: the customer writing on the merged ticket registers a linked follow-up.
    const reply = await t.as.customer.request(post(`/api/tickets/${duplicate}/replies`, { text: 'И ещё' }));
    expect(reply.statusCode).toBe(201);
    expect(reply.json().followsUp).toBe(duplicate);
  });

  it('tells whoever works the surviving ticket what joined it; an unassigned one alerts nobody', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const [duplicate, main, other, lone] = [
      await t.file('own'),
      await t.file('own'),
      await t.file('own'),
      await t.file('own'),
    ];
    await t.act(main, 'lead', { type: 'assign', assigneeId: t.world.engineer.userId });
    expect((await merging(t.as.lead, duplicate, { into: main })).status).toBe(200);
    expect((await merging(t.as.lead, other, { into: lone })).status).toBe(200);

    const joined = await t.database.db.select().from(outbox).where(eq(outbox.kind, 'ticket.merged_in'));
    const mainId = (await getTicketByNumber(t.database.db, main))!.id;
    expect(joined).toMatchObject([{ ticketId: mainId, recipientUserId: t.world.engineer.userId }]);
  });

  it('support may merge, customers may not; a refusal changes neither ticket', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const clients = {
      anonymous: [t.anonymous, 401],
      customer: [t.as.customer, 403],
      otherCustomer: [t.otherCustomer, 403],
      outsider: [t.as.outsider, 403],
      engineer: [t.as.engineer, 200],
      lead: [t.as.lead, 200],
      admin: [t.as.admin, 200],
    } as const;
    for (const [role, [client, expected]] of Object.entries(clients)) {
      const duplicate = await t.file('own');
      const main = await t.file('own');
      const before = await versions(t, duplicate, main);
      const res = await merging(client, duplicate, { into: main });
      expect(res.status, role).toBe(expected);
      if (expected === 200) {
        expect(res.body.mergedInto, role).toBe(main);
        continue;
      }
      expect(Object.keys(res.body), role).toEqual(['error']);
      expect(await versions(t, duplicate, main), role).toEqual(before);
    }
  });

  it('refuses with typed, localized errors; another organization’s ticket looks like a missing one (R22)', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const duplicate = await t.file('own');
    const closed = await t.file('own');
    await t.act(closed, 'customer', { type: 'withdraw' });
    const foreign = await t.file('other', { subject: 'Тема другой организации' });
    const before = await versions(t, duplicate, closed, foreign);

    const refusals: Array<[number, unknown, number, string]> = [
      [duplicate, { into: duplicate }, 422, 'ticket.merge_self'],
      [duplicate, { into: closed }, 422, 'ticket.merge_target_closed'],
      [closed, { into: duplicate }, 409, 'ticket.merge_closed'],
      [duplicate, { into: foreign }, 404, 'ticket.not_found'],
      [duplicate, { into: 999_999 }, 404, 'ticket.not_found'],
      [duplicate, {}, 400, 'request.invalid'],
      [duplicate, { into: closed, comment: '   ' }, 400, 'request.invalid'],
    ];
    for (const [n, body, status, code] of refusals) {
      const res = await merging(t.as.lead, n, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      if (status !== 400) expect(res.body.error.code).toBe(code);
    }
    const foreignRefusal = await merging(t.as.lead, duplicate, { into: foreign });
    const missing = await merging(t.as.lead, duplicate, { into: 999_999 });
    expect(foreignRefusal.body.error.message).toBe(`Обращение SR-${foreign} не найдено`);
    expect(missing.body.error.message).toBe('Обращение SR-999999 не найдено');
    expect(JSON.stringify(foreignRefusal.body)).not.toContain('Тема другой организации');

    const en = await merging(t.as.lead, duplicate, { into: duplicate }, { 'accept-language': 'en' });
    expect(en.body.error.message).toBe(`A ticket cannot be merged into itself (SR-${duplicate})`);
    expect(await versions(t, duplicate, closed, foreign)).toEqual(before);
  });

  it('honours Idempotency-Key and If-Match like every action', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const duplicate = await t.file('own');
    const main = await t.file('own');
    const stale = `"${(await versions(t, duplicate))[0]}"`;
    await t.act(duplicate, 'engineer', { type: 'note', text: 'Похоже на дубликат' });
    const conflict = await merging(t.as.engineer, duplicate, { into: main }, { 'if-match': stale });
    expect(conflict).toMatchObject({ status: 409, body: { error: { code: 'ticket.version_conflict' } } });
    expect((await page(t.as.engineer, main)).mergedFrom).toEqual([]);

    const key = { 'idempotency-key': 'merge-1' };
    const first = await merging(t.as.engineer, duplicate, { into: main }, key);
    const again = await merging(t.as.engineer, duplicate, { into: main }, key);
    expect(first.status).toBe(200);
    expect(again).toEqual(first);
    const joined = await page(t.as.engineer, main);
    expect(joined.conversation.filter((e: { type: string }) => e.type === 'merged_from')).toHaveLength(1);
    expect((await merging(t.as.engineer, duplicate, { into: main })).status).toBe(409);
  });

  it('is documented in the API with a summary and the shared action tag', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const doc = (await t.anonymous.request({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/tickets/{number}/merge'].post;
    expect(op.summary).toMatch(/Объединить/);
    expect(op.tags).toEqual(['Действия с обращением']);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '403', '404', '409', '422']));
    const names = op.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['if-match', 'idempotency-key']));
  });
});

describePostgres('merging tickets concurrently', (suite) => {
  it('two tickets merged into each other at once: one wins, the other finds its target closed', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    for (let round = 0; round < 6; round++) {
      const a = await t.file('own');
      const b = await t.file('own');
      const [ab, ba] = await Promise.all([
        merging(t.as.engineer, a, { into: b }),
        merging(t.as.lead, b, { into: a }),
      ]);
      const outcomes = [ab, ba].map((r) => (r.status === 200 ? 'merged' : r.body.error.code)).sort();
      expect(outcomes, `round ${round}`).toEqual(['merged', 'ticket.merge_target_closed']);
      const open = (await Promise.all([page(t.as.lead, a), page(t.as.lead, b)])).filter(
        (p) => p.status !== 'closed',
      );
      expect(open).toHaveLength(1);
    }
  });
});
