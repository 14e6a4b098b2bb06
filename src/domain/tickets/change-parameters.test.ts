// R15: changing type, priority, plan or a deadline keeps consumed time; the customer may dispute.
import { describe, expect, it } from 'vitest';
import { EXTENDED_CALENDAR } from '../plans/example-plans.ts';
import type { Plan } from '../plans/plan.ts';
import { computeClocks } from '../sla/view-clock.ts';
import { compileCalendar } from '../time/index.ts';
import {
  codeOf,
  customer,
  engineer,
  HOUR,
  iso,
  labels,
  lead,
  msk,
  TicketHarness,
  uniformPlan,
} from './test-support.ts';

const base = uniformPlan(4, 16, 8);
// Incidents: critical is twice as fast as high, low twice as slow.
const tiered: Plan = {
  ...base,
  targets: {
    ...base.targets,
    incident: {
      ...base.targets.incident,
      critical: { reactionMinutes: 60, solutionMinutes: 8 * 60, progressMinutes: 2 * 60 },
      low: { reactionMinutes: 8 * 60, solutionMinutes: 32 * 60, progressMinutes: 16 * 60 },
    },
  },
};
const filedMonday = () => new TicketHarness(tiered).file('2026-11-02T09:00');

describe('a retarget keeps the consumed working time (R15)', () => {
  it('raising the priority after 4 h: the new 8 h target counts from the filing, due 17:00 that day', () => {
    const t = filedMonday();
    const events = t.run('2026-11-02T13:00', engineer, {
      type: 'change_parameters',
      changes: { priority: 'critical' },
      reason: 'Остановлено производство',
    });
    expect(labels(events)).toEqual(['parameters_changed', 'reaction:retargeted', 'solution:retargeted']);
    expect(events[0]).toMatchObject({
      changes: { priority: 'critical' },
      previous: { priority: 'high' },
      reason: 'Остановлено производство',
    });
    const v = computeClocks(t.s, t.ctx('2026-11-02T13:00'));
    expect(t.s.priority).toBe('critical');
    expect(v.solution.startedAt).toBe(msk('2026-11-02T09:00'));
    expect(v.solution.consumedMs).toBe(4 * HOUR);
    expect(iso(v.solution.dueAt)).toBe('2026-11-02T17:00:00+03:00');
    // The 1-hour reaction target had already passed: the clock is late under the new terms.
    expect(v.reaction).toMatchObject({ status: 'running', breached: true, dueAt: msk('2026-11-02T10:00') });
  });

  it('lowering the priority: 32 h from Monday 09:00 skip the short 3 November and the 4 November holiday', () => {
    const t = filedMonday();
    t.run('2026-11-02T13:00', engineer, {
      type: 'change_parameters',
      changes: { priority: 'low' },
      reason: 'Есть обход',
    });
    expect(iso(computeClocks(t.s, t.ctx('2026-11-02T13:00')).solution.dueAt)).toBe(
      '2026-11-09T10:00:00+03:00',
    );
  });

  it('a retarget while waiting for the customer keeps the clock paused and its consumption', () => {
    const t = filedMonday();
    t.run('2026-11-02T11:00', engineer, { type: 'request_info', kind: 'information', text: 'Версия?' });
    t.run('2026-11-02T12:00', lead, {
      type: 'change_parameters',
      changes: { priority: 'critical' },
      reason: 'Авария',
    });
    const waiting = computeClocks(t.s, t.ctx('2026-11-03T10:00'));
    expect(waiting.solution).toMatchObject({ status: 'paused', consumedMs: 2 * HOUR, targetMs: 8 * HOUR });
    t.run('2026-11-05T09:00', customer, { type: 'customer_reply', text: '5.2' });
    expect(iso(computeClocks(t.s, t.ctx('2026-11-05T09:00')).solution.dueAt)).toBe(
      '2026-11-05T15:00:00+03:00',
    );
  });

  it('a plan on another calendar: time consumed under the old calendar is carried, the rest counts on the new', () => {
    const extended = compileCalendar(EXTENDED_CALENDAR);
    const extendedPlan = uniformPlan(4, 16, 8, {
      id: 'extended',
      name: 'Расширенный',
      calendarId: 'extended',
    });
    const t = new TicketHarness(base).file('2026-11-20T16:00'); // Friday
    const events = t.run('2026-11-23T10:00', lead, {
      type: 'change_parameters',
      changes: { planId: 'extended' },
      reason: 'Заказчик перешёл на расширенный план',
      newPlan: extendedPlan,
    });
    expect(events.slice(1)).toMatchObject([
      { clock: 'reaction', action: 'retargeted', carriedMs: 2 * HOUR },
      { clock: 'solution', action: 'retargeted', carriedMs: 2 * HOUR },
    ]);
    t.use(extendedPlan, extended);
    const v = computeClocks(t.s, t.ctx('2026-11-23T10:00'));
    expect(t.s.planId).toBe('extended');
    expect(v.solution.consumedMs).toBe(2 * HOUR); // Friday 16–17 and Monday 09–10, not the weekend
    expect(iso(v.reaction.dueAt)).toBe('2026-11-23T12:00:00+03:00');
    expect(iso(v.solution.dueAt)).toBe('2026-11-24T09:00:00+03:00'); // 12 h on Monday to 22:00, 2 h from 07:00
  });

  it.each([
    ['no reason', { priority: 'low' as const }, ' ', 'ticket.reason_required'],
    ['nothing new', { priority: 'high' as const }, 'Так надо', 'ticket.nothing_changed'],
    ['a plan the caller did not load', { planId: 'extended' }, 'Новый договор', 'plan.not_found'],
  ])('a change with %s is refused', (_name, changes, reason, code) => {
    const t = filedMonday();
    expect(
      codeOf(() => t.run('2026-11-02T10:00', lead, { type: 'change_parameters', changes, reason })),
    ).toBe(code);
  });
});

