// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test-setup.tsx';
import type { TicketSummary } from '../../../ticket-list/types.ts';
import { QueuePage } from './queue-page.tsx';
import { QueueTable } from './queue-table.tsx';

const NOW = Date.parse('2026-01-12T10:00:00Z');

function ticket(number: number, nextDueAt: string | null, extra: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id: `t${number}`,
    number,
    type: 'incident',
    priority: 'high',
    status: 'in_progress',
    subject: `Обращение ${number}`,
    organization: { id: 'o1', name: 'ООО «Ромашка»' },
    requester: { id: 'u1', name: 'Иван Иванов' },
    assignee: null,
    cycle: 1,
    openDispute: false,
    version: 1,
    createdAt: '2026-01-05T10:00:00Z',
    updatedAt: '2026-01-05T10:00:00Z',
    closedAt: null,
    nextDueAt,
    deadlines: { reaction: null, solution: nextDueAt, progress: null, autoClose: null },
    ...extra,
  };
}

const ROWS = [
  ticket(101, '2026-01-12T09:00:00Z'), // breached an hour ago
  ticket(102, '2026-01-12T11:00:00Z'), // due in an hour
  ticket(103, '2026-01-14T09:30:00Z', { openDispute: true, assignee: { id: 'e1', name: 'Пётр' } }),
];

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let listUrls: string[];

beforeEach(() => {
  listUrls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url === '/api/auth/session')
        return json(200, {
          user: {
            id: 'l1',
            email: 'lead@example.com',
            name: 'Лид',
            role: 'lead',
            lang: 'ru',
            organizationId: null,
            emailVerified: true,
          },
          csrfToken: 'csrf',
        });
      if (url === '/api/organizations')
        return json(200, [{ id: 'o1', name: 'ООО «Ромашка»', createdAt: '' }]);
      if (url.startsWith('/api/tickets')) {
        listUrls.push(url);
        return json(200, {
          items: ROWS,
          nextCursor: null,
          counts: { new: 2, in_progress: 3, waiting_customer: 1, solution_proposed: 0, closed: 7 },
        });
      }
      return json(404, { error: { code: 'not_found', message: 'нет' } });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the support queue', () => {
  it('marks breached and warning rows by colour and by a text badge', () => {
    renderWithProviders(<QueueTable items={ROWS} now={NOW} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]?.className).toBe('row-bad');
    expect(
      within(rows[0] as HTMLElement).getByText('Решение просрочено: срок был 12 января, 12:00'),
    ).toBeTruthy();
    expect(rows[1]?.className).toBe('row-warn');
    expect(within(rows[1] as HTMLElement).getByText('Скоро срок')).toBeTruthy();
    expect(rows[2]?.className).toBe('');
    expect(within(rows[2] as HTMLElement).queryByText(/просрочен|Нарушение|Скоро срок/i)).toBeNull();
    expect(within(rows[2] as HTMLElement).getByText('Спор')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText('решение до 14 января, 12:30')).toBeTruthy();
  });

  it('words an overdue clock so that it agrees, and a breach the server reports with a badge', () => {
    const reaction = '2026-01-12T09:00:00Z';
    const late = ticket(104, reaction, {
      status: 'new',
      deadlines: { reaction, solution: '2026-01-14T09:30:00Z', progress: null, autoClose: null },
    });
    const reported = ticket(105, '2026-01-14T09:30:00Z', { alert: 'breached' });
    renderWithProviders(<QueueTable items={[late, reported]} now={NOW} />);
    const [first, second] = screen.getAllByRole('row').slice(1) as HTMLElement[];
    expect(first?.querySelector('.ticket-deadline')?.textContent).toBe(
      'Реакция просрочена: срок был 12 января, 12:00',
    );
    expect(second?.className).toBe('row-bad');
    expect(second?.querySelector('.ticket-deadline')?.textContent).toBe(
      'Нарушение срока решение до 14 января, 12:30',
    );
  });

  it('shows counts per status, opens on the open tickets, and j / k move between tickets', async () => {
    window.history.replaceState(null, '', '/queue');
    renderWithProviders(<QueuePage />);
    await screen.findByText('SR-101');
    expect(listUrls[0]).toContain('status=new%2Cin_progress%2Cwaiting_customer%2Csolution_proposed');
    expect(screen.getByRole('button', { name: 'Все 13' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Открытые 6' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'В работе 3' })).toBeTruthy();

    fireEvent.keyDown(document.body, { key: 'j', code: 'KeyJ' });
    expect(document.activeElement?.textContent).toBe('SR-101');
    fireEvent.keyDown(document.body, { key: 'о', code: 'KeyJ' }); // the Russian layout
    expect(document.activeElement?.textContent).toBe('SR-102');
    fireEvent.keyDown(document.body, { key: 'k', code: 'KeyK' });
    expect(document.activeElement?.textContent).toBe('SR-101');
    fireEvent.keyDown(document.body, { key: '/', code: 'Slash' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('gives leads a «Споры» preset', async () => {
    window.history.replaceState(null, '', '/queue');
    renderWithProviders(<QueuePage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Споры' }));
    expect(window.location.search).toBe('?dispute=open');
    await vi.waitFor(() => expect(listUrls.some((u) => u.includes('dispute=open'))).toBe(true));
    expect(screen.getByRole('button', { name: 'Споры' }).getAttribute('aria-pressed')).toBe('true');
  });
});
