// @vitest-environment happy-dom
// A parameter change in the ticket's history: a manual deadline shows the deadline it replaced (R15).
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-setup.tsx';
import { availableActions } from '../actions/available-actions.ts';
import { ticketFixture } from '../test-fixtures.ts';
import { Conversation } from './conversation.tsx';

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('[]', { status: 200 })),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('a manual deadline in a parameter change reads old → new (R15)', () => {
  const ticket = ticketFixture();
  ticket.conversation.push({
    seq: 20,
    type: 'parameters_changed',
    at: '2026-05-05T10:00:00.000Z',
    actor: { id: 'u-lead', role: 'lead', name: 'Олег Руководитель' },
    changes: { deadline: { clock: 'solution', dueAt: '2026-05-08T12:00:00.000Z' } },
    previous: { deadline: { clock: 'solution', dueAt: '2026-05-06T13:00:00.000Z' } },
    reason: 'Нужен стенд заказчика',
  });
  const customer = { id: 'u-customer', role: 'customer' } as const;
  renderWithProviders(
    <Conversation
      ticket={ticket}
      available={availableActions(ticket, customer)}
      customer
      onAction={vi.fn()}
    />,
  );
  const [, change] = screen
    .getAllByRole('heading', { name: 'Поддержка изменила параметры' })
    .map((h) => h.closest('li') as HTMLElement);
  expect(change?.textContent).toMatch(/срок «Решение»: 6 мая.*16:00 → 8 мая.*15:00/);
});
