// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-setup.tsx';
import { NotificationsPage } from './notifications-page.tsx';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const YEAR = new Date().getUTCFullYear();

function stubServer(opts: { failRead?: boolean } = {}) {
  const notices = [
    {
      id: 12,
      kind: 'ticket.solution_proposed',
      title: 'SR-1042: предложено решение',
      link: '/tickets/1042',
      ticketNumber: 1042,
      ticketNumbers: [1042],
      createdAt: `${YEAR}-11-24T12:30:00Z`,
      readAt: null,
    },
    {
      id: 11,
      kind: 'ticket.registered',
      title: 'SR-1042: обращение зарегистрировано',
      link: '/tickets/1042',
      ticketNumber: 1042,
      ticketNumbers: [1042],
      createdAt: `${YEAR}-11-23T09:05:00Z`,
      readAt: null,
    },
    {
      id: 10,
      kind: 'build.published',
      title: '',
      link: null,
      ticketNumber: null,
      ticketNumbers: [1042, 1077],
      createdAt: `${YEAR}-11-20T08:00:00Z`,
      readAt: `${YEAR}-11-20T09:00:00Z`,
    },
  ];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    if (url.startsWith('/api/notifications?') && method === 'GET')
      return json(200, { items: notices, unread: notices.filter((n) => !n.readAt).length, nextBefore: null });
    const one = url.match(/^\/api\/notifications\/(\d+)\/read$/);
    if (one && method === 'POST') {
      if (opts.failRead)
        return json(503, { error: { code: 'unavailable', message: 'Сервер перегружен, повторите' } });
      const n = notices.find((x) => x.id === Number(one[1]));
      if (n) n.readAt = `${YEAR}-11-24T13:00:00Z`;
      return json(200, n);
    }
    if (url === '/api/notifications/read-all' && method === 'POST') {
      for (const n of notices) n.readAt ??= `${YEAR}-11-24T13:00:00Z`;
      return json(200, { marked: 2, unread: 0 });
    }
    return json(404, { error: { code: 'not_found', message: 'Не найдено' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the notifications page', () => {
  it('lists notices newest first, marks the unread ones and links to the ticket', async () => {
    stubServer();
    renderWithProviders(<NotificationsPage />);
    const list = await screen.findByRole('list', { name: 'Список уведомлений' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('.notice-title')?.textContent)).toEqual([
      'Новое SR-1042: предложено решение',
      'Новое SR-1042: обращение зарегистрировано',
      'Вышла сборка с исправлениями по вашим обращениям',
    ]);
    expect(
      within(items[0] as HTMLElement)
        .getByRole('link', { name: 'Обращение SR-1042' })
        .getAttribute('href'),
    ).toBe('/tickets/1042');
    // A build's notice links each ticket it fixes.
    const build = within(items[2] as HTMLElement).getAllByRole('link');
    expect(build.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Обращение SR-1042', '/tickets/1042'],
      ['Обращение SR-1077', '/tickets/1077'],
    ]);
    expect(screen.getByText('Непрочитанных: 2')).toBeTruthy();
  });

  it('shows when each notice came in the portal’s Moscow time, whatever the browser’s zone', async () => {
    // Node reads TZ afresh when it changes: a stand-in for the browser's zone.
    const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process
      .env;
    const browserZone = env.TZ;
    env.TZ = 'UTC';
    try {
      stubServer();
      renderWithProviders(<NotificationsPage />);
      const list = await screen.findByRole('list', { name: 'Список уведомлений' });
      const times = Array.from(list.querySelectorAll('time'), (t) => t.textContent);
      expect(times).toEqual(['24 ноября, 15:30', '23 ноября, 12:05', '20 ноября, 11:00']);
    } finally {
      if (browserZone === undefined) delete env.TZ;
      else env.TZ = browserZone;
    }
  });

  it('offers “mark as read” in English', async () => {
    stubServer();
    renderWithProviders(<NotificationsPage />, { lang: 'en' });
    expect(await screen.findAllByRole('button', { name: 'Mark as read' })).toHaveLength(2);
  });

  it('marks one notice read', async () => {
    const fetchMock = stubServer();
    renderWithProviders(<NotificationsPage />);
    const buttons = await screen.findAllByRole('button', { name: 'Отметить прочитанным' });
    fireEvent.click(buttons[0] as HTMLElement);
    await waitFor(() => expect(screen.getByText('Непрочитанных: 1')).toBeTruthy());
    expect(
      fetchMock.mock.calls.some(([u, i]) => u === '/api/notifications/12/read' && i?.method === 'POST'),
    ).toBe(true);
  });

  it('marks all read', async () => {
    stubServer();
    renderWithProviders(<NotificationsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Отметить все прочитанными' }));
    await waitFor(() => expect(screen.getByText('Всё прочитано')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Отметить прочитанным' })).toBeNull();
  });

  it('shows the server’s message when marking fails', async () => {
    stubServer({ failRead: true });
    renderWithProviders(<NotificationsPage />);
    const buttons = await screen.findAllByRole('button', { name: 'Отметить прочитанным' });
    fireEvent.click(buttons[0] as HTMLElement);
    expect((await screen.findByRole('alert')).textContent).toBe('Сервер перегружен, повторите');
  });
});
