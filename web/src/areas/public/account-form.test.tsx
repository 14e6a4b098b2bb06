// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { renderWithProviders } from '../../test-setup.tsx';
import { AccountForm } from './account-form.tsx';

afterEach(() => cleanup());

const fill = (name: string, email: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Имя и фамилия'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('Электронная почта'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Пароль'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Отправить' }));
};

describe('the account form (registration, first administrator)', () => {
  it('checks the fields in the browser before sending anything', () => {
    const send = vi.fn();
    renderWithProviders(<AccountForm send={send} submitLabel="Отправить" sendingLabel="…" />);
    fill('', '', 'short');
    expect(screen.getAllByText('Заполните это поле')).toHaveLength(2);
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the fields with the interface language; a server error of a field stands under it, typed text kept', async () => {
    const send = vi.fn(async () => {
      throw new ApiError(409, 'auth.email_taken', 'Адрес уже зарегистрирован', [{ path: '/email' }]);
    });
    renderWithProviders(<AccountForm send={send} submitLabel="Отправить" sendingLabel="…" />);
    fill('Анна Смирнова', 'anna@example.ru', 'длинный пароль 42');
    await waitFor(() => expect(screen.getByText('Адрес уже зарегистрирован')).toBeTruthy());
    expect(send).toHaveBeenCalledWith({
      name: 'Анна Смирнова',
      email: 'anna@example.ru',
      password: 'длинный пароль 42',
      lang: 'ru',
    });
    const email = screen.getByLabelText('Электронная почта') as HTMLInputElement;
    expect(email.value).toBe('anna@example.ru');
    expect(email.getAttribute('aria-invalid')).toBe('true');
  });
});
