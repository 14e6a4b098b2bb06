// The sweeper's decisions: warnings and breaches at their instants, the reminder and auto-close (R16).
import { describe, expect, it } from 'vitest';
import { evolve } from '../tickets/state.ts';
import { customer, engineer, labels, msk, TicketHarness, ticketIn } from '../tickets/test-support.ts';
import { nextDeadlines } from './deadlines.ts';
import { decideSweep } from './sweep.ts';

/** Sweeps at `at` and folds what it decided into the ticket, as the command layer does. */
function sweep(t: TicketHarness, at: string): string[] {
  const events = decideSweep(t.s, t.ctx(at));
  for (const e of events) t.state = evolve(t.state, e);
  t.events.push(...events);
  return labels(events);
}

describe('decideSweep', () => {
  it('warns at 80% of the reaction target and breaches at the due instant, once each', () => {
    const t = new TicketHarness().file('2026-11-23T09:00'); // 4 h reaction → 13:00; 80% → 12:12
    expect(sweep(t, '2026-11-23T12:11')).toEqual([]);
    expect(sweep(t, '2026-11-23T12:12')).toEqual(['reaction:warned']);
    expect(sweep(t, '2026-11-23T12:30')).toEqual([]);
    expect(sweep(t, '2026-11-23T13:00')).toEqual(['reaction:breached']);
    expect(sweep(t, '2026-11-23T13:00')).toEqual([]);
    expect(t.events.at(-1)).toMatchObject({ dueAt: msk('2026-11-23T13:00'), actor: { role: 'system' } });
  });

  it('a late sweep records the warning and the breach together, and the next sweep is not due', () => {
    const t = new TicketHarness().file('2026-11-23T09:00');
    expect(sweep(t, '2026-11-23T16:00')).toEqual(['reaction:warned', 'reaction:breached']);
    expect(nextDeadlines(t.s, t.ctx('2026-11-23T16:00')).nextSweepAt).toBe(msk('2026-11-24T13:48')); // solution warning
  });

  it('auto-close: the reminder 3 days before, then closing at 15 calendar days, not working days', () => {
    const t = new TicketHarness().file('2026-12-28T09:00');
    t.run('2026-12-29T10:00', engineer, { type: 'propose', kind: 'solution', text: 'Готово' });
    expect(sweep(t, '2027-01-10T09:59')).toEqual([]);
    expect(sweep(t, '2027-01-10T10:00')).toEqual(['auto_close_reminded']); // a holiday: reminders do not wait
    expect(nextDeadlines(t.s, t.ctx('2027-01-10T10:00')).nextSweepAt).toBe(msk('2027-01-13T10:00'));
    expect(sweep(t, '2027-01-13T09:59')).toEqual([]);
    expect(sweep(t, '2027-01-13T10:00')).toEqual(['auto_close:stopped', 'closed']);
    expect(t.s).toMatchObject({ status: 'closed', closeReason: 'auto_closed' });
    expect(sweep(t, '2027-01-13T10:00')).toEqual([]);
  });

  it('a paused clock neither warns nor breaches while the customer is silent', () => {
    const t = ticketIn('waiting_customer');
    expect(sweep(t, '2026-12-01T10:00')).toEqual([]);
  });

  it('an answer cancels the auto-close: nothing fires at the old instant', () => {
    const t = ticketIn('solution_proposed');
    t.run('2026-11-05T10:00', customer, { type: 'reject', comment: 'Не помогло' });
    expect(sweep(t, '2026-11-17T12:00').filter((l) => l.startsWith('auto_close') || l === 'closed')).toEqual(
      [],
    );
  });
});
