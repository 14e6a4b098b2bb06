// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-setup.tsx';
import { ReportsPage } from './reports-page.tsx';

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

const tally = (met: number, breached: number, open: number, compliance: number | null) => ({
  met,
  breached,
  open,
  compliance,
});
const group = (key: string, label: string, compliance: number | null) => ({
  key,
  label,
  tickets: 2,
  reaction: tally(2, 0, 0, 100),
  solution: tally(1, 1, 0, 50),
  compliance,
});

function stubServer(compliance = 75) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.startsWith('/api/reports/compliance'))
      return json({
        from: '2026-11-01',
        to: '2026-12-01',
        groupBy: new URL(url, 'http://x').searchParams.get('groupBy'),
        groups: [group('incident', 'incident', compliance), group('request', 'request', null)],
        total: { ...group('total', '', compliance), tickets: 1234 },
      });
    if (url.startsWith('/api/reports/breaches'))
      return json({
        items: [
          {
            ticketNumber: 1042,
            subject: 'Падает импорт',
            organizationName: 'ООО «Ромашка»',
            clock: 'reaction',
            dueAt: '2026-11-16T11:00:00Z',
            recordedAt: '2026-11-16T11:00:00Z',
            reachedAt: null,
            lateMinutes: 125,
            targetMinutes: 240,
            manual: false,
          },
        ],
        truncated: false,
      });
    if (url === '/api/organizations') return json([{ id: 'o1', name: 'ООО «Ромашка»' }]);
    if (url === '/api/plans') return json([{ id: 'p1', name: 'Стандарт' }]);
    return new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ReportsPage', () => {
  it('shows the current month by organization, a chart with its table, the CSV link and breaches', async () => {
    const fetchMock = stubServer();
    renderWithProviders(<ReportsPage now={new Date(2026, 10, 20)} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Отчёты о соблюдении SLA' })).toBeTruthy();
    await screen.findByRole('table', { name: 'Соблюдение сроков по группам' });
    const first = String(fetchMock.mock.calls.find(([u]) => String(u).includes('compliance'))?.[0]);
    expect(first).toBe('/api/reports/compliance?from=2026-11-01&to=2026-12-01&groupBy=organization');
    expect((screen.getByLabelText('По (включительно)') as HTMLInputElement).value).toBe('2026-11-30');

    const chart = screen.getByRole('img', { name: 'Соблюдение сроков, %' });
    expect(chart.getAttribute('aria-describedby')).toContain(
      screen.getByRole('table', { name: 'Соблюдение сроков по группам' }).id,
    );
    const csv = screen.getByRole('link', { name: 'Скачать CSV' });
    expect(csv.getAttribute('href')).toBe(
      '/api/reports/compliance?from=2026-11-01&to=2026-12-01&groupBy=organization&format=csv&lang=ru',
    );

    const breach = await screen.findByRole('link', { name: 'SR-1042' });
    expect(breach.getAttribute('href')).toBe('/tickets/1042');
    const row = breach.closest('tr') as HTMLElement;
    expect(within(row).getByText('Реакция')).toBeTruthy();
    expect(
      within(row).getByText(/цель 4 ч 0 мин рабочего времени; опоздание 2 ч 5 мин; ещё не выполнено/),
    ).toBeTruthy();
  });

  it.each([
    ['ru', '66,7\u00a0%', '1\u00a0234', '50\u00a0%'],
    ['en', '66.7%', '1,234', '50%'],
  ] as const)('writes numbers and percentages the %s way', async (lang, percent, count, bar) => {
    stubServer(66.7);
    renderWithProviders(<ReportsPage now={new Date(2026, 10, 20)} />, { lang });
    const table = await screen.findByRole('table', {
      name: lang === 'ru' ? 'Соблюдение сроков по группам' : 'Compliance per group',
    });
    const total = (within(table).getAllByRole('row').at(-1) as HTMLElement).textContent ?? '';
    expect(total).toContain(percent);
    expect(total).toContain(count);
    expect(total).not.toContain(lang === 'ru' ? '66.7' : '66,7');
    expect(screen.getByRole('img').textContent).toContain(bar);
  });

  it('regroups by type with the words for types, and passes filters to the API and the CSV link', async () => {
    const fetchMock = stubServer();
    renderWithProviders(<ReportsPage now={new Date(2026, 10, 20)} />);
    await screen.findByRole('table', { name: 'Соблюдение сроков по группам' });
    fireEvent.change(screen.getByLabelText('Группировать по'), { target: { value: 'type' } });
    fireEvent.change(screen.getByLabelText('Приоритет'), { target: { value: 'high' } });
    const table = await screen.findByRole('table', { name: 'Соблюдение сроков по группам' });
    await waitFor(() => expect(within(table).getByRole('rowheader', { name: 'Инцидент' })).toBeTruthy());
    expect(within(table).getByRole('rowheader', { name: 'Итого' })).toBeTruthy();
    await waitFor(() =>
      expect(fetchMock.mock.calls.map(([u]) => String(u))).toContain(
        '/api/reports/compliance?from=2026-11-01&to=2026-12-01&priority=high&groupBy=type',
      ),
    );
    expect(screen.getByRole('link', { name: 'Скачать CSV' }).getAttribute('href')).toContain('priority=high');
  });
});
