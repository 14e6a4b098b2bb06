// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test-setup.tsx';
import AuditPage from './audit-page.tsx';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const USER_ID = '00d39736-5c1e-4a5b-9d2a-7f0c4e8b1a20';

function stubServer() {
  const items = [
    {
      id: 2,
      at: '2026-11-24T07:00:00Z',
      actor: { id: '00000000-0000-4000-8000-000000000009', name: 'Администратор' },
      action: 'user.updated',
      entity: 'user',
      entityId: USER_ID,
      entityName: 'Анна Инженер (anna@srok.test)',
      payload: { before: { role: 'engineer' }, after: { role: 'lead' } },
    },
    {
      id: 1,
      at: '2026-11-24T06:00:00Z',
      actor: { id: '00000000-0000-4000-8000-000000000009', name: 'Администратор' },
      action: 'content.updated',
      entity: 'content',
      entityId: 'contacts/ru',
      entityName: null,
      payload: {},
    },
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url === '/api/auth/session') return json(200, { user: null, csrfToken: null });
      if (url.startsWith('/api/audit')) return json(200, { items, nextCursor: null });
      return json(404, { error: { code: 'not_found', message: 'Не найдено' } });
    }),
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the audit trail page', () => {
  it('names the entity, keeping its id at hand, and reads times in the portal’s Moscow time', async () => {
    // Node reads TZ afresh when it changes: a stand-in for a browser in UTC.
    const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process
      .env;
    const browserZone = env.TZ;
    env.TZ = 'UTC';
    try {
      stubServer();
      renderWithProviders(<AuditPage />);
      const rows = within(await screen.findByRole('table'))
        .getAllByRole('row')
        .slice(1);
      const user = within(rows[0] as HTMLElement).getByText('Анна Инженер (anna@srok.test)');
      expect(user.getAttribute('title')).toBe(USER_ID);
      expect(rows[0]?.textContent).toContain('Пользователь: роль или организация изменены');
      expect(within(rows[0] as HTMLElement).getByText(/, 10:00$/)).toBeTruthy();
      expect(within(rows[1] as HTMLElement).getByText('contacts/ru')).toBeTruthy();
      expect(screen.queryByText(USER_ID)).toBeNull();
    } finally {
      if (browserZone === undefined) delete env.TZ;
      else env.TZ = browserZone;
    }
  });
});