describe('a manual deadline overrides the computed one (R15)', () => {
  const setSolution = (t: TicketHarness, at: string, dueAt: number | null) =>
    t.run(at, lead, { type: 'set_deadline', clock: 'solution', dueAt, reason: 'Согласовано с заказчиком' });

  it('it replaces the due instant, records the previous one, and survives a priority change', () => {
    const t = filedMonday();
    const [changed] = setSolution(t, '2026-11-02T10:00', msk('2026-11-10T12:00'));
    expect(changed).toMatchObject({
      type: 'parameters_changed',
      changes: { deadline: { clock: 'solution', dueAt: msk('2026-11-10T12:00') } },
      previous: { deadline: { clock: 'solution', dueAt: msk('2026-11-05T10:00') } },
    });
    t.run('2026-11-02T11:00', engineer, {
      type: 'change_parameters',
      changes: { priority: 'critical' },
      reason: 'Авария',
    });
    const v = computeClocks(t.s, t.ctx('2026-11-02T11:00'));
    expect(v.solution).toMatchObject({ manual: true, dueAt: msk('2026-11-10T12:00') });
  });

  it('clearing it returns to the plan target counted from the cycle start', () => {
    const t = filedMonday();
    setSolution(t, '2026-11-02T10:00', msk('2026-11-10T12:00'));
    setSolution(t, '2026-11-02T11:00', null);
    const v = computeClocks(t.s, t.ctx('2026-11-02T11:00'));
    expect(v.solution.manual).toBe(false);
    expect(iso(v.solution.dueAt)).toBe('2026-11-05T10:00:00+03:00'); // 8 + 7 (short day), holiday, + 1
  });

  it('waiting for the customer after it was set moves it by the working time waited (R9)', () => {
    const t = filedMonday();
    setSolution(t, '2026-11-02T10:00', msk('2026-11-05T12:00'));
    t.run('2026-11-02T11:00', engineer, { type: 'request_info', kind: 'information', text: 'Журнал?' });
    t.run('2026-11-03T11:00', customer, { type: 'customer_reply', text: 'Вот' });
    // 8 working hours waited (Monday 11–17, Tuesday 09–11): Thursday 12:00 becomes Friday 12:00
    expect(iso(computeClocks(t.s, t.ctx('2026-11-03T11:00')).solution.dueAt)).toBe(
      '2026-11-06T12:00:00+03:00',
    );
  });

  it.each([
    ['in the past', 'solution', msk('2026-11-02T09:30'), 'ticket.deadline_in_past'],
    ['for auto-close, fixed by R16', 'auto_close', msk('2026-11-20T09:00'), 'ticket.deadline_not_settable'],
    ['for a clock that has not started', 'progress', msk('2026-11-20T09:00'), 'ticket.clock_not_running'],
  ] as const)('one %s is refused', (_name, clock, dueAt, code) => {
    const t = filedMonday();
    expect(
      codeOf(() => t.run('2026-11-02T10:00', lead, { type: 'set_deadline', clock, dueAt, reason: 'r' })),
    ).toBe(code);
  });
});

describe('disputes (R15): open until support answers', () => {
  it('a dispute stays open through other work and closing, until a lead answers it', () => {
    const t = filedMonday();
    t.run('2026-11-02T10:00', engineer, {
      type: 'change_parameters',
      changes: { priority: 'low' },
      reason: 'Обход есть',
    });
    t.run('2026-11-02T11:00', customer, { type: 'dispute', text: 'Не согласны: обходной путь не работает' });
    t.run('2026-11-02T12:00', engineer, { type: 'reply', text: 'Смотрим' });
    t.run('2026-11-02T13:00', engineer, { type: 'propose', kind: 'workaround', text: 'Другой обход' });
    t.run('2026-11-02T14:00', customer, { type: 'accept' });
    expect(t.s.status).toBe('closed');
    expect(t.s.openDispute).toEqual({
      text: 'Не согласны: обходной путь не работает',
      at: msk('2026-11-02T11:00'),
    });
    expect(codeOf(() => t.run('2026-11-02T15:00', engineer, { type: 'answer_dispute', text: 'x' }))).toBe(
      'ticket.forbidden_action',
    );
    t.run('2026-11-02T15:00', lead, { type: 'answer_dispute', text: 'Приоритет пересмотрен' });
    expect(t.s.openDispute).toBeNull();
  });

  it('one dispute at a time; after the answer a new one may be opened', () => {
    const t = filedMonday();
    t.run('2026-11-02T10:00', customer, { type: 'dispute', text: 'Приоритет занижен' });
    expect(codeOf(() => t.run('2026-11-02T10:30', customer, { type: 'dispute', text: 'Ещё' }))).toBe(
      'ticket.dispute_already_open',
    );
    t.run('2026-11-02T11:00', lead, { type: 'answer_dispute', text: 'Повысили' });
    expect(labels(t.run('2026-11-02T12:00', customer, { type: 'dispute', text: 'Срок тоже' }))).toEqual([
      'dispute_opened',
    ]);
  });
});
