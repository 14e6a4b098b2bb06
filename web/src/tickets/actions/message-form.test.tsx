// @vitest-environment happy-dom
// A reply that meets a newer version of the ticket (409): the ticket is re-read, the user is told
// calmly, the typed text stays, and the next attempt is sent as of the new version.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-setup.tsx';
import { ticketFixture } from '../test-fixtures.ts';
import { useTicket } from '../ticket-api.ts';
import type { Ticket } from '../types.ts';
import { MessageForm } from './message-form.tsx';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

let calls: Call[] = [];
let server: (call: Call) => Response;

beforeEach(() => {
  calls = [];
  sessionStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const call = {
        method: init.method ?? 'GET',
        url,
        headers: (init.headers ?? {}) as Record<string, string>,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      calls.push(call);
      return server(call);
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** As on the page: the form gets the ticket from the query a conflict re-reads. */
function ReplyOnPage({ onDone }: { onDone: () => void }) {
  const ticket = useTicket(1000);
  return ticket.data ? (
    <MessageForm ticket={ticket.data} action="reply" onCancel={() => {}} onDone={onDone} />
  ) : null;
}

const current = (): Ticket => ticketFixture({ status: 'waiting_customer', version: 6 });
const newer = (): Ticket => ticketFixture({ status: 'waiting_customer', version: 7 });

describe('MessageForm on a conflict', () => {
  it('keeps the text, re-reads the ticket and says so calmly', async () => {
    server = (call) =>
      call.method === 'GET'
        ? json(200, newer())
        : json(409, {
            error: { code: 'ticket.version_conflict', message: 'Обращение изменено другим пользователем' },
          });
    const onDone = vi.fn();
    renderWithProviders(<MessageForm ticket={current()} action="reply" onCancel={vi.fn()} onDone={onDone} />);
    const box = screen.getByLabelText('Ваш ответ') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Файл отчёта прикладываю.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Отправить ответ' }));

    expect(await screen.findByText(/Пока вы писали, обращение изменилось/)).toBeTruthy();
    expect(box.value).toBe('Файл отчёта прикладываю.');
    expect(onDone).not.toHaveBeenCalled();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/tickets/1000/replies');
    expect(post?.headers['If-Match']).toBe('"6"');
    expect(post?.headers['Idempotency-Key']).toBeTruthy();
    expect(post?.body).toEqual({ text: 'Файл отчёта прикладываю.' });
  });

  it('sends the retry as of the version the page re-read, and clears the draft once accepted', async () => {
    let gets = 0;
    let posts = 0;
    server = (call) => {
      if (call.method === 'GET') return json(200, gets++ === 0 ? current() : newer());
      posts++;
      return posts === 1
        ? json(409, { error: { code: 'ticket.version_conflict', message: 'изменено' } })
        : json(200, { ...newer(), version: 8, status: 'in_progress' });
    };
    const onDone = vi.fn();
    renderWithProviders(<ReplyOnPage onDone={onDone} />);
    fireEvent.change(await screen.findByLabelText('Ваш ответ'), { target: { value: 'Ответ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Отправить ответ' }));
    await screen.findByText(/Пока вы писали/);
    await waitFor(() => expect(gets).toBe(2));
    fireEvent.click(screen.getByRole('button', { name: 'Отправить ответ' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const sent = calls.filter((c) => c.method === 'POST');
    expect(sent.map((p) => p.headers['If-Match'])).toEqual(['"6"', '"7"']);
    // The same message keeps its idempotency key across the retry.
    expect(sent[1]?.headers['Idempotency-Key']).toBe(sent[0]?.headers['Idempotency-Key']);
    expect(sessionStorage.getItem('srok.draft.1000.reply')).toBeNull();
  });

  it("shows the server's own words for any other refusal, keeping the text", async () => {
    server = () =>
      json(422, { error: { code: 'ticket.text_required', message: 'Напишите текст сообщения' } });
    renderWithProviders(<MessageForm ticket={current()} action="note" onCancel={vi.fn()} onDone={vi.fn()} />);
    const box = screen.getByLabelText('Заметка (видна только поддержке)') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'черновик' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить заметку' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Напишите текст сообщения');
    expect(box.value).toBe('черновик');
  });

  it('keeps a draft across a reload of the page', () => {
    server = () => json(200, current());
    const first = renderWithProviders(
      <MessageForm ticket={current()} action="propose" onCancel={vi.fn()} onDone={vi.fn()} />,
    );
    fireEvent.change(screen.getByLabelText('Вид решения'), { target: { value: 'workaround' } });
    fireEvent.change(screen.getByLabelText('Текст для пользователя'), {
      target: { value: 'Сохраните в XLSX' },
    });
    first.unmount();
    renderWithProviders(
      <MessageForm ticket={current()} action="propose" onCancel={vi.fn()} onDone={vi.fn()} />,
    );
    expect((screen.getByLabelText('Текст для пользователя') as HTMLTextAreaElement).value).toBe(
      'Сохраните в XLSX',
    );
    expect((screen.getByLabelText('Вид решения') as HTMLSelectElement).value).toBe('workaround');
  });
});
