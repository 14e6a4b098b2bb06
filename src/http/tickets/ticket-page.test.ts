// GET /api/tickets/{number} and /events: parameters, version, what each role may read, and the SLA
// panel with "why this deadline" (R5, R6, R9, R22).
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import type { TestClient } from '../test-app.ts';
import { setUpTickets } from './test-support.ts';

const FRIDAY = msk('2026-11-20T16:30');
const get = async (client: TestClient, url: string) => {
  const res = await client.request({ method: 'GET', url });
  return { status: res.statusCode, body: res.json(), etag: res.headers.etag };
};
type Clock = { name: string; [key: string]: unknown };
const clock = (body: { sla: { clocks: Clock[] } }, name: string) =>
  body.sla.clocks.find((c) => c.name === name)!;

describeDatabases('GET /api/tickets/{number}', (suite) => {
  it('shows parameters, people, version as ETag, and the conversation each role may read', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const n = await t.file('own');
    await t.act(n, 'engineer', { type: 'assign', assigneeId: t.world.engineer.userId });
    await t.act(n, 'engineer', { type: 'note', text: 'Внутреннее: похоже на ошибку в 5.2' });
    await t.act(n, 'engineer', { type: 'reply', text: 'Смотрим' });

    const support = await get(t.as.lead, `/api/tickets/${n}`);
    expect(support.status).toBe(200);
    expect(support.etag).toBe(`"${support.body.version}"`);
    expect(support.body).toMatchObject({
      number: n,
      status: 'in_progress',
      type: 'incident',
      priority: 'high',
      assignee: { id: t.world.engineer.userId, name: 'Анна Инженер' },
      requester: { id: t.world.customer.userId, name: 'Ирина Петрова' },
      organization: { id: t.world.organizationId },
    });
    expect(support.body.conversation.map((e: { type: string }) => e.type)).toEqual([
      'filed',
      'assigned',
      'internal_note',
      'public_reply',
    ]);

    const customer = await get(t.as.customer, `/api/tickets/${n}`);
    expect(customer.status).toBe(200);
    expect(customer.body.conversation.map((e: { type: string }) => e.type)).toEqual([
      'filed',
      'assigned',
      'public_reply',
    ]);
    expect(JSON.stringify(customer.body)).not.toContain('Внутреннее');
    expect(customer.body).not.toHaveProperty('state');
    expect(customer.body).not.toHaveProperty('search');
  });

  it("another organization's or an unknown ticket is 404 ticket.not_found, never 403, and tells nothing", async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const foreign = await t.file('other', { subject: 'Секретная тема другой организации' });
    for (const [client, url] of [
      [t.as.customer, `/api/tickets/${foreign}`],
      [t.as.customer, `/api/tickets/${foreign}/events`],
      [t.as.outsider, `/api/tickets/${foreign}`],
      [t.as.lead, '/api/tickets/999999'],
    ] as const) {
      const res = await get(client, url);
      expect(res.status, url).toBe(404);
      expect(res.body.error.code).toBe('ticket.not_found');
      expect(res.body.error.message).toBe(`Обращение SR-${url.split('/')[3]} не найдено`);
      expect(JSON.stringify(res.body)).not.toContain('Секретная');
      expect(res.etag).toBeUndefined();
    }
    expect((await get(t.as.customer, '/api/tickets/abc')).status).toBe(400);
    expect((await get(t.as.customer, '/api/tickets/1234567890123456')).status).toBe(400);
    expect((await get(t.anonymous, `/api/tickets/${foreign}`)).status).toBe(401);
  });

  it('the history: support sees every event with clock bookkeeping, customers only what is theirs to see', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const n = await t.file('own');
    await t.act(n, 'engineer', { type: 'note', text: 'Только для своих' });
    await t.act(n, 'engineer', { type: 'request_info', kind: 'information', text: 'Пришлите журнал' });
    const support = await get(t.as.engineer, `/api/tickets/${n}/events`);
    const types = support.body.items.map((e: { type: string }) => e.type);
    expect(types).toContain('clock');
    expect(types).toContain('internal_note');
    expect(support.body.items.map((e: { seq: number }) => e.seq)).toEqual(
      types.map((_: string, i: number) => i + 1),
    );
    expect(
      support.body.items.find((e: { clock?: string; action?: string }) => e.action === 'paused'),
    ).toMatchObject({
      clock: 'solution',
      actor: { role: 'engineer', name: 'Анна Инженер' },
    });

    const customer = await get(t.as.customer, `/api/tickets/${n}/events`);
    expect(customer.body.items.map((e: { type: string }) => e.type)).toEqual(['filed', 'info_requested']);
    expect(customer.body.items[1]).toMatchObject({ kind: 'information', text: 'Пришлите журнал' });
  });

  it('the SLA panel gives each clock with its due instant in the calendar zone and why it is there', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const n = await t.file('own');
    const { body } = await get(t.as.customer, `/api/tickets/${n}`);
    expect(body.sla.calendar).toEqual({ id: 'ru-standard', timeZone: 'Europe/Moscow' });
    expect(body.sla.now).toBe(new Date(FRIDAY).toISOString()); // the injected clock, not the wall clock
    expect(body.sla.clocks.map((c: Clock) => c.name)).toEqual([
      'reaction',
      'solution',
      'progress',
      'auto_close',
    ]);
    expect(clock(body, 'reaction')).toMatchObject({
      status: 'running',
      basis: 'working_time',
      startedAt: '2026-11-20T13:30:00.000Z',
      startedAtLocal: '2026-11-20T16:30:00+03:00',
      dueAt: '2026-11-23T09:30:00.000Z',
      dueAtLocal: '2026-11-23T12:30:00+03:00',
      targetMinutes: 240,
      consumedMinutes: 0,
      breached: false,
      warnAt: null, // support's early warning is not the customer's business
      explanation: {
        from: '2026-11-20T16:30:00+03:00',
        to: '2026-11-23T12:30:00+03:00',
        workingMinutes: 240,
        intervals: [
          { start: '2026-11-20T16:30:00+03:00', end: '2026-11-20T17:00:00+03:00' },
          { start: '2026-11-23T09:00:00+03:00', end: '2026-11-23T12:30:00+03:00' },
        ],
        days: [
          { date: '2026-11-21', kind: 'weekend', hours: [] },
          { date: '2026-11-22', kind: 'weekend', hours: [] },
        ],
        truncated: false,
      },
    });
    expect(clock(body, 'auto_close')).toMatchObject({
      status: 'inactive',
      basis: 'calendar_days',
      explanation: null,
    });
    const support = await get(t.as.engineer, `/api/tickets/${n}`);
    expect(clock(support.body, 'reaction').warnAtLocal).toBe('2026-11-23T11:42:00+03:00');
  });

  it('explains holidays and the waiting for the customer that a deadline skips (R5, R9)', async () => {
    const t = await setUpTickets(await suite.create(), msk('2026-12-30T10:00'));
    const n = await t.file('own');
    t.world.clock.set(msk('2026-12-30T12:00'));
    await t.act(n, 'engineer', { type: 'request_info', kind: 'try_build', text: 'Установите сборку 5.2.1' });
    t.world.clock.set(msk('2027-01-11T10:00'));
    await t.act(n, 'customer', { type: 'customer_reply', text: 'Установили, не помогло' });
    const { body } = await get(t.as.customer, `/api/tickets/${n}`);
    const solution = clock(body, 'solution') as Clock & {
      explanation: { workingMinutes: number; pauses: unknown[]; days: Array<{ date: string; kind: string }> };
    };
    expect(solution.status).toBe('running');
    expect(solution.explanation.workingMinutes).toBe(16 * 60);
    expect(solution.explanation.pauses).toEqual([
      { start: '2026-12-30T12:00:00+03:00', end: '2027-01-11T10:00:00+03:00' },
    ]);
    const kinds = new Map(solution.explanation.days.map((d) => [d.date, d.kind]));
    expect(kinds.get('2027-01-01')).toBe('holiday');
    expect(kinds.get('2027-01-09')).toBe('weekend');
    // 2 h before the wait, 14 h after it: Monday 11 Jan 10:00 + 7 h, Tuesday 12 Jan + 7 h → 16:00.
    expect(solution.dueAtLocal).toBe('2027-01-12T16:00:00+03:00');
    expect(solution.consumedMinutes).toBe(120);
  });

  it('consumed and remaining whole minutes add up to the target, whatever the seconds', async () => {
    const t = await setUpTickets(await suite.create(), msk('2026-11-23T10:00'));
    const n = await t.file('own');
    t.world.clock.set(msk('2026-11-23T10:05') + 123); // 5 minutes and 0.123 s of the reaction used
    const reaction = clock((await get(t.as.customer, `/api/tickets/${n}`)).body, 'reaction');
    expect(reaction).toMatchObject({ targetMinutes: 240, consumedMinutes: 5, remainingMinutes: 235 });
  });

  it("past the calendar's last day the panel names the day asked about and keeps the due instant it knew", async () => {
    const t = await setUpTickets(await suite.create(), msk('2027-12-29T10:00'));
    const n = await t.file('own'); // reaction (4 h) due 2027-12-29 14:00, inside the calendar
    t.world.clock.set(msk('2028-01-10T10:00'));
    const reaction = clock((await get(t.as.customer, `/api/tickets/${n}`)).body, 'reaction');
    expect(reaction).toMatchObject({
      status: 'running',
      breached: true,
      dueAtLocal: '2027-12-29T14:00:00+03:00',
    });
    expect(reaction.problem).toEqual({
      code: 'calendar.out_of_range',
      message: expect.stringContaining('2028-01-10 вне этого периода'),
    });
  });
});
