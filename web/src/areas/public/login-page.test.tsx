// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-setup.tsx';
import { LoginPage } from './login-page.tsx';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function stubServer(login: () => Response) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.startsWith('/api/auth/session')) return json(200, { user: null, csrfToken: null });
    if (url.startsWith('/api/auth/login') && init?.method === 'POST') return login();
    return json(404, { error: { code: 'not_found', message: 'нет' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Электронная почта'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Пароль'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Войти' }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the login form', () => {
  it('shows the server’s localized message and keeps what the user typed', async () => {
    stubServer(() =>
      json(401, {
        error: { code: 'auth.invalid_credentials', message: 'Неверный адрес электронной почты или пароль' },
      }),
    );
    renderWithProviders(<LoginPage />);
    fillAndSubmit('anna@example.com', 'не тот пароль');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Неверный адрес электронной почты или пароль');
    expect((screen.getByLabelText('Электронная почта') as HTMLInputElement).value).toBe('anna@example.com');
    expect((screen.getByLabelText('Пароль') as HTMLInputElement).value).toBe('не тот пароль');
    expect(screen.getByLabelText('Пароль').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the rate-limit message as the server words it', async () => {
    stubServer(() =>
      json(429, {
        error: { code: 'auth.rate_limited', message: 'Слишком много попыток; повторите через 5 мин.' },
      }),
    );
    renderWithProviders(<LoginPage />);
    fillAndSubmit('anna@example.com', 'пароль-пароль');
    expect((await screen.findByRole('alert')).textContent).toContain('повторите через 5 мин.');
  });

  it('asks for empty fields without calling the server', async () => {
    const fetchMock = stubServer(() => json(500, {}));
    renderWithProviders(<LoginPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Войти' }));
    expect(await screen.findAllByText('Заполните это поле')).toHaveLength(2);
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/auth/login'))).toBe(false);
  });

  it('says so when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        if (String(input).startsWith('/api/auth/session')) return json(200, { user: null, csrfToken: null });
        throw new TypeError('Failed to fetch');
      }),
    );
    renderWithProviders(<LoginPage />);
    fillAndSubmit('anna@example.com', 'пароль-пароль');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Сервер недоступен'));
  });

  it('speaks English when the interface is English', async () => {
    stubServer(() =>
      json(401, { error: { code: 'auth.invalid_credentials', message: 'Wrong e-mail or password' } }),
    );
    renderWithProviders(<LoginPage />, { lang: 'en' });
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'anna@example.com' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong e-mail or password');
  });
});
