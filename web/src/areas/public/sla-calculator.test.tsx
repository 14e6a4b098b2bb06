// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-setup.tsx';
import { SlaCalculator } from './sla-calculator.tsx';

const YEAR = new Date().getUTCFullYear();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const span = (minutes: number, dueAt: string, days: unknown[] = []) => ({
  minutes,
  dueAt,
  explanation: { workingMinutes: minutes, intervals: [], days },
});

function planDue(planId: string, planName: string, type: string, priority: string) {
  const critical = priority === 'critical';
  return {
    planId,
    planName,
    calendarId: 'ru-standard',
    timeZone: 'Europe/Moscow',
    type,
    priority,
    from: `${YEAR}-11-24T16:30:00+03:00`,
    reaction: span(critical ? 120 : 480, `${YEAR}-11-25T${critical ? '10:30' : '16:30'}:00+03:00`),
    solution: span(critical ? 960 : 4800, `${YEAR}-11-27T15:00:00+03:00`, [
      { date: `${YEAR}-11-28`, kind: 'weekend', hours: [] },
      { date: `${YEAR}-11-04`, kind: 'holiday', title: 'День народного единства', hours: [] },
    ]),
  };
}

const RU_STANDARD = {
  id: 'ru-standard',
  name: 'Производственный календарь РФ',
  updatedAt: `${YEAR}-01-01T00:00:00Z`,
  definition: {
    timeZone: 'Europe/Moscow',
    week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]])),
    exceptions: [{ date: `${YEAR}-11-04`, hours: [] }],
  },
};

/** A fake server: plans need sign-in unless `signedIn`; due and calendars are public. */
function stubServer({ signedIn = false, dueError = false } = {}) {
  const names: Record<string, string> = { standard: 'Стандартный', extended: 'Расширенный' };
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://portal.test');
    if (url.pathname === '/api/plans')
      return signedIn
        ? json(200, [{ id: 'gold', name: 'Золотой', calendarId: 'ru-standard', targets: {} }])
        : json(401, {
            error: { code: 'auth.unauthenticated', message: 'Войдите в систему, чтобы продолжить' },
          });
    const due = url.pathname.match(/^\/api\/plans\/([^/]+)\/due$/);
    if (due?.[1]) {
      if (dueError) return json(500, { error: { code: 'internal', message: 'Внутренняя ошибка сервера' } });
      const id = due[1];
      const name = names[id] ?? (id === 'gold' ? 'Золотой' : undefined);
      if (!name) return json(404, { error: { code: 'plan.not_found', message: 'План не найден' } });
      return json(
        200,
        planDue(id, name, url.searchParams.get('type') ?? '', url.searchParams.get('priority') ?? ''),
      );
    }
    if (url.pathname === '/api/calendars/ru-standard') return json(200, RU_STANDARD);
    return json(404, { error: { code: 'not_found', message: 'Не найдено' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const dueCalls = (fetchMock: ReturnType<typeof stubServer>) =>
  fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => u.includes('/due'));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the SLA calculator', () => {
  it('offers a visitor the public plans and says when reaction and solution are due, in words', async () => {
    stubServer();
    renderWithProviders(<SlaCalculator />);
    const plan = (await screen.findByLabelText('Вариант обслуживания (план)')) as HTMLSelectElement;
    expect([...plan.options].map((o) => o.text)).toEqual(['Стандартный', 'Расширенный']);
    expect(await screen.findByText('реакция до 25 ноября, 16:30; решение до 27 ноября, 15:00')).toBeTruthy();
    expect(screen.getByText(/реакция — 8 ч, решение — 80 ч/)).toBeTruthy();
    expect(screen.getByText(/28 ноября \(выходной\), 4 ноября \(День народного единства\)/)).toBeTruthy();
  });

  it('shows every ticket type with its description (R3)', async () => {
    stubServer();
    renderWithProviders(<SlaCalculator />);
    const types = within((await screen.findByText('Тип обращения')).closest('fieldset') as HTMLElement);
    expect(types.getByLabelText(/Запрос/)).toBeTruthy();
    expect(
      types.getByText('Ошибка в работе продукта или его недостаточная производительность.'),
    ).toBeTruthy();
    expect(types.getByText('Устранение подтверждённой ошибки, управление изменениями.')).toBeTruthy();
    expect((types.getByLabelText(/Инцидент/) as HTMLInputElement).checked).toBe(true);
  });

  it('recomputes for another type and priority', async () => {
    const fetchMock = stubServer();
    renderWithProviders(<SlaCalculator />);
    await screen.findByText(/реакция до 25 ноября, 16:30/);
    fireEvent.click(screen.getByLabelText(/Проблема/));
    fireEvent.change(screen.getByLabelText('Приоритет'), { target: { value: 'critical' } });
    expect(await screen.findByText('реакция до 25 ноября, 10:30; решение до 27 ноября, 15:00')).toBeTruthy();
    expect(dueCalls(fetchMock).at(-1)).toBe('/api/plans/standard/due?type=problem&priority=critical');
  });

  it('uses the signed-in user’s plan list and shows the service hours of its calendar', async () => {
    const fetchMock = stubServer({ signedIn: true });
    renderWithProviders(<SlaCalculator />);
    expect(await screen.findByText(/Норматив плана «Золотой»/)).toBeTruthy();
    expect(await screen.findByText('Пн–Пт: 09:00–17:00')).toBeTruthy();
    expect(screen.getByText('Сб, Вс: выходной')).toBeTruthy();
    expect(dueCalls(fetchMock)[0]).toBe('/api/plans/gold/due?type=incident&priority=normal');
  });

  it('shows the server’s message when the deadlines cannot be computed', async () => {
    stubServer({ dueError: true });
    renderWithProviders(<SlaCalculator />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Внутренняя ошибка сервера'), {
      timeout: 4000,
    });
  });
});
