// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../api/types.ts';
import { Shell } from '../../shell.tsx';
import { renderWithProviders } from '../../test-setup.tsx';
import { labels as ticketLabels } from '../../tickets/labels.ts';
import { labels as adminLabels } from '../admin/labels.ts';
import { ProfilePage } from './profile-page.tsx';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const USER: User = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'anna@example.com',
  name: 'Анна Петрова',
  role: 'customer',
  lang: 'ru',
  organizationId: null,
  emailVerified: false,
};

interface Sent {
  method: string;
  url: string;
  body: unknown;
}

function stubServer() {
  const sent: Sent[] = [];
  let user = { ...USER };
  const tokens: unknown[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    sent.push({ method, url, body });
    if (url === '/api/auth/session') return json(200, { user, csrfToken: 'csrf' });
    if (url === '/api/auth/me' && method === 'PATCH') {
      user = { ...user, ...body };
      return json(200, { user });
    }
    if (url === '/api/auth/verify/resend') return new Response(null, { status: 202 });
    if (url === '/api/auth/me/password')
      return json(400, { error: { code: 'auth.wrong_password', message: 'Текущий пароль указан неверно' } });
    if (url === '/api/auth/tokens' && method === 'GET') return json(200, { tokens });
    if (url === '/api/auth/tokens' && method === 'POST') {
      const token = {
        id: 't1',
        name: body.name,
        prefix: 'srk_ab12',
        createdAt: '2026-11-24T10:00:00Z',
        lastUsedAt: null,
      };
      tokens.push(token);
      return json(201, { ...token, token: 'srk_ab12-secret-shown-once' });
    }
    if (url === '/api/notifications/preferences' && method === 'GET')
      return json(200, {
        items:
          (init?.headers as Record<string, string> | undefined)?.['Accept-Language'] === 'en'
            ? [
                { kind: 'ticket.registered', title: 'Ticket registered', email: true, required: true },
                { kind: 'ticket.replied', title: 'Support replied', email: true, required: false },
              ]
            : [
                { kind: 'ticket.registered', title: 'Регистрация обращения', email: true, required: true },
                { kind: 'ticket.replied', title: 'Ответ поддержки', email: true, required: false },
              ],
      });
    if (url === '/api/notifications/preferences' && method === 'PUT')
      return json(200, {
        items: [
          { kind: 'ticket.registered', title: 'Регистрация обращения', email: true, required: true },
          { kind: 'ticket.replied', title: 'Ответ поддержки', email: false, required: false },
        ],
      });
    return json(404, { error: { code: 'not_found', message: 'Не найдено' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return sent;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the profile page', () => {
  it('says the address is not verified and sends the link again', async () => {
    const sent = stubServer();
    renderWithProviders(<ProfilePage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Отправить ссылку ещё раз' }));
    expect(await screen.findByText(/Новая ссылка отправлена на anna@example.com/)).toBeTruthy();
    expect(sent.some((s) => s.url === '/api/auth/verify/resend' && s.method === 'POST')).toBe(true);
  });

  it('saves the language and switches the interface', async () => {
    const sent = stubServer();
    renderWithProviders(<ProfilePage />);
    fireEvent.change(await screen.findByLabelText('Язык интерфейса и писем'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeTruthy();
    expect(sent.find((s) => s.method === 'PATCH')?.body).toEqual({ name: 'Анна Петрова', lang: 'en' });
  });

  it('saves the language chosen in the header; the profile and the e-mail choices follow it', async () => {
    const sent = stubServer();
    renderWithProviders(
      <Shell routes={[]}>
        <ProfilePage />
      </Shell>,
    );
    await screen.findByLabelText(/Регистрация обращения/);
    fireEvent.change(screen.getByLabelText('Язык интерфейса'), { target: { value: 'en' } });
    expect(await screen.findByLabelText(/Ticket registered/)).toBeTruthy();
    expect(screen.getByText('(required by the agreement)')).toBeTruthy();
    await waitFor(() =>
      expect(
        (screen.getByLabelText('Language of the interface and e-mails') as HTMLSelectElement).value,
      ).toBe('en'),
    );
    const patch = sent.filter((s) => s.method === 'PATCH');
    expect(patch).toEqual([{ method: 'PATCH', url: '/api/auth/me', body: { lang: 'en' } }]);
  });

  it('shows required e-mail kinds checked and disabled, and saves only the optional ones', async () => {
    const sent = stubServer();
    renderWithProviders(<ProfilePage />);
    const required = (await screen.findByLabelText(/Регистрация обращения/)) as HTMLInputElement;
    expect(required.checked).toBe(true);
    expect(required.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Ответ поддержки'));
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить выбор' }));
    await screen.findByText('Выбор сохранён.');
    expect(sent.find((s) => s.method === 'PUT')?.body).toEqual({
      items: [{ kind: 'ticket.replied', email: false }],
    });
  });

  it('shows a new token’s secret once and lists the token', async () => {
    stubServer();
    renderWithProviders(<ProfilePage />);
    fireEvent.change(await screen.findByLabelText('Название нового токена'), {
      target: { value: 'Мониторинг' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Выпустить токен' }));
    expect(((await screen.findByLabelText('Секрет токена')) as HTMLInputElement).value).toBe(
      'srk_ab12-secret-shown-once',
    );
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getByText('Мониторинг')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Я сохранил токен' }));
    await waitFor(() => expect(screen.queryByLabelText('Секрет токена')).toBeNull());
  });

  it('puts a wrong current password under its field and keeps what was typed', async () => {
    stubServer();
    renderWithProviders(<ProfilePage />);
    fireEvent.change(await screen.findByLabelText('Текущий пароль'), { target: { value: 'старый-пароль' } });
    fireEvent.change(screen.getByLabelText('Новый пароль'), { target: { value: 'новый-пароль-2026' } });
    fireEvent.change(screen.getByLabelText('Повторите новый пароль'), {
      target: { value: 'новый-пароль-2026' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Сменить пароль' }));
    expect(await screen.findByText('Текущий пароль указан неверно')).toBeTruthy();
    expect((screen.getByLabelText('Новый пароль') as HTMLInputElement).value).toBe('новый-пароль-2026');
  });

  it('drops the last refusal when the form is sent again: only the new fault is shown', async () => {
    stubServer();
    renderWithProviders(<ProfilePage />);
    const type = (label: string, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    await screen.findByLabelText('Текущий пароль');
    type('Текущий пароль', 'старый-пароль');
    type('Новый пароль', 'новый-пароль-2026');
    type('Повторите новый пароль', 'новый-пароль-2026');
    fireEvent.click(screen.getByRole('button', { name: 'Сменить пароль' }));
    expect(await screen.findByText('Текущий пароль указан неверно')).toBeTruthy();

    type('Текущий пароль', 'верный-пароль');
    type('Повторите новый пароль', 'другой-пароль-2026');
    fireEvent.click(screen.getByRole('button', { name: 'Сменить пароль' }));
    expect(await screen.findByText('Пароли не совпадают')).toBeTruthy();
    expect(screen.queryByText('Текущий пароль указан неверно')).toBeNull();
    expect(screen.getByLabelText('Текущий пароль').getAttribute('aria-invalid')).toBeNull();
  });

  it('names the role as the agreement, the ticket pages and the users admin do', async () => {
    stubServer();
    renderWithProviders(<ProfilePage />);
    expect(await screen.findByText('Представитель пользователя')).toBeTruthy();
    expect(ticketLabels.ru['role.customer']).toBe('Представитель пользователя');
    expect(adminLabels.ru.customer).toBe('Представитель пользователя');
    expect(ticketLabels.en['role.customer']).toBe(adminLabels.en.customer);
  });
});
