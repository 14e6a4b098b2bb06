import { describe, expect, it } from 'vitest';
import { ticketFixture } from '../test-fixtures.ts';
import { availableActions } from './available-actions.ts';
import { parseTicketNumber } from './problem-link-form.tsx';

describe('linking a ticket to its problem', () => {
  it('reads the number as people write it', () => {
    expect(parseTicketNumber('SR-1042')).toBe(1042);
    expect(parseTicketNumber(' sr1042 ')).toBe(1042);
    expect(parseTicketNumber('№ 1042')).toBe(1042);
    expect(parseTicketNumber('1042')).toBe(1042);
    expect(parseTicketNumber('SR-')).toBeNull();
    expect(parseTicketNumber('10 42')).toBeNull();
  });

  it('is offered to support in every status, also closed, and never to customers', () => {
    for (const status of ['new', 'in_progress', 'closed'] as const) {
      const ticket = ticketFixture({ status });
      expect(availableActions(ticket, { id: 'e', role: 'engineer' })).toContain('link_problem');
      expect(availableActions(ticket, { id: 'c', role: 'customer' })).not.toContain('link_problem');
    }
  });
});
