// R17: a closed ticket stays closed; a customer's new message about it becomes a linked ticket.
import { describe, expect, it } from 'vitest';
import type { TicketCommand } from './commands.ts';
import { replay } from './state.ts';
import { codeOf, customer, engineer, labels, TicketHarness, ticketIn } from './test-support.ts';

describe('a closed ticket stays closed (R17)', () => {
  it.each([
    ['a reply', { type: 'customer_reply', text: 'Ошибка вернулась' }],
    ['a rejection', { type: 'reject', comment: 'Всё же не помогло' }],
    ['a dispute', { type: 'dispute', text: 'Не согласны' }],
  ] as Array<[string, TicketCommand]>)('%s from the customer asks for a follow-up ticket', (_name, cmd) => {
    const t = ticketIn('closed');
    expect(codeOf(() => t.run('2026-11-03T10:00', customer, cmd))).toBe('ticket.closed_follow_up');
    try {
      t.run('2026-11-03T10:00', customer, cmd);
    } catch (err) {
      expect((err as { params: object }).params).toEqual({ number: 1001 });
    }
    expect(t.s.version).toBe(replay(t.events)!.version); // nothing was written
  });

  it('support cannot write to a closed ticket, except internal notes', () => {
    const t = ticketIn('closed');
    expect(codeOf(() => t.run('2026-11-03T10:00', engineer, { type: 'reply', text: 'Ещё' }))).toBe(
      'ticket.illegal_transition',
    );
    expect(labels(t.run('2026-11-03T10:00', engineer, { type: 'note', text: 'Для себя' }))).toEqual([
      'internal_note',
    ]);
  });

  it('a follow-up ticket remembers the ticket it continues', () => {
    const t = new TicketHarness().file('2026-11-03T10:00', { followsUp: 1001 });
    expect(t.s.followsUp).toBe(1001);
  });
});
