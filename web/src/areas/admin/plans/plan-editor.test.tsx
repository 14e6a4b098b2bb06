// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test-setup.tsx';
import { CLOCKS, type Plan, PRIORITIES, TICKET_TYPES } from '../admin-api.ts';
import { PlanEditor } from './plan-editor.tsx';

const targets = Object.fromEntries(
  TICKET_TYPES.map((type) => [
    type,
    Object.fromEntries(PRIORITIES.map((p) => [p, Object.fromEntries(CLOCKS.map((c) => [c, 120]))])),
  ]),
) as Plan['targets'];

const PLAN: Plan = {
  id: 'standard',
  name: 'Стандартный',
  calendarId: 'ru-standard',
  targets,
  autoCloseDays: 15,
  autoCloseReminderDays: 3,
  warningPercent: 80,
  alertsInWorkingHoursOnly: true,
};

const REFUSAL = {
  error: {
    code: 'plan.invalid',
    message:
      'План обслуживания задан неверно: $.targets.incident.critical.reactionMinutes: Ожидается целое число от 1 до 1000000; $.autoCloseReminderDays: Напоминание должно быть раньше автозакрытия',
    details: [
      { path: '$.targets.incident.critical.reactionMinutes', code: 'plan.bad_number' },
      { path: '$.autoCloseReminderDays', code: 'plan.reminder_too_late' },
    ],
  },
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('shows the server fault in the cell it concerns and keeps what was typed', async () => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/calendars') return new Response('[]', { status: 200 });
    expect([url, init?.method]).toEqual(['/api/plans/standard', 'PUT']);
    return new Response(JSON.stringify(REFUSAL), { status: 422 });
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<PlanEditor plan={PLAN} />);

  const hours = screen.getByLabelText('Реакция, Инцидент, Критический: часы') as HTMLInputElement;
  const minutes = screen.getByLabelText('Реакция, Инцидент, Критический: минуты') as HTMLInputElement;
  expect([hours.value, minutes.value]).toEqual(['2', '0']);
  fireEvent.change(hours, { target: { value: '0' } });
  fireEvent.click(screen.getByRole('button', { name: 'Сохранить план' }));

  await waitFor(() => expect(hours.getAttribute('aria-invalid')).toBe('true'));
  const cell = hours.closest('td') as HTMLElement;
  expect(cell.className).toContain('admin-invalid');
  expect(cell.textContent).toContain('Ожидается целое число от 1 до 1000000');
  const note = document.getElementById(hours.getAttribute('aria-describedby') ?? '');
  expect(note?.textContent).toBe('Ожидается целое число от 1 до 1000000');
  // Only that cell is marked; the plan-level fault sits at its own field.
  const other = screen.getByLabelText('Реакция, Инцидент, Высокий: часы');
  expect(other.getAttribute('aria-invalid')).toBeNull();
  expect(screen.getByLabelText('Напоминание за, дней до автозакрытия').getAttribute('aria-invalid')).toBe(
    'true',
  );
  expect(hours.value).toBe('0');

  const [, init] = fetchMock.mock.calls.find(([u]) => u === '/api/plans/standard') as [string, RequestInit];
  const body = JSON.parse(String(init.body));
  expect(body.targets.incident.critical.reactionMinutes).toBe(0);
  expect(body.targets.incident.high.reactionMinutes).toBe(120);
});

it('moves the focus to the error summary when the save fails, not to the page', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === '/api/calendars'
        ? new Response('[]', { status: 200 })
        : new Response(JSON.stringify(REFUSAL), { status: 422 }),
    ),
  );
  renderWithProviders(<PlanEditor plan={PLAN} />);
  const save = screen.getByRole('button', { name: 'Сохранить план' });
  save.focus();
  fireEvent.click(save);
  const summary = await screen.findByRole('alert');
  await waitFor(() => expect(document.activeElement).toBe(summary));
  expect(summary.textContent).toContain('План обслуживания задан неверно');
});
