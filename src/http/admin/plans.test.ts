// Service plans through the API, and the public SLA calculator of the agreement page.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { EXAMPLE_PLANS } from '../../domain/plans/example-plans.ts';
import { openAdminApp } from './test-support.ts';

const { id: _id, ...STANDARD } = EXAMPLE_PLANS[0]!;

describeDatabases('plans and the SLA calculator', (suite) => {
  it('shows plans to signed-in users and lets the admin create and replace one', async () => {
    const t = await openAdminApp(suite);
    const list = await t.as.customer.request({ method: 'GET', url: '/api/plans' });
    expect(list.json().map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['standard', 'extended']),
    );
    const put = (payload: object) => t.as.admin.request({ method: 'PUT', url: '/api/plans/gold', payload });
    const created = await put({ ...STANDARD, name: 'Золотой' });
    expect(created.statusCode).toBe(201);
    const replaced = await put({ ...STANDARD, id: 'gold', name: 'Золотой+', autoCloseDays: 10 });
    expect(replaced.statusCode).toBe(200);
    const read = await t.as.engineer.request({ method: 'GET', url: '/api/plans/gold' });
    expect(read.json()).toEqual({ ...STANDARD, id: 'gold', name: 'Золотой+', autoCloseDays: 10 });
  });

  it('refuses an invalid plan with every fault listed by JSON path', async () => {
    const t = await openAdminApp(suite);
    const targets = structuredClone(STANDARD.targets);
    targets.incident.critical.reactionMinutes = 0;
    const res = await t.as.admin.request({
      method: 'PUT',
      url: '/api/plans/gold',
      payload: { ...STANDARD, id: 'silver', name: 'Золотой', calendarId: 'no-such-calendar', targets },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('plan.invalid');
    expect(
      res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['$.calendarId', '$.id', '$.targets.incident.critical.reactionMinutes']);
    expect((await t.as.admin.request({ method: 'GET', url: '/api/plans/gold' })).statusCode).toBe(404);
  });

  it("words a malformed plan code in the reader's language (R2)", async () => {
    const t = await openAdminApp(suite);
    const put = (lang: string) =>
      t.as.admin.request({
        method: 'PUT',
        url: '/api/plans/Bad%20Code',
        headers: { 'accept-language': lang },
        payload: { ...STANDARD, id: 'Bad Code' },
      });
    const ru = (await put('ru')).json().error.message;
    expect(ru).toContain('ожидается код из строчных латинских букв');
    expect(ru).not.toMatch(/lower-case/);
    expect((await put('en')).json().error.message).toContain('expected a code of lower-case Latin letters');
  });
});

describeDatabases('the SLA calculator', (suite) => {
  it('gives 2026-01-12 12:30 Moscow for 240 working minutes from 2025-12-30 16:30 on ru-standard', async () => {
    const t = await openAdminApp(suite);
    for (const from of ['2025-12-30T16:30', '2025-12-30T13:30:00Z']) {
      const res = await t.anonymous.request({
        method: 'GET',
        url: `/api/calendars/ru-standard/due?from=${encodeURIComponent(from)}&minutes=240`,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ from: '2025-12-30T16:30:00+03:00', dueAt: '2026-01-12T12:30:00+03:00' });
      expect(body.explanation.workingMinutes).toBe(240);
      expect(body.explanation.intervals).toEqual([
        { start: '2025-12-30T16:30:00+03:00', end: '2025-12-30T17:00:00+03:00' },
        { start: '2026-01-12T09:00:00+03:00', end: '2026-01-12T12:30:00+03:00' },
      ]);
      expect(body.explanation.days).toContainEqual(
        expect.objectContaining({ date: '2026-01-07', kind: 'holiday' }),
      );
    }
  });

  it('gives a plan reaction and solution deadlines, from now by default', async () => {
    const t = await openAdminApp(suite);
    const fixed = await t.anonymous.request({
      method: 'GET',
      url: '/api/plans/standard/due?type=incident&priority=critical&from=2025-12-30T16:30',
    });
    expect(fixed.json()).toMatchObject({
      planId: 'standard',
      calendarId: 'ru-standard',
      reaction: { minutes: 120, dueAt: '2026-01-12T10:30:00+03:00' },
      solution: { minutes: 960, dueAt: '2026-01-13T16:30:00+03:00' },
    });
    const now = await t.anonymous.request({
      method: 'GET',
      url: '/api/plans/standard/due?type=incident&priority=critical',
    });
    expect(now.json()).toMatchObject({
      from: '2026-03-10T10:00:00+03:00',
      reaction: { dueAt: '2026-03-10T12:00:00+03:00' },
    });
  });

  it('explains what is wrong with the question', async () => {
    const t = await openAdminApp(suite);
    const ask = (query: string) =>
      t.anonymous.request({ method: 'GET', url: `/api/calendars/ru-standard/due?${query}` });
    expect((await ask('minutes=60&from=вчера')).json().error.code).toBe('time.bad_instant');
    expect((await ask('minutes=60&from=2031-01-01T10:00')).json().error.code).toBe('calendar.out_of_range');
    const noMinutes = await ask('from=2026-01-12T10:00');
    expect([noMinutes.statusCode, noMinutes.json().error.details[0].path]).toEqual([400, '/minutes']);
    const badType = await t.anonymous.request({
      method: 'GET',
      url: '/api/plans/standard/due?type=bug&priority=low',
    });
    expect(badType.json().error.details[0].path).toBe('/type');
  });

  it('deletes a plan nothing refers to; one with contracts or tickets is refused with what uses it', async () => {
    const t = await openAdminApp(suite);
    await t.as.admin.request({
      method: 'PUT',
      url: '/api/plans/gold',
      payload: { ...STANDARD, name: 'Золотой' },
    });
    const del = (id: string, client = t.as.admin) =>
      client.request({ method: 'DELETE', url: `/api/plans/${id}` });
    expect((await del('gold', t.as.lead)).statusCode).toBe(403);
    expect((await del('gold')).statusCode).toBe(204);
    expect((await t.as.admin.request({ method: 'GET', url: '/api/plans/gold' })).statusCode).toBe(404);
    expect((await del('gold')).statusCode).toBe(404);
    const used = await del(t.world.planId);
    expect(used.statusCode).toBe(409);
    expect(used.json().error).toMatchObject({ code: 'plan.in_use' });
    expect(used.json().error.message).toContain('договоры (1)');
    const calendar = await t.as.admin.request({ method: 'DELETE', url: '/api/calendars/ru-standard' });
    expect([calendar.statusCode, calendar.json().error.code]).toEqual([409, 'calendar.in_use']);
  });
});
