// The lifecycle table of design.md, transition by transition, with the SLA rules R8, R9, R15–R17.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { viewClocks } from '../sla/clock-view.ts';
import { formatInstant } from '../time/index.ts';
import { replay } from './state.ts';
import {
  customer,
  engineer,
  HOUR,
  lead,
  msk,
  ruStandard,
  TicketHarness,
  uniformPlan,
} from './test-support.ts';

const iso = (t: number | null) => (t === null ? null : formatInstant(t, ruStandard.zone));

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  throw new Error('expected a DomainError');
}

describe('filing and reaction (R4.1, R6, R12)', () => {
  it('filed Friday 16:30 Moscow with a 4-hour reaction target is due Monday 12:30', () => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    const v = viewClocks(t.s, t.ctx('2026-11-20T16:30'));
    expect(t.s.status).toBe('new');
    expect(iso(v.reaction.dueAt)).toBe('2026-11-23T12:30:00+03:00');
    expect(v.solution.status).toBe('running');
  });

  it('the first public reply ends the reaction clock (met) and starts progress', () => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    t.run('2026-11-23T10:00', engineer, { type: 'reply', text: 'Смотрим' });
    const v = viewClocks(t.s, t.ctx('2026-11-23T10:00'));
    expect(t.s.status).toBe('in_progress');
    expect(v.reaction.status).toBe('met');
    expect(v.reaction.consumedMs).toBe(1.5 * HOUR);
    expect(iso(v.progress.dueAt)).toBe('2026-11-24T10:00:00+03:00');
  });

  it('a reaction after the due instant is breached', () => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    t.run('2026-11-23T13:00', engineer, { type: 'reply', text: 'Смотрим' });
    expect(viewClocks(t.s, t.ctx('2026-11-23T13:00')).reaction.status).toBe('breached');
  });

  it('taking a ticket moves it to work without ending the reaction clock', () => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    t.run('2026-11-23T09:30', engineer, { type: 'assign', assigneeId: 'engineer-1' });
    expect(t.s.status).toBe('in_progress');
    expect(t.s.assigneeId).toBe('engineer-1');
    expect(t.s.clocks.reaction.status).toBe('running');
  });
});

describe('waiting for the customer (R9, R13)', () => {
  it('waiting over a weekend does not consume solution time; the reply resumes, not restarts', () => {
    const t = new TicketHarness().file('2026-11-20T09:00'); // Friday
    t.run('2026-11-20T13:00', engineer, {
      type: 'request_info',
      kind: 'information',
      text: 'Пришлите журнал',
    });
    expect(t.s.status).toBe('waiting_customer');
    t.run('2026-11-23T11:00', customer, { type: 'customer_reply', text: 'Журнал во вложении' }); // Monday
    expect(t.s.status).toBe('in_progress');
    const v = viewClocks(t.s, t.ctx('2026-11-23T12:00'));
    expect(v.solution.consumedMs).toBe(4 * HOUR + 1 * HOUR);
    expect(v.solution.startedAt).toBe(msk('2026-11-20T09:00'));
    // 16 h target: 4 h Friday + 12 h from Monday 11:00 → Tuesday 15:00
    expect(iso(v.solution.dueAt)).toBe('2026-11-24T15:00:00+03:00');
  });

  it('while waiting, the solution clock is paused and has no due instant', () => {
    const t = new TicketHarness().file('2026-11-20T09:00');
    t.run('2026-11-20T13:00', engineer, {
      type: 'request_info',
      kind: 'try_build',
      text: 'Установите сборку 5.2.1',
    });
    const v = viewClocks(t.s, t.ctx('2026-11-25T13:00'));
    expect(v.solution.status).toBe('paused');
    expect(v.solution.dueAt).toBeNull();
    expect(v.solution.consumedMs).toBe(4 * HOUR);
  });
});

