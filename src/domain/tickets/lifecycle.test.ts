// The lifecycle table of design.md, transition by transition, with the SLA rules R6, R8, R9, R16, R17.
import { describe, expect, it } from 'vitest';
import { computeClocks } from '../sla/view-clock.ts';
import type { TicketCommand } from './commands.ts';
import { customer, engineer, HOUR, iso, labels, msk, TicketHarness, ticketIn } from './test-support.ts';
import type { Actor, TicketStatus } from './types.ts';

describe('transitions: status after each action, with the clock events written beside it', () => {
  const propose: TicketCommand = { type: 'propose', kind: 'solution', text: 'Исправлено в 5.2.1' };
  const ask: TicketCommand = { type: 'request_info', kind: 'information', text: 'Пришлите журнал' };
  const answer: TicketCommand = { type: 'customer_reply', text: 'Журнал во вложении' };
  const reply: TicketCommand = { type: 'reply', text: 'Смотрим' };
  const rows: Array<[TicketStatus, Actor, TicketCommand, TicketStatus, string[]]> = [
    ['new', engineer, { type: 'take' }, 'in_progress', ['assigned', 'progress:started']],
    ['new', engineer, reply, 'in_progress', ['public_reply', 'reaction:stopped', 'progress:started']],
    ['new', engineer, ask, 'waiting_customer', ['info_requested', 'reaction:stopped', 'solution:paused']],
    [
      'new',
      engineer,
      propose,
      'solution_proposed',
      ['solution_proposed', 'reaction:stopped', 'solution:stopped', 'auto_close:started'],
    ],
    ['new', customer, answer, 'new', ['customer_replied']],
    ['new', customer, { type: 'withdraw' }, 'closed', ['reaction:stopped', 'solution:stopped', 'closed']],
    ['in_progress', engineer, reply, 'in_progress', ['public_reply', 'progress:stopped', 'progress:started']],
    [
      'in_progress',
      engineer,
      ask,
      'waiting_customer',
      ['info_requested', 'solution:paused', 'progress:stopped'],
    ],
    [
      'in_progress',
      engineer,
      propose,
      'solution_proposed',
      ['solution_proposed', 'solution:stopped', 'progress:stopped', 'auto_close:started'],
    ],
    ['in_progress', customer, answer, 'in_progress', ['customer_replied']],
    ['in_progress', engineer, { type: 'note', text: 'Похоже на гонку' }, 'in_progress', ['internal_note']],
    [
      'waiting_customer',
      customer,
      answer,
      'in_progress',
      ['customer_replied', 'solution:resumed', 'progress:started'],
    ],
    ['waiting_customer', engineer, ask, 'waiting_customer', ['info_requested']],
    ['waiting_customer', engineer, reply, 'waiting_customer', ['public_reply']],
    [
      'waiting_customer',
      engineer,
      propose,
      'solution_proposed',
      ['solution_proposed', 'solution:stopped', 'auto_close:started'],
    ],
    [
      'solution_proposed',
      customer,
      { type: 'accept' },
      'closed',
      ['solution_accepted', 'auto_close:stopped', 'closed'],
    ],
    [
      'solution_proposed',
      customer,
      { type: 'reject', comment: 'Не помогло' },
      'in_progress',
      ['solution_rejected', 'auto_close:stopped', 'solution:started', 'progress:started'],
    ],
    [
      'solution_proposed',
      customer,
      answer,
      'in_progress',
      ['customer_replied', 'auto_close:stopped', 'solution:started', 'progress:started'],
    ],
    ['solution_proposed', customer, { type: 'withdraw' }, 'closed', ['auto_close:stopped', 'closed']],
    ['solution_proposed', engineer, reply, 'solution_proposed', ['public_reply']],
    [
      'solution_proposed',
      customer,
      { type: 'dispute', text: 'Не согласны' },
      'solution_proposed',
      ['dispute_opened'],
    ],
    ['closed', engineer, { type: 'note', text: 'Для истории' }, 'closed', ['internal_note']],
  ];

  it.each(rows)('%s + %o %o → %s', (from, actor, cmd, to, written) => {
    const t = ticketIn(from);
    const events = t.run('2026-11-02T14:00', actor, cmd);
    expect(t.s.status).toBe(to);
    expect(labels(events)).toEqual(written);
    expect(events.every((e) => e.at === msk('2026-11-02T14:00') && e.actor === actor)).toBe(true);
  });
});

