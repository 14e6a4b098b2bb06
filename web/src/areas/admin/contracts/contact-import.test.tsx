// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test-setup.tsx';
import type { ImportResult } from '../admin-api.ts';
import { ContactImport } from './contact-import.tsx';

const RESULT: ImportResult = {
  contractId: 'c1',
  dryRun: false,
  added: 1,
  invalid: 2,
  rows: [
    { line: 2, status: 'added', contactId: 'x', name: 'Ольга Смирнова', email: 'olga@romashka.ru' },
    {
      line: 3,
      status: 'invalid',
      name: 'Без адреса',
      reasons: [
        { field: 'email', code: 'contact.email_required', message: 'Не указан адрес электронной почты' },
      ],
    },
    {
      line: 5,
      status: 'invalid',
      name: 'Ольга С.',
      email: 'olga@romashka.ru',
      reasons: [
        {
          field: 'email',
          code: 'contacts_import.duplicate_row',
          message: 'Адрес olga@romashka.ru уже встречался в строке 2',
        },
      ],
    },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('sends the CSV and shows each failed line with its reason', async () => {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(RESULT), { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<ContactImport contractId="c1" />);
  fireEvent.change(screen.getByLabelText('Содержимое CSV'), {
    target: { value: 'ФИО;E-mail\nОльга Смирнова;olga@romashka.ru\nБез адреса;\n' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Загрузить' }));

  expect(await screen.findByText('Строки с ошибками')).toBeTruthy();
  expect(screen.getByText('Добавлено представителей: 1. Строк с ошибками: 2.')).toBeTruthy();
  const failed = screen.getAllByRole('row').filter((r) => r.className.includes('row-bad'));
  expect(failed.map((r) => r.textContent)).toEqual([
    '3Без адреса—Не указан адрес электронной почты',
    '5Ольга С.olga@romashka.ruАдрес olga@romashka.ru уже встречался в строке 2',
  ]);
  const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
  expect(url).toBe('/api/contracts/c1/contacts/import');
  expect(JSON.parse(String(init.body))).toEqual({
    csv: 'ФИО;E-mail\nОльга Смирнова;olga@romashka.ru\nБез адреса;\n',
  });
});

it('shows the server message for a file it cannot read, and keeps the text', async () => {
  const error = {
    error: {
      code: 'contacts_import.bad_header',
      message: 'Заголовок CSV задан неверно: $.header: Нет обязательного столбца email',
      details: [{ path: '$.header', code: 'contacts_import.missing_column' }],
    },
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(error), { status: 422 })),
  );
  renderWithProviders(<ContactImport contractId="c1" />);
  const box = screen.getByLabelText('Содержимое CSV') as HTMLTextAreaElement;
  fireEvent.change(box, { target: { value: 'name;mail\nИван;ivan@x.ru' } });
  fireEvent.click(screen.getByRole('button', { name: 'Проверить без записи' }));
  await waitFor(() =>
    expect(screen.getByRole('alert').textContent).toContain('Нет обязательного столбца email'),
  );
  expect(box.value).toBe('name;mail\nИван;ivan@x.ru');
});
