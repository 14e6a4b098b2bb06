import { describe, expect, it } from 'vitest';
import { formatMessage } from './index.ts';

describe('messages name the codes they mention', () => {
  it('statuses, actions, clocks and roles read as words in both languages', () => {
    expect(formatMessage('ru', 'ticket.illegal_transition', { action: 'accept', status: 'new' })).toBe(
      'Действие «принять решение» невозможно, когда обращение в состоянии «зарегистрировано»',
    );
    expect(
      formatMessage('en', 'ticket.forbidden_action', { action: 'set_deadline', role: 'engineer' }),
    ).toContain('set a deadline');
    expect(formatMessage('ru', 'ticket.clock_not_running', { clock: 'solution' })).toContain('«решение»');
  });

  it('an unknown value stays as it is', () => {
    expect(formatMessage('ru', 'ticket.illegal_transition', { action: 'fly', status: 'new' })).toContain(
      '«fly»',
    );
  });
});