describe('reaction: from filing to the first public response (R4.1, R6)', () => {
  it('filed Friday 16:30 Moscow with a 4-hour reaction target is due Monday 12:30', () => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    const v = computeClocks(t.s, t.ctx('2026-11-20T16:30'));
    expect(t.s.status).toBe('new');
    expect(iso(v.reaction.dueAt)).toBe('2026-11-23T12:30:00+03:00');
    expect(v.solution.status).toBe('running');
    expect(v.progress.status).toBe('inactive');
  });

  it.each([
    ['public reply', { type: 'reply', text: 'Смотрим' }],
    ['request for information', { type: 'request_info', kind: 'clarify_usage', text: 'Как вы запускаете?' }],
    ['proposed solution', { type: 'propose', kind: 'workaround', text: 'Обходной путь' }],
  ] as Array<[string, TicketCommand]>)('a %s is a first response: reaction met', (_name, cmd) => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    t.run('2026-11-23T10:00', engineer, cmd);
    const v = computeClocks(t.s, t.ctx('2026-11-23T10:00'));
    expect(v.reaction.status).toBe('met');
    expect(v.reaction.consumedMs).toBe(1.5 * HOUR);
    expect(t.s.firstResponseAt).toBe(msk('2026-11-23T10:00'));
  });

  it('taking a ticket starts the work but is not a response: the reaction clock keeps running', () => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    t.run('2026-11-23T09:30', engineer, { type: 'take' });
    expect(t.s.status).toBe('in_progress');
    expect(t.s.assigneeId).toBe('engineer-1');
    expect(t.s.clocks.reaction.status).toBe('running');
  });

  it('an internal note is not a response either', () => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    t.run('2026-11-23T09:30', engineer, { type: 'note', text: 'Посмотрю позже' });
    expect(t.s.clocks.reaction.status).toBe('running');
    expect(t.s.status).toBe('new');
  });
});

describe('waiting for the customer (R9, R13)', () => {
  it('waiting over a weekend consumes nothing; the reply resumes the clock, it does not restart it', () => {
    const t = new TicketHarness().file('2026-11-20T09:00'); // Friday
    t.run('2026-11-20T13:00', engineer, { type: 'request_info', kind: 'information', text: 'Журнал?' });
    expect(t.s.status).toBe('waiting_customer');
    t.run('2026-11-23T11:00', customer, { type: 'customer_reply', text: 'Журнал во вложении' }); // Monday
    expect(t.s.status).toBe('in_progress');
    const v = computeClocks(t.s, t.ctx('2026-11-23T12:00'));
    expect(v.solution.startedAt).toBe(msk('2026-11-20T09:00'));
    expect(v.solution.consumedMs).toBe(5 * HOUR); // Friday 09–13 and Monday 11–12
    expect(v.solution.pauses).toEqual([[msk('2026-11-20T13:00'), msk('2026-11-23T11:00')]]);
    // 16 h: 4 h on Friday, 12 h from Monday 11:00 → Tuesday 15:00
    expect(iso(v.solution.dueAt)).toBe('2026-11-24T15:00:00+03:00');
  });

  it('while waiting, the solution clock is paused: no due instant, nothing consumed, not breached', () => {
    const t = new TicketHarness().file('2026-11-20T09:00');
    t.run('2026-11-20T13:00', engineer, { type: 'request_info', kind: 'try_build', text: 'Сборка 5.2.1' });
    const v = computeClocks(t.s, t.ctx('2026-12-25T13:00'));
    expect(v.solution.status).toBe('paused');
    expect(v.solution.dueAt).toBeNull();
    expect(v.solution.consumedMs).toBe(4 * HOUR);
    expect(v.solution.remainingMs).toBe(12 * HOUR);
    expect(v.solution.breached).toBe(false);
  });
});

