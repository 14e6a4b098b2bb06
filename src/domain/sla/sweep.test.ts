// The sweeper's decisions: warnings and breaches at their instants, reminder and auto-close (R16).
import { describe, expect, it } from 'vitest';
import { customer, engineer, msk, TicketHarness } from '../tickets/test-support.ts';
import { computeDeadlines } from './clock-view.ts';
import { decideSweep } from './sweep.ts';

const kinds = (events: ReturnType<typeof decideSweep>) =>
  events.map((e) => (e.type === 'clock' ? `${e.clock}:${e.action}` : e.type));

describe('decideSweep', () => {
  it('warns at 80% of the reaction target and breaches at the due instant, once each', () => {
    const t = new TicketHarness().file('2026-11-23T09:00'); // 4 h reaction → 13:00; 80% → 12:12
    expect(kinds(decideSweep(t.s, t.ctx('2026-11-23T12:11')))).toEqual([]);
    const warn = decideSweep(t.s, t.ctx('2026-11-23T12:12'));
    expect(kinds(warn)).toEqual(['reaction:warned']);
    t.state = { ...t.s, clocks: { ...t.s.clocks, reaction: { ...t.s.clocks.reaction, warned: true } } };
    expect(kinds(decideSweep(t.s, t.ctx('2026-11-23T12:30')))).toEqual([]);
    expect(kinds(decideSweep(t.s, t.ctx('2026-11-23T13:00')))).toEqual(['reaction:breached']);
  });

  it('the next sweep instant is the nearest warning, then the breach', () => {
    const t = new TicketHarness().file('2026-11-23T09:00');
    const d = computeDeadlines(t.s, t.ctx('2026-11-23T09:00'));
    expect(d.nextSweepAt).toBe(msk('2026-11-23T12:12'));
    expect(d.nextDueAt).toBe(msk('2026-11-23T13:00'));
  });

  it('reminds 3 days before auto-close, then closes at 15 calendar days', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-02T10:00', engineer, { type: 'propose', kind: 'solution', text: 'Готово' });
    expect(computeDeadlines(t.s, t.ctx('2026-11-02T10:00')).nextSweepAt).toBe(msk('2026-11-14T10:00'));
    expect(kinds(decideSweep(t.s, t.ctx('2026-11-14T10:00')))).toEqual(['auto_close_reminded']);
    t.state = { ...t.s, autoCloseReminded: true };
    expect(computeDeadlines(t.s, t.ctx('2026-11-14T10:00')).nextSweepAt).toBe(msk('2026-11-17T10:00'));
    expect(kinds(decideSweep(t.s, t.ctx('2026-11-17T09:59')))).toEqual([]);
    expect(kinds(decideSweep(t.s, t.ctx('2026-11-17T10:00')))).toEqual(['auto_close:stopped', 'closed']);
  });

  it('a paused clock neither warns nor breaches while the customer is silent', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-02T10:00', engineer, { type: 'request_info', kind: 'information', text: 'Журнал?' });
    expect(kinds(decideSweep(t.s, t.ctx('2026-12-01T10:00')))).toEqual([]);
    t.run('2026-11-02T11:00', customer, { type: 'withdraw' });
    expect(computeDeadlines(t.s, t.ctx('2026-11-02T11:00')).nextSweepAt).toBeNull();
  });
});
