// The stored deadline columns: what is due next for the queue, and when the sweeper must act.
import { describe, expect, it } from 'vitest';
import {
  customer,
  engineer,
  lead,
  msk,
  TicketHarness,
  ticketIn,
  uniformPlan,
} from '../tickets/test-support.ts';
import { nextDeadlines } from './deadlines.ts';

describe('nextDeadlines', () => {
  it('a new ticket: the queue orders by the reaction, the sweeper comes first for its warning', () => {
    const t = new TicketHarness().file('2026-11-23T09:00'); // 4 h reaction, 16 h solution
    expect(nextDeadlines(t.s, t.ctx('2026-11-23T09:00'))).toEqual({
      reactionDueAt: msk('2026-11-23T13:00'),
      solutionDueAt: msk('2026-11-24T17:00'),
      progressDueAt: null,
      autoCloseAt: null,
      nextDueAt: msk('2026-11-23T13:00'),
      nextSweepAt: msk('2026-11-23T12:12'),
    });
  });

  it('after the warning is recorded, the next sweep is the breach', () => {
    const t = new TicketHarness().file('2026-11-23T09:00');
    t.state = { ...t.s, clocks: { ...t.s.clocks, reaction: { ...t.s.clocks.reaction, warned: true } } };
    expect(nextDeadlines(t.s, t.ctx('2026-11-23T12:30')).nextSweepAt).toBe(msk('2026-11-23T13:00'));
  });

  it('waiting for the customer: the paused solution is not due; nothing to sweep', () => {
    const t = ticketIn('waiting_customer');
    const d = nextDeadlines(t.s, t.ctx('2026-11-02T12:00'));
    expect(d).toMatchObject({ solutionDueAt: null, progressDueAt: null, nextDueAt: null, nextSweepAt: null });
  });

  it('a proposed solution: only auto-close is ahead, its reminder first', () => {
    const t = ticketIn('solution_proposed'); // proposed Monday 2026-11-02 12:00
    expect(nextDeadlines(t.s, t.ctx('2026-11-02T12:00'))).toMatchObject({
      solutionDueAt: null,
      autoCloseAt: msk('2026-11-17T12:00'),
      nextDueAt: null,
      nextSweepAt: msk('2026-11-14T12:00'), // a Saturday: customer reminders do not wait for working hours
    });
  });

  it('a closed ticket has no deadlines', () => {
    const t = ticketIn('closed');
    expect(Object.values(nextDeadlines(t.s, t.ctx('2026-11-02T13:00'))).every((v) => v === null)).toBe(true);
  });

  it('a withdrawn ticket has no deadlines either', () => {
    const t = ticketIn('in_progress');
    t.run('2026-11-02T11:00', customer, { type: 'withdraw' });
    expect(nextDeadlines(t.s, t.ctx('2026-11-02T11:00')).nextSweepAt).toBeNull();
  });
});

describe('support alerts wait for working hours when the plan says so', () => {
  // Answered at once (no reaction clock), progress far ahead, a manual solution deadline on Saturday noon.
  const withSaturdayDeadline = (alertsInWorkingHoursOnly: boolean) => {
    const t = new TicketHarness(uniformPlan(4, 16, 80, { alertsInWorkingHoursOnly })).file(
      '2026-11-23T09:00',
    );
    t.run('2026-11-23T09:15', engineer, { type: 'reply', text: 'Смотрим' });
    t.run('2026-11-23T09:30', lead, {
      type: 'set_deadline',
      clock: 'solution',
      dueAt: msk('2026-11-28T12:00'),
      reason: 'Согласовано',
    });
    const c = t.s.clocks.solution;
    t.state = { ...t.s, clocks: { ...t.s.clocks, solution: { ...c, warned: true } } };
    return t;
  };

  it('on: the breach alert comes at Monday 09:00, while the queue still sees Saturday', () => {
    const t = withSaturdayDeadline(true);
    const d = nextDeadlines(t.s, t.ctx('2026-11-27T17:00'));
    expect(d.solutionDueAt).toBe(msk('2026-11-28T12:00'));
    expect(d.nextSweepAt).toBe(msk('2026-11-30T09:00'));
  });

  it('off: at the instant itself', () => {
    const t = withSaturdayDeadline(false);
    expect(nextDeadlines(t.s, t.ctx('2026-11-27T17:00')).nextSweepAt).toBe(msk('2026-11-28T12:00'));
  });

  it('a progress gap ending at the 17:00 close is alerted the next morning', () => {
    const t = new TicketHarness(uniformPlan(40, 80, 8)).file('2026-11-23T08:00');
    t.run('2026-11-23T08:30', engineer, { type: 'take' }); // progress due Monday 17:00
    const c = t.s.clocks.progress;
    t.state = { ...t.s, clocks: { ...t.s.clocks, progress: { ...c, warned: true } } };
    const d = nextDeadlines(t.s, t.ctx('2026-11-23T16:00'));
    expect(d.progressDueAt).toBe(msk('2026-11-23T17:00'));
    expect(d.nextSweepAt).toBe(msk('2026-11-24T09:00'));
  });
});
