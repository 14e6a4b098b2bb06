// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client.ts';
import { LangProvider } from '../../i18n/i18n.tsx';
import { UnreadBadge } from './unread-badge.tsx';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const USER = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'anna@example.com',
  name: 'Анна Петрова',
  role: 'customer',
  lang: 'ru',
  organizationId: null,
  emailVerified: true,
};

/** A server whose unread count the test moves, counting how often it was asked. */
function stubServer() {
  const state = { unread: 1, asked: 0 };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url === '/api/auth/session') return json(200, { user: USER, csrfToken: 'csrf' });
      if (url.startsWith('/api/notifications?')) {
        state.asked += 1;
        return json(200, { items: [], unread: state.unread, nextBefore: null });
      }
      if (url === '/api/tickets/1042/messages') return json(201, {});
      return json(404, { error: { code: 'not_found', message: 'Не найдено' } });
    }),
  );
  return state;
}

/** Some action of the user's own, as any page makes one. */
function Reply() {
  const reply = useMutation({
    mutationFn: () => api.post('/api/tickets/1042/messages', { text: 'Спасибо' }),
  });
  return (
    <button type="button" onClick={() => reply.mutate()}>
      Ответить
    </button>
  );
}

// The portal's own client does not refetch on focus by default (app.tsx): the badge must ask itself.
function renderBadge() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  return render(
    <QueryClientProvider client={client}>
      <LangProvider lang="ru">
        <UnreadBadge />
        <Reply />
      </LangProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the unread badge in the header', () => {
  it('asks again when the window comes back into view', async () => {
    const server = stubServer();
    renderBadge();
    expect(await screen.findByText('Непрочитанных уведомлений: 1')).toBeTruthy();
    server.unread = 3;
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await screen.findByText('Непрочитанных уведомлений: 3')).toBeTruthy();
  });

  it('asks again after the user’s own action', async () => {
    const server = stubServer();
    renderBadge();
    expect(await screen.findByText('Непрочитанных уведомлений: 1')).toBeTruthy();
    server.unread = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Ответить' }));
    await vi.waitFor(() => expect(screen.queryByText(/Непрочитанных уведомлений/)).toBeNull());
    expect(server.asked).toBe(2);
  });

  it('asks again every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const server = stubServer();
      renderBadge();
      expect(await screen.findByText('Непрочитанных уведомлений: 1')).toBeTruthy();
      server.unread = 2;
      await act(() => vi.advanceTimersByTimeAsync(61_000));
      expect(await screen.findByText('Непрочитанных уведомлений: 2')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
