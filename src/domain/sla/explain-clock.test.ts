// The SLA timeline of a clock: its working intervals, pauses and the days it skipped, and why.
import { describe, expect, it } from 'vitest';
import { EXTENDED_CALENDAR } from '../plans/example-plans.ts';
import {
  customer,
  engineer,
  HOUR,
  lead,
  msk,
  TicketHarness,
  ticketIn,
  uniformPlan,
} from '../tickets/test-support.ts';
import { compileCalendar } from '../time/index.ts';
import { explainClock } from './explain-clock.ts';

describe('explainClock', () => {
  it('Friday 16:30 to Monday 12:30: two working intervals, the weekend named', () => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    const x = explainClock(t.s, 'reaction', t.ctx('2026-11-20T16:30'));
    expect(x.kind).toBe('working_time');
    expect(x.from).toBe(msk('2026-11-20T16:30'));
    expect(x.to).toBe(msk('2026-11-23T12:30'));
    expect(x.working?.working).toBe(4 * HOUR);
    expect(x.working?.intervals).toEqual([
      { start: msk('2026-11-20T16:30'), end: msk('2026-11-20T17:00') },
      { start: msk('2026-11-23T09:00'), end: msk('2026-11-23T12:30') },
    ]);
    expect(x.working?.days.map((d) => [d.date, d.kind])).toEqual([
      ['2026-11-21', 'weekend'],
      ['2026-11-22', 'weekend'],
    ]);
  });

  it('the short day before a holiday, the holiday, and the customer’s wait are all shown', () => {
    const t = ticketIn('waiting_customer'); // asked Monday 2026-11-02 11:00
    t.run('2026-11-05T09:00', customer, { type: 'customer_reply', text: 'Вот' });
    const x = explainClock(t.s, 'solution', t.ctx('2026-11-05T09:00'));
    expect(x.working?.pauses).toEqual([{ start: msk('2026-11-02T11:00'), end: msk('2026-11-05T09:00') }]);
    expect(
      x.working?.days.filter((d) => d.date <= '2026-11-04').map((d) => [d.date, d.kind, d.title]),
    ).toEqual([
      ['2026-11-03', 'short', undefined],
      ['2026-11-04', 'holiday', 'День народного единства'],
    ]);
    expect(x.working?.working).toBe(16 * HOUR);
  });

  it('a stopped clock is explained up to its stop', () => {
    const t = ticketIn('in_progress'); // reaction met at 10:00
    const x = explainClock(t.s, 'reaction', t.ctx('2026-11-10T09:00'));
    expect(x.view.status).toBe('met');
    expect(x.to).toBe(msk('2026-11-02T10:00'));
    expect(x.working?.working).toBe(HOUR);
  });

  it('auto-close is calendar days: no working intervals to show', () => {
    const t = ticketIn('solution_proposed');
    const x = explainClock(t.s, 'auto_close', t.ctx('2026-11-02T12:00'));
    expect(x).toMatchObject({
      kind: 'calendar_days',
      from: msk('2026-11-02T12:00'),
      to: msk('2026-11-17T12:00'),
    });
    expect(x.working).toBeNull();
  });

  it('after a change to another calendar, the time carried from the old one is reported beside the new span', () => {
    const plan = uniformPlan(4, 16, 8, { id: 'extended', calendarId: 'extended' });
    const t = new TicketHarness().file('2026-11-20T16:00');
    t.run('2026-11-23T10:00', lead, {
      type: 'change_parameters',
      changes: { planId: 'extended' },
      reason: 'r',
      newPlan: plan,
    });
    t.use(plan, compileCalendar(EXTENDED_CALENDAR));
    const x = explainClock(t.s, 'solution', t.ctx('2026-11-23T10:00'));
    expect(x).toMatchObject({
      carriedMs: 2 * HOUR,
      from: msk('2026-11-23T10:00'),
      to: msk('2026-11-24T09:00'),
    });
    expect(x.working?.working).toBe(14 * HOUR);
  });

  it('a clock that has not started has nothing to explain', () => {
    const t = ticketIn('new');
    expect(explainClock(t.s, 'progress', t.ctx('2026-11-02T09:00'))).toMatchObject({
      kind: 'inactive',
      working: null,
    });
    t.run('2026-11-02T09:30', engineer, { type: 'take' });
    expect(explainClock(t.s, 'progress', t.ctx('2026-11-02T09:30')).kind).toBe('working_time');
  });
});
