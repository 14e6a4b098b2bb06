// @vitest-environment happy-dom
// The action bar offers what the viewer's role may do in the ticket's status, and nothing else.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../api/types.ts';
import { renderWithProviders } from '../../test-setup.tsx';
import { ticketFixture } from '../test-fixtures.ts';
import type { Ticket, TicketStatus } from '../types.ts';
import { ActionBar } from './action-bar.tsx';
import { type ActionId, availableActions } from './available-actions.ts';

afterEach(cleanup);

const customer = { id: 'u-customer', role: 'customer' } as const;
const engineer = { id: 'u-engineer', role: 'engineer' } as const;
const otherEngineer = { id: 'u-other', role: 'engineer' } as const;
const lead = { id: 'u-lead', role: 'lead' } as const;

const ticket = (status: TicketStatus, patch: Partial<Ticket> = {}) => ticketFixture({ status, ...patch });

describe('availableActions', () => {
  it.each<[string, Pick<User, 'id' | 'role'>, Ticket, ActionId[]]>([
    [
      'a customer may reply, dispute a change, or withdraw while support works',
      customer,
      ticket('in_progress'),
      ['reply', 'dispute', 'withdraw'],
    ],
    [
      'a customer answers a proposed solution by accepting or rejecting it',
      customer,
      ticket('solution_proposed'),
      ['reply', 'accept', 'reject', 'dispute', 'withdraw'],
    ],
    [
      'a customer cannot dispute twice',
      customer,
      ticket('in_progress', { openDispute: true }),
      ['reply', 'withdraw'],
    ],
    [
      'on a closed ticket a customer can only write about it anew (R17)',
      customer,
      ticket('closed'),
      ['follow_up'],
    ],
    [
      'the assigned engineer works the ticket',
      engineer,
      ticket('in_progress'),
      ['reply', 'request_info', 'propose', 'note', 'parameters', 'unassign', 'link_problem', 'merge'],
    ],
    [
      'another engineer may take it',
      otherEngineer,
      ticket('in_progress'),
      ['take', 'reply', 'request_info', 'propose', 'note', 'parameters', 'link_problem', 'merge'],
    ],
    [
      'a lead also assigns, sets deadlines and answers disputes',
      lead,
      ticket('waiting_customer', { openDispute: true }),
      [
        'take',
        'reply',
        'request_info',
        'propose',
        'note',
        'answer_dispute',
        'parameters',
        'deadline',
        'assign',
        'unassign',
        'link_problem',
        'merge',
      ],
    ],
    [
      'while a solution waits, support may reply or note but not propose again',
      engineer,
      ticket('solution_proposed'),
      ['reply', 'note', 'parameters', 'unassign', 'link_problem', 'merge'],
    ],
    [
      'on a closed ticket support keeps internal notes and problem links',
      engineer,
      ticket('closed'),
      ['note', 'link_problem'],
    ],
    [
      'a lead still answers a dispute on a closed ticket',
      lead,
      ticket('closed', { openDispute: true }),
      ['note', 'answer_dispute', 'link_problem'],
    ],
  ])('%s', (_title, user, t, expected) => {
    expect(availableActions(t, user)).toEqual(expected);
  });
});

describe('ActionBar', () => {
  const render = (user: Pick<User, 'id' | 'role'>, t: Ticket, onOpen = vi.fn()) =>
    renderWithProviders(
      <ActionBar ticket={t} user={user} open={null} onOpen={onOpen} onDone={vi.fn()} composerId="composer" />,
    );

  it('shows a customer Accept and Reject on a proposed solution, and no support action', () => {
    render(customer, ticket('solution_proposed'));
    const bar = screen.getByRole('group', { name: 'Действия с обращением' });
    const names = within(bar)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual([
      'Ответить',
      'Принять решение',
      'Отклонить с комментарием',
      'Оспорить параметры',
      'Отозвать обращение',
    ]);
    expect(screen.queryByRole('button', { name: /Внутренняя заметка/ })).toBeNull();
  });

  it('shows support its actions with their keyboard shortcuts', () => {
    render(otherEngineer, ticket('new'));
    const take = screen.getByRole('button', { name: 'Взять себе' });
    expect(take.getAttribute('aria-keyshortcuts')).toBe('t');
    expect(screen.getByRole('button', { name: 'Внутренняя заметка' }).getAttribute('aria-keyshortcuts')).toBe(
      'n',
    );
    expect(screen.queryByRole('button', { name: 'Принять решение' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Установить срок' })).toBeNull();
  });

  it('opens a form for actions that need words, and asks before closing the ticket', () => {
    const onOpen = vi.fn();
    render(customer, ticket('solution_proposed'), onOpen);
    fireEvent.click(screen.getByRole('button', { name: 'Отклонить с комментарием' }));
    expect(onOpen).toHaveBeenLastCalledWith('reject');
    fireEvent.click(screen.getByRole('button', { name: 'Принять решение' }));
    expect(onOpen).toHaveBeenLastCalledWith('accept');
  });

  it('asks for confirmation when accepting is open', () => {
    renderWithProviders(
      <ActionBar
        ticket={ticket('solution_proposed')}
        user={customer}
        open="accept"
        onOpen={vi.fn()}
        onDone={vi.fn()}
        composerId="c"
      />,
    );
    expect(screen.getByRole('alertdialog', { name: 'Принять решение и закрыть обращение?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Да' })).toBeTruthy();
  });
});
