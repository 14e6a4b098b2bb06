// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test-setup.tsx';
import { NewTicketPage } from './new-ticket-page.tsx';

const REFUSAL =
  'Адрес ivan@example.com не указан ни в одном договоре как уполномоченный представитель, поэтому обращение принять нельзя. Попросите ответственного за договор в вашей организации (Ольга Петрова) добавить вас в список контактов';

const FILED = {
  id: 't1',
  number: 1042,
  status: 'new',
  deadlines: {
    reaction: '2026-01-12T07:00:00Z',
    solution: '2026-01-14T09:30:00Z',
    progress: null,
    autoClose: null,
  },
  newerBuild: {
    version: '5.2.1900',
    releasedOn: '2026-01-05',
    message: 'Установите сборку 5.2.1900 от 05.01.2026',
  },
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let filings: Array<{ body: unknown; key: string | null }>;
let answers: Response[];
let uploads: string[];

/** Accepts every upload at once (fetch cannot report progress, so files go by XMLHttpRequest). */
class FakeUpload {
  status = 201;
  responseText = '{}';
  withCredentials = false;
  upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  private url = '';
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
  send(form: FormData) {
    uploads.push(`${this.url} ${(form.get('file') as File).name}`);
    setTimeout(() => this.onload?.(), 0);
  }
}

beforeEach(() => {
  filings = [];
  answers = [];
  uploads = [];
  sessionStorage.clear();
  vi.stubGlobal('XMLHttpRequest', FakeUpload);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url === '/api/auth/session')
        return json(200, {
          user: {
            id: 'u1',
            email: 'ivan@example.com',
            name: 'Иван',
            role: 'customer',
            lang: 'ru',
            organizationId: 'o1',
            emailVerified: true,
          },
          csrfToken: 'csrf',
        });
      if (url === '/api/products') return json(200, []);
      if (url === '/api/tickets' && init.method === 'POST') {
        const headers = init.headers as Record<string, string>;
        filings.push({ body: JSON.parse(String(init.body)), key: headers['Idempotency-Key'] ?? null });
        return answers.shift() ?? json(500, {});
      }
      return json(404, { error: { code: 'not_found', message: 'нет' } });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fillForm() {
  fireEvent.click(screen.getByRole('radio', { name: 'Инцидент' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Высокий' }));
  fireEvent.change(screen.getByLabelText('Продукт'), { target: { value: 'Срок Сервер' } });
  fireEvent.change(screen.getByLabelText('Сборка (версия)'), { target: { value: '5.2.1870' } });
  fireEvent.change(screen.getByLabelText('Тема'), { target: { value: 'Отчёт строится 10 минут' } });
  fireEvent.change(screen.getByLabelText('Описание'), {
    target: { value: 'Открываю отчёт за год — ждать 10 минут.' },
  });
}

describe('the new-ticket form', () => {
  it('checks the form before sending: a type, a subject and a description are needed', async () => {
    renderWithProviders(<NewTicketPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать обращение' }));
    expect(await screen.findByText('Выберите тип обращения')).toBeTruthy();
    expect(screen.getByText('Напишите тему обращения')).toBeTruthy();
    expect(screen.getByText('Опишите ситуацию')).toBeTruthy();
    expect(filings).toHaveLength(0);
  });

  it('shows the types with their descriptions (R3)', () => {
    renderWithProviders(<NewTicketPage />);
    expect(screen.getByText('Ошибка в продукте или недостаточная производительность.')).toBeTruthy();
    expect(screen.getByText('Исправление подтверждённой ошибки, управление изменениями.')).toBeTruthy();
  });

  it('a refusal shows the server’s explanation and keeps everything typed; the retry files with the same key', async () => {
    renderWithProviders(<NewTicketPage />);
    fillForm();
    answers.push(json(403, { error: { code: 'ticket.not_authorized_contact', message: REFUSAL } }));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать обращение' }));

    expect((await screen.findByRole('alert')).textContent).toBe(REFUSAL);
    expect((screen.getByLabelText('Тема') as HTMLInputElement).value).toBe('Отчёт строится 10 минут');
    expect((screen.getByLabelText('Описание') as HTMLTextAreaElement).value).toBe(
      'Открываю отчёт за год — ждать 10 минут.',
    );
    expect((screen.getByLabelText('Сборка (версия)') as HTMLInputElement).value).toBe('5.2.1870');
    expect((screen.getByRole('radio', { name: 'Инцидент' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Высокий' }) as HTMLInputElement).checked).toBe(true);
    expect(filings[0]?.body).toEqual({
      type: 'incident',
      priority: 'high',
      subject: 'Отчёт строится 10 минут',
      description: 'Открываю отчёт за год — ждать 10 минут.',
      product: 'Срок Сервер',
      build: '5.2.1870',
    });

    answers.push(json(201, FILED));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать обращение' }));
    expect(await screen.findByText('SR-1042')).toBeTruthy();
    expect(screen.getByText('Обращение зарегистрировано под номером SR-1042.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Обращение зарегистрировано');
    expect(screen.getByText('до 14 января, 12:30')).toBeTruthy();
    expect(screen.getByText('Установите сборку 5.2.1900 от 05.01.2026')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Открыть обращение' }).getAttribute('href')).toBe(
      '/tickets/1042',
    );
    expect(filings).toHaveLength(2);
    expect(filings[0]?.key).toBeTruthy();
    expect(filings[1]?.key).toBe(filings[0]?.key);
  });

  it('the next filing lists only its own files: none after one with a file', async () => {
    renderWithProviders(<NewTicketPage />);
    fillForm();
    const log = new File(['журнал'], 'journal.log', { type: 'text/plain' });
    fireEvent.change(screen.getByLabelText('Файлы'), { target: { files: [log] } });
    answers.push(json(201, FILED));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать обращение' }));
    expect(await screen.findByText('загружен')).toBeTruthy();
    expect(uploads).toEqual(['/api/tickets/1042/attachments journal.log']);

    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать ещё одно' }));
    fillForm();
    answers.push(json(201, { ...FILED, number: 1043 }));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать обращение' }));
    expect(await screen.findByText('SR-1043')).toBeTruthy();
    expect(screen.queryByText('journal.log')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Файлы' })).toBeNull();
    expect(uploads).toHaveLength(1);
  });

  it('keeps what was typed across a reload or another page, and forgets it once filed', async () => {
    const first = renderWithProviders(<NewTicketPage />);
    fillForm();
    first.unmount(); // the customer opens another page, or reloads

    renderWithProviders(<NewTicketPage />);
    expect((screen.getByLabelText('Тема') as HTMLInputElement).value).toBe('Отчёт строится 10 минут');
    expect((screen.getByLabelText('Описание') as HTMLTextAreaElement).value).toBe(
      'Открываю отчёт за год — ждать 10 минут.',
    );
    expect((screen.getByLabelText('Продукт') as HTMLInputElement).value).toBe('Срок Сервер');
    expect((screen.getByLabelText('Сборка (версия)') as HTMLInputElement).value).toBe('5.2.1870');
    expect((screen.getByRole('radio', { name: 'Инцидент' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Высокий' }) as HTMLInputElement).checked).toBe(true);

    answers.push(json(201, FILED));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать обращение' }));
    expect(await screen.findByText('SR-1042')).toBeTruthy();
    cleanup();

    renderWithProviders(<NewTicketPage />);
    expect((screen.getByLabelText('Тема') as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('radio', { name: 'Инцидент' }) as HTMLInputElement).checked).toBe(false);
  });

  it('a filing whose answer was lost is sent again after a reload under the same key', async () => {
    const first = renderWithProviders(<NewTicketPage />);
    fillForm();
    answers.push(new Response('', { status: 502 }));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать обращение' }));
    await screen.findByRole('alert');
    first.unmount();

    renderWithProviders(<NewTicketPage />);
    answers.push(json(201, FILED));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать обращение' }));
    expect(await screen.findByText('SR-1042')).toBeTruthy();
    expect(filings).toHaveLength(2);
    expect(filings[1]?.key).toBe(filings[0]?.key);
  });

  it('a new form after filing gets a new idempotency key', async () => {
    renderWithProviders(<NewTicketPage />);
    fillForm();
    answers.push(json(201, FILED));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать обращение' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Зарегистрировать ещё одно' }));
    await waitFor(() => expect((screen.getByLabelText('Тема') as HTMLInputElement).value).toBe(''));
    fillForm();
    answers.push(json(201, { ...FILED, number: 1043 }));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать обращение' }));
    expect(await screen.findByText('SR-1043')).toBeTruthy();
    expect(filings[1]?.key).not.toBe(filings[0]?.key);
  });
});
