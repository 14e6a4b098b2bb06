// POST /api/tickets/{number}/<action>: each action through HTTP, by the roles that may take it
// (R8, R9, R13–R15, R18, R20).
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { toRecord } from '../../commands/record-events.ts';
import { appendEvents } from '../../db/repositories/ticket-events.ts';
import { getTicketByNumber } from '../../db/repositories/tickets.ts';
import { tickets } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import type { TicketEvent } from '../../domain/tickets/events.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import type { TestClient } from '../test-app.ts';
import { post, setUpTickets, type TicketTestApp } from './test-support.ts';

const MONDAY = msk('2026-11-23T10:00');
const doing = async (client: TestClient, n: number, action: string, body?: unknown) => {
  const res = await client.request(post(`/api/tickets/${n}/${action}`, body));
  return { status: res.statusCode, body: res.json(), etag: res.headers.etag };
};
type Clock = { name: string; [key: string]: unknown };
const clockOf = (body: { sla: { clocks: Clock[] } }, name: string) =>
  body.sla.clocks.find((c) => c.name === name)!;
const lastEvent = (body: { conversation: Array<{ type: string }> }) => body.conversation.at(-1);

/** A problem link as histories written before links were kept within one organization hold it. */
async function linkAsBefore(t: TicketTestApp, incident: number, problemNumber: number): Promise<void> {
  const db = t.database.db;
  const { id, number } = (await getTicketByNumber(db, problemNumber))!;
  const row = (await getTicketByNumber(db, incident))!;
  const event = {
    type: 'problem_linked',
    at: t.world.clock.now(),
    actor: t.world.lead,
    problem: { id, number },
  };
  await appendEvents(db, row.id, [toRecord(event as TicketEvent)]);
  const state = { ...(row.state as object), relatedProblem: { id, number } };
  await db.update(tickets).set({ state, relatedProblemId: id }).where(eq(tickets.id, row.id));
}

