// @vitest-environment happy-dom
// A customer's message that the server registered as a new ticket (201, R17) shows that ticket's
// number, the customer's confirmation (R12), with a link to it; the message is sent under one
// Idempotency-Key, so a retry never registers two.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../api/types.ts';
import { renderWithProviders } from '../../test-setup.tsx';
import { followUpFixture, jsonResponse, ticketFixture } from '../test-fixtures.ts';
import { TicketView } from './ticket-view.tsx';

const json = jsonResponse;

const customer: User = {
  id: 'u-customer',
  email: 'irina@romashka.ru',
  name: 'Ирина Петрова',
  role: 'customer',
  lang: 'ru',
  organizationId: 'org-1',
  emailVerified: true,
};

const followUp = followUpFixture();

let posts: Array<{ url: string; headers: Record<string, string>; body: unknown }> = [];

beforeEach(() => {
  posts = [];
  sessionStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if ((init.method ?? 'GET') === 'POST') {
        const headers = (init.headers ?? {}) as Record<string, string>;
        posts.push({ url, headers, body: JSON.parse(String(init.body)) });
        return json(201, followUp);
      }
      if (url.endsWith('/attachments')) return json(200, { items: [] });
      if (url === '/api/plans') return json(200, []);
      return json(200, ticketFixture({ status: 'closed', closeReason: 'auto_closed' }));
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TicketView after a message on a ticket closed meanwhile', () => {
  it.each([
    ['rejection', 'Отклонить с комментарием', 'Почему решение не подошло', 'Отклонить решение', 'reject'],
    ['dispute', 'Оспорить параметры', 'С чем вы не согласны и почему', 'Отправить несогласие', 'disputes'],
  ])('a %s answered with a follow-up shows its number and a link', async (_n, open, box, send, path) => {
    const ticket = ticketFixture({ status: 'solution_proposed' });
    if (path === 'disputes') ticket.conversation.push(parametersChanged());
    renderWithProviders(<TicketView ticket={ticket} user={customer} />);
    fireEvent.click(screen.getByRole('button', { name: open }));
    fireEvent.change(screen.getByLabelText(box), { target: { value: 'Не помогло' } });
    fireEvent.click(screen.getByRole('button', { name: send }));

    expect(await screen.findByText(/Зарегистрировано новое обращение SR-1001/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /SR-1001/ }).getAttribute('href')).toBe('/tickets/1001');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.url).toBe(`/api/tickets/1000/${path}`);
    expect(posts[0]?.headers['Idempotency-Key']).toBeTruthy();
  });
});

function parametersChanged() {
  const [first] = ticketFixture().conversation;
  return {
    ...first!,
    seq: 99,
    type: 'parameters_changed',
    changes: { priority: 'high' },
    previous: { priority: 'normal' },
    reason: 'Ошибка затрагивает всех',
  } as ReturnType<typeof ticketFixture>['conversation'][number];
}
