// @vitest-environment happy-dom
// Adding a contract's representative (R10): a refusal stays while the form still holds what was
// refused, and goes as soon as the form is corrected (not left above an emptied form).
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test-setup.tsx';
import { ContactsSection } from './contacts-section.tsx';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const DUPLICATE = 'Адрес ivan@romashka.ru уже указан в договоре';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('clears the refusal of an added contact once the form is edited', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit = {}) =>
      (init.method ?? 'GET') === 'POST'
        ? json(409, { error: { code: 'contact.duplicate', message: DUPLICATE } })
        : json(200, []),
    ),
  );
  renderWithProviders(<ContactsSection contractId="c1" />);
  const form = screen.getByRole('heading', { name: 'Добавить представителя' }).closest('form') as HTMLElement;
  fireEvent.change(within(form).getByLabelText('ФИО'), { target: { value: 'Иван Петров' } });
  fireEvent.change(within(form).getByLabelText('E-mail'), { target: { value: 'ivan@romashka.ru' } });
  fireEvent.submit(form);
  expect(await screen.findByText(DUPLICATE)).toBeTruthy();

  fireEvent.change(within(form).getByLabelText('E-mail'), { target: { value: '' } });
  expect(screen.queryByText(DUPLICATE)).toBeNull();
});