describe('solutions, cycles and closing (R8, R14, R16, R18)', () => {
  it('a rejection on day 10 restarts the solution clock at the rejection', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-03T10:00', engineer, { type: 'propose', kind: 'solution', text: 'Обновите настройки' });
    expect(t.s.status).toBe('solution_proposed');
    t.run('2026-11-12T10:00', customer, { type: 'reject', comment: 'Не помогло' });
    expect(t.s.status).toBe('in_progress');
    expect(t.s.cycle).toBe(2);
    const v = viewClocks(t.s, t.ctx('2026-11-12T10:00'));
    expect(v.solution.startedAt).toBe(msk('2026-11-12T10:00'));
    expect(v.solution.consumedMs).toBe(0);
    expect(iso(v.solution.dueAt)).toBe('2026-11-16T10:00:00+03:00');
    expect(v.auto_close.status).toBe('met');
  });

  it('an answer to a proposed solution also starts a new cycle (R8)', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-03T10:00', engineer, { type: 'propose', kind: 'workaround', text: 'Временное решение' });
    t.run('2026-11-05T11:00', customer, { type: 'customer_reply', text: 'А постоянное будет?' });
    expect(t.s.cycle).toBe(2);
    expect(t.s.clocks.solution.startedAt).toBe(msk('2026-11-05T11:00'));
  });

  it('auto-close is due 15 calendar days after the proposal, with a reminder 3 days before', () => {
    const t = new TicketHarness().file('2026-12-28T09:00');
    t.run('2026-12-29T10:00', engineer, {
      type: 'propose',
      kind: 'refusal',
      text: 'Это не ошибка продукта, потому что…',
    });
    const v = viewClocks(t.s, t.ctx('2026-12-29T10:00'));
    expect(iso(v.auto_close.dueAt)).toBe('2027-01-13T10:00:00+03:00');
    expect(iso(v.auto_close.reminderAt)).toBe('2027-01-10T10:00:00+03:00');
  });

  it('accepting closes the ticket; the solution clock was met', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-02T12:00', engineer, { type: 'propose', kind: 'solution', text: 'Готово' });
    t.run('2026-11-02T15:00', customer, { type: 'accept' });
    expect(t.s.status).toBe('closed');
    expect(t.s.closeReason).toBe('accepted');
    expect(viewClocks(t.s, t.ctx('2026-11-03T09:00')).solution.status).toBe('met');
  });

  it('a customer may withdraw an open ticket; every clock stops', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-02T10:00', customer, { type: 'withdraw' });
    expect(t.s.closeReason).toBe('withdrawn');
    expect(Object.values(t.s.clocks).every((c) => c.status === 'stopped' || c.status === 'inactive')).toBe(
      true,
    );
  });
});

describe('illegal transitions and roles are typed errors (R17, R20)', () => {
  const proposed = () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-02T12:00', engineer, { type: 'propose', kind: 'solution', text: 'Готово' });
    return t;
  };

  it.each([
    [
      'accept while new',
      (t: TicketHarness) => t.run('2026-11-02T10:00', customer, { type: 'accept' }),
      'ticket.illegal_transition',
    ],
    [
      'reject while new',
      (t: TicketHarness) => t.run('2026-11-02T10:00', customer, { type: 'reject', comment: 'нет' }),
      'ticket.illegal_transition',
    ],
    [
      'customer proposes',
      (t: TicketHarness) =>
        t.run('2026-11-02T10:00', customer, { type: 'propose', kind: 'solution', text: 'x' }),
      'ticket.forbidden_action',
    ],
    [
      'engineer accepts',
      (t: TicketHarness) => t.run('2026-11-02T10:00', engineer, { type: 'accept' }),
      'ticket.forbidden_action',
    ],
    [
      'engineer changes the plan',
      (t: TicketHarness) =>
        t.run('2026-11-02T10:00', engineer, {
          type: 'change_parameters',
          changes: { planId: 'x' },
          reason: 'r',
        }),
      'ticket.forbidden_action',
    ],
    [
      'engineer sets a deadline',
      (t: TicketHarness) =>
        t.run('2026-11-02T10:00', engineer, {
          type: 'set_deadline',
          clock: 'solution',
          dueAt: msk('2026-11-20T10:00'),
          reason: 'r',
        }),
      'ticket.forbidden_action',
    ],
    [
      'empty reply',
      (t: TicketHarness) => t.run('2026-11-02T10:00', engineer, { type: 'reply', text: '   ' }),
      'ticket.text_required',
    ],
    ['filing twice', (t: TicketHarness) => t.file('2026-11-02T10:00'), 'ticket.illegal_transition'],
  ])('%s', (_name, act, code) => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    expect(codeOf(() => act(t))).toBe(code);
  });

  it('propose twice is illegal; a closed ticket refuses everything but internal notes', () => {
    const t = proposed();
    expect(
      codeOf(() => t.run('2026-11-02T13:00', engineer, { type: 'propose', kind: 'solution', text: 'x' })),
    ).toBe('ticket.illegal_transition');
    t.run('2026-11-02T14:00', customer, { type: 'accept' });
    expect(codeOf(() => t.run('2026-11-02T15:00', engineer, { type: 'reply', text: 'x' }))).toBe(
      'ticket.illegal_transition',
    );
    expect(codeOf(() => t.run('2026-11-02T15:00', customer, { type: 'customer_reply', text: 'ещё' }))).toBe(
      'ticket.closed_follow_up',
    );
    expect(t.run('2026-11-02T15:00', engineer, { type: 'note', text: 'для себя' })).toHaveLength(1);
  });
});

