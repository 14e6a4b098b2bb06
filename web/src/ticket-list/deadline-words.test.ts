import { describe, expect, it } from 'vitest';
import { deadlineInWords } from './deadline-words.ts';
import type { Deadlines, TicketStatus } from './types.ts';

const now = new Date('2026-01-10T09:00:00Z');
const none: Deadlines = { reaction: null, solution: null, progress: null, autoClose: null };

function row(
  status: TicketStatus,
  deadlines: Partial<Deadlines> = {},
  extra: { nextDueAt?: string; closedAt?: string } = {},
) {
  return {
    status,
    deadlines: { ...none, ...deadlines },
    nextDueAt: extra.nextDueAt ?? null,
    closedAt: extra.closedAt ?? null,
  };
}

// Instants are UTC; the words are in Moscow time (UTC+3).
const REACTION = '2026-01-12T07:00:00Z'; // 12 января, 10:00 МСК
const SOLUTION = '2026-01-14T09:30:00Z'; // 14 января, 12:30 МСК
const PROGRESS = '2026-01-13T11:00:00Z'; // 13 января, 14:00 МСК

describe('the next deadline in words', () => {
  const cases: Array<[string, ReturnType<typeof row>, 'customer' | 'support', string]> = [
    [
      'a new ticket waits for the reaction',
      row('new', { reaction: REACTION, solution: SOLUTION }),
      'customer',
      'реакция до 12 января, 10:00',
    ],
    [
      'a new ticket without a reaction clock shows the solution',
      row('new', { solution: SOLUTION }),
      'customer',
      'решение до 14 января, 12:30',
    ],
    ['a new ticket without deadlines', row('new'), 'customer', 'ожидает рассмотрения'],
    [
      'in progress: the solution',
      row('in_progress', { solution: SOLUTION, progress: PROGRESS }),
      'customer',
      'решение до 14 января, 12:30',
    ],
    ['in progress without a running clock', row('in_progress'), 'customer', 'в работе'],
    ['waiting for the customer: their turn', row('waiting_customer'), 'customer', 'ожидает вашего ответа'],
    [
      'solution proposed: the auto-close day (R16)',
      row('solution_proposed', { autoClose: '2026-12-09T10:00:00Z' }),
      'customer',
      'автозакрытие 9 декабря',
    ],
    [
      'solution proposed without the auto-close instant',
      row('solution_proposed'),
      'customer',
      'ожидает вашего решения',
    ],
    [
      'closed: the day it closed',
      row('closed', {}, { closedAt: '2026-01-05T12:00:00Z' }),
      'customer',
      'закрыто 5 января',
    ],
    ['closed without a date', row('closed'), 'customer', 'закрыто'],
    [
      'support sees the clock that orders the queue',
      row('in_progress', { solution: SOLUTION, progress: PROGRESS }, { nextDueAt: PROGRESS }),
      'support',
      'сообщение о ходе работ до 13 января, 14:00',
    ],
    [
      'support: the reaction of a new ticket',
      row('new', { reaction: REACTION, solution: SOLUTION }, { nextDueAt: REACTION }),
      'support',
      'реакция до 12 января, 10:00',
    ],
    [
      'support: an overdue reaction agrees with its word',
      row('new', { reaction: '2026-01-10T08:00:00Z' }, { nextDueAt: '2026-01-10T08:00:00Z' }),
      'support',
      'реакция просрочена: срок был 10 января, 11:00',
    ],
    [
      'support: an overdue solution',
      row('in_progress', { solution: '2026-01-09T09:30:00Z' }, { nextDueAt: '2026-01-09T09:30:00Z' }),
      'support',
      'решение просрочено: срок был 9 января, 12:30',
    ],
    [
      'a customer sees an overdue solution too',
      row('in_progress', { solution: '2026-01-09T09:30:00Z' }),
      'customer',
      'решение просрочено: срок был 9 января, 12:30',
    ],
    ['support: waiting for the customer', row('waiting_customer'), 'support', 'ждёт ответа пользователя'],
    [
      'support: a proposed solution',
      row('solution_proposed', { autoClose: '2026-12-09T10:00:00Z' }),
      'support',
      'автозакрытие 9 декабря',
    ],
  ];
  it.each(cases)('%s', (_name, ticket, audience, words) => {
    expect(deadlineInWords(ticket, 'ru', audience, { now })).toBe(words);
  });

  it('adds the year when the deadline is in another year', () => {
    expect(
      deadlineInWords(row('in_progress', { solution: '2027-01-14T09:30:00Z' }), 'ru', 'customer', { now }),
    ).toBe('решение до 14 января 2027 г., 12:30');
  });

  it('speaks English when asked', () => {
    expect(deadlineInWords(row('in_progress', { solution: SOLUTION }), 'en', 'customer', { now })).toBe(
      'solution by 14 January, 12:30',
    );
    expect(deadlineInWords(row('new', { reaction: '2026-01-10T08:00:00Z' }), 'en', 'support', { now })).toBe(
      'reaction overdue: was due 10 January, 11:00',
    );
    expect(deadlineInWords(row('waiting_customer'), 'en', 'customer', { now })).toBe(
      'waiting for your answer',
    );
  });
});