describe('solution cycles and closing (R8, R14, R16, R18)', () => {
  it('a rejection on day 10 restarts the solution clock at the rejection', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-03T10:00', engineer, { type: 'propose', kind: 'solution', text: 'Обновите настройки' });
    t.run('2026-11-12T10:00', customer, { type: 'reject', comment: 'Не помогло' });
    expect(t.s.status).toBe('in_progress');
    expect(t.s.cycle).toBe(2);
    const v = computeClocks(t.s, t.ctx('2026-11-12T10:00'));
    expect(v.solution.startedAt).toBe(msk('2026-11-12T10:00'));
    expect(v.solution.consumedMs).toBe(0);
    // 16 h from Thursday 10:00: 7 h, 8 h on Friday, 1 h on Monday
    expect(iso(v.solution.dueAt)).toBe('2026-11-16T10:00:00+03:00');
    expect(v.auto_close.status).toBe('stopped'); // called off by the answer, not fired
  });

  it('an answer to a proposed solution is not a rejection, yet also starts a new cycle (R8)', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-03T10:00', engineer, { type: 'propose', kind: 'workaround', text: 'Временное решение' });
    const [answer] = t.run('2026-11-05T11:00', customer, { type: 'customer_reply', text: 'А постоянное?' });
    expect(answer).toMatchObject({ type: 'customer_replied', newCycle: 2 });
    expect(t.s.cycle).toBe(2);
    expect(t.s.clocks.solution.startedAt).toBe(msk('2026-11-05T11:00'));
  });

  it('auto-close is due 15 calendar days after the proposal, holidays included; reminder 3 days before', () => {
    const t = new TicketHarness().file('2026-12-28T09:00');
    const [proposed] = t.run('2026-12-29T10:00', engineer, {
      type: 'propose',
      kind: 'refusal',
      text: 'Это не ошибка продукта, потому что…',
    });
    const v = computeClocks(t.s, t.ctx('2026-12-29T10:00'));
    expect(iso(v.auto_close.dueAt)).toBe('2027-01-13T10:00:00+03:00'); // 15 working days would be late January
    expect(proposed).toMatchObject({ type: 'solution_proposed', autoCloseAt: msk('2027-01-13T10:00') });
    expect(iso(v.auto_close.reminderAt)).toBe('2027-01-10T10:00:00+03:00');
  });

  it('accepting closes the ticket; the solution clock was met; auto-close is called off', () => {
    const t = ticketIn('solution_proposed');
    t.run('2026-11-02T15:00', customer, { type: 'accept' });
    expect(t.s).toMatchObject({
      status: 'closed',
      closeReason: 'accepted',
      closedAt: msk('2026-11-02T15:00'),
    });
    const v = computeClocks(t.s, t.ctx('2026-11-30T09:00'));
    expect(v.solution.status).toBe('met');
    expect(v.auto_close.status).toBe('stopped');
  });

  it('a customer may withdraw: every live clock is called off, one already late stays breached', () => {
    const t = new TicketHarness().file('2026-11-02T09:00'); // reaction due 13:00
    t.run('2026-11-02T14:00', customer, { type: 'withdraw' });
    expect(t.s.closeReason).toBe('withdrawn');
    const v = computeClocks(t.s, t.ctx('2026-11-02T14:00'));
    expect(v.reaction.status).toBe('breached');
    expect(v.solution.status).toBe('stopped');
    expect(v.progress.status).toBe('inactive');
  });
});
