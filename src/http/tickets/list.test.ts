// GET /api/tickets: scope (R22), filters, order and cursor pages (search: search.test.ts).
import { expect, it } from 'vitest';
import { sweepSla } from '../../commands/sweep-sla.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import type { TestClient } from '../test-app.ts';
import { setUpTickets } from './test-support.ts';

const MONDAY = msk('2026-11-23T10:00');
const list = async (client: TestClient, query = '') => {
  const res = await client.request({ method: 'GET', url: `/api/tickets${query}` });
  return { status: res.statusCode, body: res.json() };
};
const numbers = (body: { items: Array<{ number: number }> }) => body.items.map((i) => i.number);

describeDatabases('GET /api/tickets', (suite) => {
  it("customers see only their organization's tickets; support sees all, with counts per status", async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const own = await t.file('own');
    const foreign = await t.file('other');
    await t.act(own, 'engineer', { type: 'reply', text: 'Смотрим' });

    const customer = await list(t.as.customer);
    expect(customer.status).toBe(200);
    expect(numbers(customer.body)).toEqual([own]);
    expect(customer.body.counts).toEqual({
      new: 0,
      in_progress: 1,
      waiting_customer: 0,
      solution_proposed: 0,
      closed: 0,
    });
    expect(JSON.stringify(customer.body)).not.toContain(t.other.organizationId);
    expect(numbers((await list(t.otherCustomer)).body)).toEqual([foreign]);
    expect((await list(t.as.outsider)).body).toMatchObject({ items: [], nextCursor: null });
    for (const role of ['engineer', 'lead', 'admin'] as const) {
      const all = await list(t.as[role]);
      expect(numbers(all.body).sort()).toEqual([own, foreign].sort());
      expect(all.body.counts.new + all.body.counts.in_progress).toBe(2);
    }
    expect((await list(t.anonymous)).status).toBe(401);
  });

  it('filters by status (repeated or comma-separated), type, priority, assignee, dispute and organization', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const a = await t.file('own', { type: 'request', priority: 'low' });
    const b = await t.file('own');
    const c = await t.file('other', { type: 'problem' });
    await t.act(b, 'engineer', { type: 'assign', assigneeId: t.world.engineer.userId });
    await t.act(c, 'engineer', { type: 'propose', kind: 'workaround', text: 'Обходной путь' });
    await t.act(c, 'lead', {
      type: 'change_parameters',
      changes: { priority: 'normal' },
      reason: 'Не блокирует работу',
    });
    await t.act(c, 'otherCustomer', { type: 'dispute', text: 'Не согласны' });
    const sorted = (q: string) => list(t.as.lead, q).then((r) => numbers(r.body).sort());

    expect(await sorted('?status=new')).toEqual([a]);
    expect(await sorted('?status=in_progress&status=solution_proposed')).toEqual([b, c]);
    expect(await sorted('?status=in_progress,solution_proposed')).toEqual([b, c]);
    expect(await sorted('?type=request')).toEqual([a]);
    expect(await sorted('?priority=low')).toEqual([a]);
    expect(await sorted(`?assignee=${t.world.engineer.userId}`)).toEqual([b]);
    expect(await sorted('?assignee=none')).toEqual([a, c]);
    expect(numbers((await list(t.as.engineer, '?assignee=me')).body)).toEqual([b]);
    expect(await sorted('?dispute=open')).toEqual([c]);
    expect(await sorted(`?organization=${t.other.organizationId}`)).toEqual([c]);
    // Counts follow every filter but the status one, so each status tab shows what it would list.
    const counted = await list(t.as.lead, '?status=new&type=incident');
    expect(numbers(counted.body)).toEqual([]);
    expect(counted.body.counts).toMatchObject({ new: 0, in_progress: 1, solution_proposed: 0 });

    expect(numbers((await list(t.as.customer, `?organization=${t.world.organizationId}`)).body)).toHaveLength(
      2,
    );
    const refused = await list(t.as.customer, `?organization=${t.other.organizationId}`);
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).not.toContain(String(c));
  });

  it('a customer naming another organization learns nothing: 404 exactly as for one that does not exist (R22)', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    await t.file('other');
    const missing = '00000000-0000-4000-8000-000000000000';
    const answer = async (client: TestClient, id: string) => {
      const res = await list(client, `?organization=${id}`);
      return {
        status: res.status,
        code: res.body.error?.code,
        text: res.body.error?.message.replace(id, '<id>'),
      };
    };
    const foreign = await answer(t.as.customer, t.other.organizationId);
    expect(foreign).toEqual({ status: 404, code: 'organization.not_found', text: expect.any(String) });
    expect(await answer(t.as.customer, missing)).toEqual(foreign);
    // A customer not yet linked to any organization gets the same answer.
    expect(await answer(t.as.outsider, t.other.organizationId)).toEqual(foreign);
    expect(await answer(t.as.outsider, missing)).toEqual(foreign);
  });

  it('orders support by nearest deadline and customers newest first; cursors page without gaps or repeats', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const filed: number[] = [];
    for (let i = 0; i < 7; i++) {
      filed.push(await t.file('own', { priority: i % 2 === 0 ? 'low' : 'critical' }));
      t.world.clock.advance(60_000);
    }
    await t.act(filed[0]!, 'customer', { type: 'withdraw' }); // closed: no deadline, last in the queue
    const walk = async (client: TestClient, query: string) => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: {
          status: number;
          body: { items: Array<{ number: number }>; nextCursor: string | null };
        } = await list(client, `${query}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...numbers(page.body));
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    };
    const queue = (await list(t.as.engineer, '?limit=100')).body.items as Array<{
      number: number;
      nextDueAt: string | null;
    }>;
    const dues = queue.map((i) => i.nextDueAt);
    expect(dues.at(-1)).toBeNull();
    const known = dues.filter((d): d is string => d !== null);
    expect(known).toEqual([...known].sort());
    expect(await walk(t.as.engineer, '?order=due')).toEqual(numbers({ items: queue }));
    expect(await walk(t.as.customer, '?order=created')).toEqual([...filed].reverse());
    expect(numbers((await list(t.as.customer)).body)).toEqual([...filed].reverse());
  });

  it('marks rows whose counting clock breached its deadline (alert), and none before', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const number = await t.file('own');
    const alertOfRow = async () => (await list(t.as.engineer)).body.items[0].alert;
    expect(await alertOfRow()).toBeNull();
    t.world.clock.set(msk('2026-12-23T10:00'));
    await sweepSla(t.world.deps);
    const row = (await list(t.as.engineer)).body.items[0];
    expect(row).toMatchObject({ number, alert: 'breached' });
  });

  it('marks a breach as soon as the deadline passes, though the sweeper has not recorded it yet', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const number = await t.file('own');
    const { nextDueAt } = (await list(t.as.engineer)).body.items[0];
    t.world.clock.set(Date.parse(nextDueAt) - 1);
    expect((await list(t.as.engineer)).body.items[0].alert).not.toBe('breached');
    t.world.clock.set(Date.parse(nextDueAt)); // no sweep ran: the flags still say nothing
    expect((await list(t.as.engineer)).body.items[0]).toMatchObject({ number, alert: 'breached' });
    const page = await t.as.engineer.request({ method: 'GET', url: `/api/tickets/${number}` });
    expect(page.json().alert).toBe('breached');
  });

  it('refuses bad paging and filters with 400', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    await t.file('own');
    await t.file('own');
    const first = await list(t.as.engineer, '?order=due&limit=1');
    const dueCursor = first.body.nextCursor as string;
    expect(dueCursor).toEqual(expect.any(String));
    for (const query of [
      '?limit=101',
      '?limit=0',
      '?limit=ten',
      '?status=open',
      '?type=bug',
      '?assignee=somebody',
      '?organization=42',
      '?dispute=closed',
      '?order=random',
      '?cursor=not-a-cursor',
      `?order=created&cursor=${dueCursor}`,
      '?q=',
      `?q=${'x'.repeat(201)}`,
      '?q=%00',
      '?unknown=1',
    ]) {
      const res = await list(t.as.engineer, query);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code, query).toBe('request.invalid');
    }
  });
});