describe('parameter changes and disputes (R15)', () => {
  it('a retarget keeps consumed time and recomputes the due instant', () => {
    const t = new TicketHarness(uniformPlan(4, 16, 8)).file('2026-11-02T09:00');
    t.run('2026-11-02T10:00', engineer, { type: 'reply', text: 'Работаем' });
    const faster = uniformPlan(4, 8, 8);
    t.run(
      '2026-11-02T13:00',
      lead,
      {
        type: 'change_parameters',
        changes: { priority: 'critical' },
        reason: 'Остановлено производство',
        newPlan: faster,
      },
      faster,
    );
    const v = viewClocks(t.s, { now: msk('2026-11-02T13:00'), calendar: ruStandard, plan: faster });
    expect(t.s.priority).toBe('critical');
    expect(v.solution.consumedMs).toBe(4 * HOUR);
    expect(iso(v.solution.dueAt)).toBe('2026-11-02T17:00:00+03:00'); // 8 h from 09:00, landing on the close
  });

  it('a change without a reason, or with nothing new, is refused', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    expect(
      codeOf(() =>
        t.run('2026-11-02T10:00', engineer, {
          type: 'change_parameters',
          changes: { priority: 'low' },
          reason: ' ',
        }),
      ),
    ).toBe('ticket.reason_required');
    expect(
      codeOf(() =>
        t.run('2026-11-02T10:00', engineer, {
          type: 'change_parameters',
          changes: { priority: 'high' },
          reason: 'r',
        }),
      ),
    ).toBe('ticket.nothing_changed');
  });

  it('a manual deadline overrides the computed one', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-02T10:00', lead, {
      type: 'set_deadline',
      clock: 'solution',
      dueAt: msk('2026-11-10T12:00'),
      reason: 'Согласовано с заказчиком',
    });
    const v = viewClocks(t.s, t.ctx('2026-11-02T10:00'));
    expect(iso(v.solution.dueAt)).toBe('2026-11-10T12:00:00+03:00');
    expect(v.solution.manual).toBe(true);
  });

  it('a dispute stays open until support answers it', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-02T10:00', engineer, {
      type: 'change_parameters',
      changes: { priority: 'low' },
      reason: 'Есть обходной путь',
    });
    t.run('2026-11-02T11:00', customer, { type: 'dispute', text: 'Не согласны: обходной путь не работает' });
    t.run('2026-11-02T12:00', engineer, { type: 'reply', text: 'Смотрим' });
    expect(t.s.openDispute?.text).toContain('Не согласны');
    expect(codeOf(() => t.run('2026-11-02T12:30', customer, { type: 'dispute', text: 'ещё' }))).toBe(
      'ticket.dispute_already_open',
    );
    t.run('2026-11-02T13:00', lead, { type: 'answer_dispute', text: 'Вернули высокий приоритет' });
    expect(t.s.openDispute).toBeNull();
  });
});

describe('history', () => {
  it('replaying the events gives the same state (the history is the audit trail, R22)', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-02T10:00', engineer, { type: 'request_info', kind: 'information', text: 'Версия?' });
    t.run('2026-11-03T10:00', customer, { type: 'customer_reply', text: '5.2' });
    t.run('2026-11-03T12:00', engineer, { type: 'propose', kind: 'solution', text: 'Исправлено' });
    expect(replay(t.events)).toEqual(t.state);
    expect(t.events.filter((e) => e.type === 'clock').map((e) => `${e.clock}:${e.action}`)).toEqual([
      'reaction:started',
      'solution:started',
      'reaction:stopped',
      'solution:paused',
      'solution:resumed',
      'progress:started',
      'solution:stopped',
      'progress:stopped',
      'auto_close:started',
    ]);
  });
});
