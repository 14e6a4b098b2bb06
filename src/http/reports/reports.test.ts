// R21 over HTTP: compliance per group and period, breaches with why, CSV for Excel, and who may read.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { sweepSla } from '../../commands/sweep-sla.ts';
import { organizations } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import type { TestClient } from '../test-app.ts';
import { setUpTickets, type TicketTestApp } from '../tickets/test-support.ts';

const MONDAY = msk('2026-11-16T10:00');
const get = async (client: TestClient, url: string, headers: Record<string, string> = {}) =>
  client.request({ method: 'GET', url, headers });

// A: reaction met, solution late; B (other organization): both late; C: a request solved at once.
async function seed(t: TicketTestApp): Promise<{ a: number; b: number; c: number }> {
  const a = await t.file('own');
  await t.act(a, 'engineer', { type: 'reply', text: 'Смотрим' });
  const b = await t.file('other', { subject: 'Падает импорт' });
  const c = await t.file('own', { type: 'request', priority: 'low', subject: 'Как выгрузить' });
  await t.act(c, 'engineer', { type: 'propose', kind: 'solution', text: 'Меню «Файл»' });
  t.world.clock.set(msk('2026-11-20T10:00'));
  await sweepSla(t.deps);
  return { a, b, c };
}

const NOVEMBER = 'from=2026-11-01&to=2026-12-01';