describeDatabases('ticket actions', (suite) => {
  it('support links an incident to a problem ticket (also a closed one), and unlinks it; customers cannot', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const incident = await t.file('own');
    const problem = await t.file('own', { type: 'problem', subject: 'Ошибка округления в отчётах' });
    const other = await t.file('own');

    const linked = await doing(t.as.engineer, incident, 'related-problem', { problemNumber: problem });
    expect(linked).toMatchObject({ status: 200, body: { relatedProblem: problem } });
    expect(lastEvent(linked.body)).toMatchObject({ type: 'problem_linked', problem });
    const seen = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${incident}` });
    expect(seen.json().relatedProblem).toBe(problem);

    const notProblem = await doing(t.as.engineer, incident, 'related-problem', { problemNumber: other });
    expect(notProblem).toMatchObject({ status: 422, body: { error: { code: 'ticket.not_a_problem' } } });
    const missing = await doing(t.as.engineer, incident, 'related-problem', { problemNumber: 999_999 });
    expect(missing.status).toBe(404);
    const byCustomer = await doing(t.as.customer, incident, 'related-problem', { problemNumber: problem });
    expect(byCustomer.status).toBe(403);

    await t.act(incident, 'engineer', { type: 'propose', kind: 'workaround', text: 'Обход' });
    await t.act(incident, 'customer', { type: 'accept' });
    const unlinked = await doing(t.as.lead, incident, 'related-problem', { problemNumber: null });
    expect(unlinked).toMatchObject({ status: 200, body: { status: 'closed', relatedProblem: null } });
  });

  it("a customer never sees another organization's ticket number through a problem link (R22)", async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const incident = await t.file('own');
    const foreign = await t.file('other', { type: 'problem', subject: 'Ошибка у другого заказчика' });
    const refused = await doing(t.as.engineer, incident, 'related-problem', { problemNumber: foreign });
    expect(refused).toMatchObject({
      status: 422,
      body: { error: { code: 'ticket.problem_other_organization' } },
    });

    // A link that crossed organizations before the rule: support still sees it, the customer never.
    await linkAsBefore(t, incident, foreign);
    const bySupport = await t.as.engineer.request({ method: 'GET', url: `/api/tickets/${incident}` });
    expect(bySupport.json().relatedProblem).toBe(foreign);
    const page = (await t.as.customer.request({ method: 'GET', url: `/api/tickets/${incident}` })).json();
    expect(page.relatedProblem).toBeNull();
    const linked = (e: { type: string }) => e.type === 'problem_linked';
    expect(page.conversation.filter(linked)).toEqual([]);
    const history = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${incident}/events` });
    expect(history.statusCode).toBe(200);
    expect(history.json().items.filter(linked)).toEqual([]);
    const supportHistory = await t.as.engineer.request({
      method: 'GET',
      url: `/api/tickets/${incident}/events`,
    });
    expect(supportHistory.json().items.filter(linked)).toMatchObject([{ problem: foreign }]);
  });

  it('support replies, notes, asks and proposes; the customer answers and accepts', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const reply = await doing(t.as.engineer, n, 'replies', { text: 'Смотрим' });
    expect(reply).toMatchObject({ status: 200, body: { number: n, status: 'in_progress' } });
    expect(reply.etag).toBe(`"${reply.body.version}"`);
    expect(clockOf(reply.body, 'reaction').status).toBe('met');

    const note = await doing(t.as.engineer, n, 'notes', { text: 'Воспроизвелось на 5.2' });
    expect(lastEvent(note.body)).toMatchObject({ type: 'internal_note', text: 'Воспроизвелось на 5.2' });

    const ask = await doing(t.as.engineer, n, 'information-requests', {
      kind: 'information',
      text: 'Журнал?',
    });
    expect(ask.body.status).toBe('waiting_customer');
    expect(clockOf(ask.body, 'solution')).toMatchObject({ status: 'paused', dueAt: null });

    const answer = await doing(t.as.customer, n, 'replies', { text: 'Журнал во вложении' });
    expect(answer).toMatchObject({ status: 200, body: { status: 'in_progress' } });
    expect(lastEvent(answer.body)).toMatchObject({ type: 'customer_replied', actor: { role: 'customer' } });
    expect(JSON.stringify(answer.body)).not.toContain('Воспроизвелось');

    const proposal = await doing(t.as.engineer, n, 'solutions', {
      kind: 'solution',
      text: 'Обновите до 5.2.2',
    });
    expect(proposal.body.status).toBe('solution_proposed');
    expect(clockOf(proposal.body, 'auto_close')).toMatchObject({
      status: 'running',
      basis: 'calendar_days',
      dueAtLocal: '2026-12-08T10:00:00+03:00', // 15 calendar days (R16)
    });

    const accepted = await doing(t.as.customer, n, 'accept');
    expect(accepted.body).toMatchObject({ status: 'closed', closeReason: 'accepted' });
    expect(accepted.body.closedAt).toBe(new Date(MONDAY).toISOString());
  });

  it('a rejection starts a new solution cycle from the answer (R8); withdrawing closes', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    await doing(t.as.engineer, n, 'solutions', {
      kind: 'refusal',
      text: 'Это не ошибка продукта, потому что…',
    });
    t.world.clock.set(msk('2026-11-25T11:00'));
    const rejected = await doing(t.as.customer, n, 'reject', { comment: 'Не согласны' });
    expect(rejected.body).toMatchObject({ status: 'in_progress', cycle: 2 });
    expect(clockOf(rejected.body, 'solution').startedAtLocal).toBe('2026-11-25T11:00:00+03:00');
    expect(lastEvent(rejected.body)).toMatchObject({
      type: 'solution_rejected',
      text: 'Не согласны',
      cycle: 2,
    });
    const withdrawn = await doing(t.as.customer, n, 'withdraw', {});
    expect(withdrawn.body).toMatchObject({ status: 'closed', closeReason: 'withdrawn' });
    expect((await doing(t.as.customer, n, 'withdraw')).status).toBe(409);
  });

  it('parameters and deadlines change with a reason; engineers re-classify, leads change plan and deadlines (R15)', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const reclassified = await doing(t.as.engineer, n, 'parameters', {
      priority: 'critical',
      reason: 'Стоит склад',
    });
    expect(reclassified.body.priority).toBe('critical');
    expect(lastEvent(reclassified.body)).toMatchObject({
      type: 'parameters_changed',
      changes: { priority: 'critical' },
      previous: { priority: 'high' },
      reason: 'Стоит склад',
    });
    const plan = { planId: t.other.planId, reason: 'Договор расширен' };
    expect((await doing(t.as.engineer, n, 'parameters', plan)).body.error.code).toBe(
      'ticket.forbidden_action',
    );
    expect((await doing(t.as.lead, n, 'parameters', plan)).status).toBe(200);
    const unknown = await doing(t.as.lead, n, 'parameters', { planId: 'no-such-plan', reason: 'Так надо' });
    expect(unknown.body.error.code).toBe('plan.not_found');
    const unchanged = await doing(t.as.lead, n, 'parameters', { priority: 'critical', reason: 'Повтор' });
    expect(unchanged).toMatchObject({ status: 422, body: { error: { code: 'ticket.nothing_changed' } } });

    const due = { clock: 'solution', dueAt: '2026-11-27T15:00:00+03:00', reason: 'Согласовано с клиентом' };
    expect((await doing(t.as.engineer, n, 'deadlines', due)).status).toBe(403);
    const set = await doing(t.as.lead, n, 'deadlines', due);
    expect(clockOf(set.body, 'solution')).toMatchObject({
      manual: true,
      dueAtLocal: '2026-11-27T15:00:00+03:00',
    });
    const past = await doing(t.as.lead, n, 'deadlines', { ...due, dueAt: '2026-11-01T10:00:00Z' });
    expect(past).toMatchObject({ status: 422, body: { error: { code: 'ticket.deadline_in_past' } } });
    const autoClose = await doing(t.as.lead, n, 'deadlines', { ...due, clock: 'auto_close' });
    expect(autoClose.body.error.code).toBe('ticket.deadline_not_settable');
    const back = await doing(t.as.lead, n, 'deadlines', {
      ...due,
      dueAt: null,
      reason: 'Вернули срок по плану',
    });
    expect(clockOf(back.body, 'solution').manual).toBe(false);
  });

  it('a customer disputes parameters; the dispute stays open until a lead answers it (R15)', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    await doing(t.as.engineer, n, 'parameters', { priority: 'low', reason: 'Есть обходной путь' });
    const disputed = await doing(t.as.customer, n, 'disputes', { text: 'Для нас это срочно' });
    expect(disputed.body).toMatchObject({ openDispute: true, dispute: { text: 'Для нас это срочно' } });
    expect((await doing(t.as.customer, n, 'disputes', { text: 'Ещё раз' })).status).toBe(409);
    const queue = await t.as.lead.request({ method: 'GET', url: '/api/tickets?dispute=open' });
    expect(queue.json().items.map((i: { number: number }) => i.number)).toEqual([n]);
    expect((await doing(t.as.engineer, n, 'disputes/answer', { text: 'Нет' })).status).toBe(403);
    const answered = await doing(t.as.lead, n, 'disputes/answer', { text: 'Вернули высокий приоритет' });
    expect(answered.body).toMatchObject({ openDispute: false, dispute: null });
    const again = await doing(t.as.lead, n, 'disputes/answer', { text: 'Ещё' });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'ticket.no_open_dispute' } } });
  });

  it('engineers take or release a ticket; leads assign anyone in support, never a customer', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const taken = await doing(t.as.engineer, n, 'assign', { assigneeId: t.world.engineer.userId });
    expect(taken.body).toMatchObject({ status: 'in_progress', assignee: { id: t.world.engineer.userId } });
    const toLead = { assigneeId: t.world.lead.userId };
    expect((await doing(t.as.engineer, n, 'assign', toLead)).body.error.code).toBe('ticket.forbidden_action');
    expect((await doing(t.as.lead, n, 'assign', toLead)).body.assignee.name).toBe('Олег Руководитель');
    // An engineer gives up only their own ticket: a colleague's assignment is a lead's to undo.
    const release = await doing(t.as.engineer, n, 'assign', { assigneeId: null });
    expect(release).toMatchObject({ status: 403, body: { error: { code: 'ticket.forbidden_action' } } });
    for (const assigneeId of [t.world.customer.userId, '00000000-0000-4000-8000-000000000000']) {
      const wrong = await doing(t.as.lead, n, 'assign', { assigneeId });
      expect(wrong).toMatchObject({ status: 422, body: { error: { code: 'ticket.assignee_invalid' } } });
    }
    expect((await doing(t.as.lead, n, 'assign', { assigneeId: null })).body.assignee).toBeNull();
    expect((await doing(t.as.customer, n, 'assign', toLead)).status).toBe(403);
  });
});
