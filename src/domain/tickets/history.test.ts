// R22: the events are the ticket's history and audit trail; folding them again gives the same ticket.
import { describe, expect, it } from 'vitest';
import { computeClocks } from '../sla/view-clock.ts';
import { replay } from './state.ts';
import { codeOf, customer, engineer, labels, msk, TicketHarness, ticketIn } from './test-support.ts';

describe('the history is the audit trail (R22)', () => {
  it('replaying the events gives the same state, and the clock trail tells the whole story', () => {
    const t = new TicketHarness().file('2026-11-02T09:00');
    t.run('2026-11-02T10:00', engineer, { type: 'request_info', kind: 'information', text: 'Версия?' });
    t.run('2026-11-03T10:00', customer, { type: 'customer_reply', text: '5.2' });
    t.run('2026-11-03T12:00', engineer, { type: 'propose', kind: 'solution', text: 'Исправлено' });
    expect(replay(t.events)).toEqual(t.state);
    expect(labels(t.events).filter((l) => l.includes(':'))).toEqual([
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
    expect(
      t.events.find((e) => e.type === 'clock' && e.clock === 'reaction' && e.action === 'stopped'),
    ).toMatchObject({ outcome: 'met', dueAt: msk('2026-11-02T13:00') });
  });

  it('clocks computed from the events equal those computed from the folded state', () => {
    const t = ticketIn('waiting_customer');
    expect(computeClocks(t.events, t.ctx('2026-11-05T10:00'))).toEqual(
      computeClocks(t.s, t.ctx('2026-11-05T10:00')),
    );
  });

  it('a history that does not start with filing is refused', () => {
    const t = ticketIn('new');
    expect(codeOf(() => replay(t.events.slice(1)))).toBe('ticket.history_invalid');
  });
});