describeDatabases('GET /api/reports/compliance', (suite) => {
  it('counts met, breached and open clocks per organization, type, priority and month', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    await seed(t);
    const res = await get(t.as.lead, `/api/reports/compliance?${NOVEMBER}&groupBy=organization`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2026-11-01', to: '2026-12-01', groupBy: 'organization' });
    expect(body.total).toMatchObject({
      tickets: 3,
      reaction: { met: 2, breached: 1, open: 0 },
      solution: { met: 1, breached: 2, open: 0 },
      compliance: 50,
    });
    const own = body.groups.find((g: { key: string }) => g.key === t.world.organizationId);
    expect(own).toMatchObject({ tickets: 2, compliance: 75, reaction: { compliance: 100 } });

    const byType = (await get(t.as.admin, `/api/reports/compliance?${NOVEMBER}&groupBy=type`)).json();
    expect(byType.groups.map((g: { key: string; tickets: number }) => [g.key, g.tickets])).toEqual([
      ['incident', 2],
      ['request', 1],
    ]);
    const filtered = (
      await get(
        t.as.lead,
        `/api/reports/compliance?${NOVEMBER}&groupBy=priority&organizationId=${t.other.organizationId}`,
      )
    ).json();
    expect(filtered.groups).toMatchObject([{ key: 'high', tickets: 1, compliance: 0 }]);
    const requests = (
      await get(t.as.lead, `/api/reports/compliance?${NOVEMBER}&type=request&priority=low`)
    ).json();
    expect(requests.total.tickets).toBe(1);
  });

  it('takes tickets created in [from, to) in Moscow time; the current month by default', async () => {
    const t = await setUpTickets(await suite.create(), msk('2026-11-30T23:30'));
    await t.file('own');
    t.world.clock.set(msk('2026-12-01T00:00'));
    await t.file('own');
    const count = async (q: string) =>
      (await get(t.as.lead, `/api/reports/compliance?${q}`)).json().total.tickets as number;
    expect(await count(NOVEMBER)).toBe(1);
    expect(await count('from=2026-12-01&to=2026-12-02')).toBe(1);
    expect(await count('from=2026-11-30&to=2026-12-02')).toBe(2);
    expect(await count('')).toBe(1); // December, by the clock
    const months = (
      await get(t.as.lead, '/api/reports/compliance?from=2026-11-01&to=2027-01-01&groupBy=month')
    ).json();
    expect(months.groups.map((g: { key: string }) => g.key)).toEqual(['2026-11', '2026-12']);
    const bad = await get(t.as.lead, '/api/reports/compliance?from=2026-12-01&to=2026-11-01');
    expect([bad.statusCode, bad.json().error.code]).toEqual([422, 'report.bad_period']);
    expect((await get(t.as.lead, '/api/reports/compliance?from=01.11.2026')).statusCode).toBe(400);
  });

  it('exports CSV with a byte order mark, Russian headers by default and quoted cells', async () => {
    const database = await suite.create();
    const t = await setUpTickets(database, MONDAY);
    await seed(t);
    await database.db
      .update(organizations)
      .set({ name: 'ООО "Ромашка"; филиал' })
      .where(eq(organizations.id, t.world.organizationId));
    const res = await get(t.as.lead, `/api/reports/compliance?${NOVEMBER}&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="srok-compliance-2026-11-01-2026-12-01-organization.csv"',
    );
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Организация;Обращений;Реакция: в срок;/);
    expect(lines).toContain('"ООО ""Ромашка""; филиал";2;2;0;0;100;1;1;0;50;75');
    expect(lines.at(-2)).toBe('Итого;3;2;1;0;66,7;1;2;0;33,3;50');

    const en = await get(t.as.lead, `/api/reports/compliance?${NOVEMBER}&groupBy=type&lang=en`, {
      accept: 'text/csv',
    });
    const enLines = en.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(enLines.slice(0, 2)).toEqual([
      'Type,Tickets,Reaction: met,Reaction: breached,Reaction: open,"Reaction: compliance, %",' +
        'Solution: met,Solution: breached,Solution: open,"Solution: compliance, %","Compliance, %"',
      'Incident,2,1,1,0,50,0,2,0,0,25',
    ]);
  });

  it('words type and priority groups in the language asked for, in JSON and CSV alike', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    await seed(t);
    const labels = async (headers: Record<string, string>, q = '') =>
      (await get(t.as.lead, `/api/reports/compliance?${NOVEMBER}&groupBy=type${q}`, headers))
        .json()
        .groups.map((g: { key: string; label: string }) => [g.key, g.label]);
    expect(await labels({})).toEqual([
      ['incident', 'Инцидент'],
      ['request', 'Запрос'],
    ]);
    expect(await labels({ 'accept-language': 'en' })).toEqual([
      ['incident', 'Incident'],
      ['request', 'Request'],
    ]);
    expect(await labels({ 'accept-language': 'en' }, '&lang=ru')).toContainEqual(['incident', 'Инцидент']);
    const csv = await get(t.as.lead, `/api/reports/compliance?${NOVEMBER}&groupBy=priority`, {
      accept: 'text/csv',
      'accept-language': 'en',
    });
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Priority,Tickets,/);
  });

  it('is for leads and administrators only', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const url = `/api/reports/compliance?${NOVEMBER}`;
    const statuses = await Promise.all(
      [t.as.customer, t.as.engineer, t.as.outsider, t.otherCustomer, t.anonymous, t.as.lead, t.as.admin].map(
        async (c) => (await get(c, url)).statusCode,
      ),
    );
    expect(statuses).toEqual([403, 403, 403, 403, 401, 200, 200]);
    expect((await get(t.as.customer, `/api/reports/breaches?${NOVEMBER}`)).statusCode).toBe(403);
    expect((await get(t.as.engineer, `/api/reports/breaches?${NOVEMBER}`)).statusCode).toBe(403);
  });
});

describeDatabases('GET /api/reports/breaches', (suite) => {
  it('lists each breached clock with its due instant, target and how late it is', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const { a, b } = await seed(t);
    const res = await get(t.as.lead, `/api/reports/breaches?${NOVEMBER}`);
    expect(res.statusCode).toBe(200);
    const { items, truncated } = res.json();
    expect(truncated).toBe(false);
    const found = items.map((i: { ticketNumber: number; clock: string }) => `${i.ticketNumber}:${i.clock}`);
    // A's progress notice is overdue too (R4.2).
    expect(found.sort()).toEqual([`${a}:progress`, `${a}:solution`, `${b}:reaction`, `${b}:solution`].sort());
    const reaction = items.find((i: { clock: string }) => i.clock === 'reaction');
    expect(reaction).toMatchObject({
      subject: 'Падает импорт',
      targetMinutes: 240,
      reachedAt: null,
      manual: false,
    });
    expect(Date.parse(reaction.dueAt)).toBeLessThan(msk('2026-11-20T10:00'));
    expect(reaction.lateMinutes).toBe(
      Math.round((msk('2026-11-20T10:00') - Date.parse(reaction.dueAt)) / 60_000),
    );
    const other = await get(
      t.as.admin,
      `/api/reports/breaches?${NOVEMBER}&organizationId=${t.world.organizationId}`,
    );
    expect(other.json().items.map((i: { ticketNumber: number }) => i.ticketNumber)).toEqual([a, a]);
  });
});
