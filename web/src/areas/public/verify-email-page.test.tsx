// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-setup.tsx';
import { VerifyEmailPage } from './verify-email-page.tsx';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const user = (organizationId: string | null) => ({
  id: '00000000-0000-4000-8000-000000000002',
  email: 'boris@example.com',
  name: 'Борис',
  role: 'customer',
  lang: 'ru',
  organizationId,
  emailVerified: true,
});

const signedOut = { user: null, csrfToken: null };

function stubServer(
  verify: () => Response,
  session: { user: unknown; csrfToken: string | null } = signedOut,
) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = String(input);
    if (url === '/api/auth/session') return json(200, session);
    if (url === '/api/auth/verify') return verify();
    return json(404, { error: { code: 'not_found', message: 'Не найдено' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('following the verification link', () => {
  it('says the user became the organization’s representative (R10), sending the token once', async () => {
    window.history.replaceState(null, '', '/verify-email?token=abc');
    const fetchMock = stubServer(() => json(200, { user: user('00000000-0000-4000-8000-0000000000aa') }));
    renderWithProviders(
      <StrictMode>
        <VerifyEmailPage />
      </StrictMode>,
    );
    expect(await screen.findByText(/Вы — уполномоченный представитель своей организации/)).toBeTruthy();
    const posts = fetchMock.mock.calls.filter(([u]) => u === '/api/auth/verify');
    expect(posts).toHaveLength(1);
    expect(JSON.parse(String(posts[0]?.[1]?.body))).toEqual({ token: 'abc' });
  });

  it('waits for a signed-in session and sends its CSRF token with the link', async () => {
    window.history.replaceState(null, '', '/verify-email?token=abc');
    const fetchMock = stubServer(() => json(200, { user: user('00000000-0000-4000-8000-0000000000aa') }), {
      user: user('00000000-0000-4000-8000-0000000000aa'),
      csrfToken: 'csrf-of-session',
    });
    renderWithProviders(<VerifyEmailPage />);
    expect(await screen.findByText(/Адрес boris@example.com подтверждён/)).toBeTruthy();
    const posts = fetchMock.mock.calls.filter(([u]) => u === '/api/auth/verify');
    expect(posts).toHaveLength(1);
    const headers = posts[0]?.[1]?.headers as Record<string, string>;
    expect(headers['X-CSRF-Token']).toBe('csrf-of-session');
    const order = fetchMock.mock.calls.map(([u]) => u);
    expect(order.indexOf('/api/auth/session')).toBeLessThan(order.indexOf('/api/auth/verify'));
  });

  it('says whom to ask when the address is not an authorized contact', async () => {
    window.history.replaceState(null, '', '/verify-email?token=abc');
    stubServer(() => json(200, { user: user(null) }));
    renderWithProviders(<VerifyEmailPage />);
    expect(await screen.findByText(/нет среди уполномоченных представителей/)).toBeTruthy();
  });

  it('shows the server’s message for a used link and offers to sign in', async () => {
    window.history.replaceState(null, '', '/verify-email?token=abc');
    stubServer(() =>
      json(422, {
        error: { code: 'auth.token_used', message: 'Ссылка уже использована: запросите новую, если нужно' },
      }),
    );
    renderWithProviders(<VerifyEmailPage />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ссылка уже использована: запросите новую, если нужно',
    );
    expect(screen.getByText(/адрес подтверждён — просто войдите/)).toBeTruthy();
  });

  it('explains a link without its code', async () => {
    window.history.replaceState(null, '', '/verify-email');
    const fetchMock = stubServer(() => json(500, {}));
    renderWithProviders(<VerifyEmailPage />);
    expect(await screen.findByText(/В ссылке нет кода подтверждения/)).toBeTruthy();
    expect(fetchMock.mock.calls.some(([u]) => u === '/api/auth/verify')).toBe(false);
  });
});
