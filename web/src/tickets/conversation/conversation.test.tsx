// @vitest-environment happy-dom
// The conversation: what support asked is highlighted with its kind and a Reply; a proposal shows its
// kind, the auto-close date and Accept / Reject; a parameter change its reason and Dispute; notes stand apart.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-setup.tsx';
import { availableActions } from '../actions/available-actions.ts';
import { ticketFixture } from '../test-fixtures.ts';
import type { Ticket } from '../types.ts';
import { Conversation } from './conversation.tsx';

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify([{ id: 'test-1', name: 'Тестовый' }]), { status: 200 })),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const customer = { id: 'u-customer', role: 'customer' } as const;
const engineer = { id: 'u-engineer', role: 'engineer' } as const;

function show(ticket: Ticket, user: typeof customer | typeof engineer, onAction = vi.fn()) {
  renderWithProviders(
    <Conversation
      ticket={ticket}
      available={availableActions(ticket, user)}
      customer={user.role === 'customer'}
      onAction={onAction}
    />,
  );
  return onAction;
}
const entry = (title: string | RegExp) =>
  screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;

describe('Conversation', () => {
  it('highlights the pending request with its kind and a Reply for the customer', () => {
    const onAction = show(ticketFixture({ status: 'waiting_customer' }), customer);
    const request = entry('Поддержка просит: Нужна информация');
    expect(request.className).toMatch(/msg-info-requested/);
    fireEvent.click(within(request).getByRole('button', { name: 'Ответить' }));
    expect(onAction).toHaveBeenCalledWith('reply');
  });

  it('shows the reason of a parameter change and lets the customer dispute it', () => {
    const onAction = show(ticketFixture(), customer);
    const change = entry('Поддержка изменила параметры');
    expect(change.textContent).toMatch(/приоритет: Высокий → Обычный/);
    expect(change.textContent).toMatch(/Причина: Есть обходной путь/);
    fireEvent.click(within(change).getByRole('button', { name: 'Оспорить' }));
    expect(onAction).toHaveBeenCalledWith('dispute');
  });

  it('offers Accept and Reject on the proposed solution, with its kind and the auto-close date', () => {
    const t = ticketFixture({ status: 'solution_proposed' });
    t.conversation.push({
      seq: 20,
      type: 'solution_proposed',
      at: '2026-05-06T07:00:00.000Z',
      actor: { id: 'u-engineer', role: 'engineer', name: 'Анна Инженер' },
      kind: 'workaround',
      text: 'Сохраняйте отчёт в XLSX.',
      autoCloseAt: '2026-05-21T07:00:00.000Z',
    });
    show(t, customer);
    const proposal = entry('Предложено: Обходное решение');
    expect(proposal.textContent).toMatch(/закроется автоматически 21 мая, 10:00/);
    expect(within(proposal).getByRole('button', { name: 'Принять' })).toBeTruthy();
    expect(within(proposal).getByRole('button', { name: 'Отклонить с комментарием' })).toBeTruthy();
  });

  it('says nothing of auto-closing once the proposal is rejected, or on an earlier proposal', () => {
    const proposal = (seq: number, autoCloseAt: string) =>
      ({
        seq,
        type: 'solution_proposed',
        at: '2026-05-06T07:00:00.000Z',
        actor: { id: 'u-engineer', role: 'engineer', name: 'Анна Инженер' },
        kind: 'solution',
        text: 'Обновите сборку.',
        autoCloseAt,
      }) as const;
    const rejected = ticketFixture({ status: 'in_progress' });
    rejected.conversation.push(proposal(20, '2026-12-10T09:00:00.000Z'), {
      seq: 21,
      type: 'solution_rejected',
      at: '2026-05-07T07:00:00.000Z',
      actor: { id: 'u-customer', role: 'customer', name: 'Ирина Петрова' },
      text: 'Не помогло.',
      cycle: 2,
    });
    show(rejected, customer);
    expect(entry('Предложено: Решение').textContent).not.toMatch(/закроется/);
    cleanup();

    const again = ticketFixture({ status: 'solution_proposed' });
    again.conversation.push(
      proposal(20, '2026-12-10T09:00:00.000Z'),
      proposal(22, '2026-12-11T09:00:00.000Z'),
    );
    show(again, customer);
    const [earlier, latest] = screen.getAllByRole('heading', { name: 'Предложено: Решение' });
    expect(earlier?.closest('li')?.textContent).not.toMatch(/закроется/);
    expect(latest?.closest('li')?.textContent).toMatch(/закроется автоматически 11 декабря, 12:00\./);
  });

  it('tells a problem link and its removal in words, not as a raw event name', () => {
    const t = ticketFixture();
    const linked = (seq: number, problem: number | null) => ({
      seq,
      type: 'problem_linked',
      at: '2026-05-04T09:00:00.000Z',
      actor: { id: 'u-lead', role: 'lead' as const, name: 'Олег Руководитель' },
      problem,
    });
    t.conversation.push(linked(30, 1042), linked(31, null));
    show(t, engineer);
    expect(screen.getByText('Связано с проблемой SR-1042')).toBeTruthy();
    expect(screen.getByText('Связь с проблемой снята')).toBeTruthy();
    expect(screen.queryByText(/problem_linked/)).toBeNull();
  });

  it('names the customer role as the agreement and everywhere else: «Представитель пользователя»', () => {
    show(ticketFixture(), engineer);
    expect(entry('Обращение зарегистрировано').textContent).toMatch(
      /Ирина Петрова · Представитель пользователя ·/,
    );
  });

  it('sets internal notes apart for support, and gives support no customer buttons', () => {
    show(ticketFixture({ status: 'waiting_customer' }), engineer);
    const note = entry('Внутренняя заметка');
    expect(note.className).toMatch(/msg-internal-note/);
    expect(within(note).getByText('видна только поддержке')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Оспорить' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ответить' })).toBeNull();
  });
});
