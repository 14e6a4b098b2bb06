// @vitest-environment happy-dom
// After an action the form or button that had the focus is gone: the focus goes to what the action
// did — its new entry in the conversation, or the link to the follow-up it registered (R17) — never
// back to the top of the page; Cancel gives it back to the button that opened the form.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../api/types.ts';
import { renderWithProviders } from '../../test-setup.tsx';
import { followUpFixture, jsonResponse, person, ticketFixture } from '../test-fixtures.ts';
import { useTicket } from '../ticket-api.ts';
import type { Ticket, TicketEvent } from '../types.ts';
import { TicketView } from './ticket-view.tsx';

const json = jsonResponse;

const engineer = person('u-other', 'engineer', 'Олег Инженер');
const lead = person('u-lead', 'lead', 'Олег Руководитель');
const customer = person('u-customer', 'customer', 'Ирина Петрова');

/** The ticket the server holds; each action appends one event, as the real one does. */
let current: Ticket;
let answer: (path: string, ticket: Ticket) => unknown;

function withEvent(
  ticket: Ticket,
  event: Partial<TicketEvent> & { type: string },
  patch: Partial<Ticket> = {},
) {
  const seq = (ticket.conversation.at(-1)?.seq ?? 0) + 1;
  const actor = { id: 'u-other', role: 'engineer' as const, name: 'Олег Инженер' };
  const added: TicketEvent = { seq, at: '2026-05-06T07:30:00.000Z', actor, ...event };
  return { ...ticket, ...patch, version: ticket.version + 1, conversation: [...ticket.conversation, added] };
}

beforeEach(() => {
  sessionStorage.clear();
  answer = (_path, ticket) => {
    const assignee = { id: 'u-other', name: 'Олег Инженер' };
    current = withEvent(ticket, { type: 'assigned', assignee }, { assignee });
    return current;
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if ((init.method ?? 'GET') === 'POST') return json(200, answer(url.split('/1000/')[1] ?? '', current));
      if (url.endsWith('/attachments')) return json(200, { items: [] });
      if (url === '/api/plans') return json(200, []);
      if (url === '/api/staff') return json(200, [{ id: 'u-other', name: 'Олег Инженер', role: 'engineer' }]);
      return json(200, current);
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The page as the portal shows it: the ticket read from the cache that actions update. */
function Live({ user }: { user: User }) {
  const ticket = useTicket(1000);
  return ticket.data ? <TicketView ticket={ticket.data} user={user} /> : null;
}

async function show(ticket: Ticket, user: User) {
  current = ticket;
  renderWithProviders(<Live user={user} />);
  await screen.findByRole('heading', { level: 1 });
}

const newest = () => `entry-${current.conversation.at(-1)?.seq}`;
const button = (name: string) => screen.getAllByRole('button', { name }).at(-1) as HTMLElement;

describe('the focus after an action on the ticket page', () => {
  it('«Взять себе»: on the new «Назначено» line', async () => {
    await show(ticketFixture(), engineer);
    const take = button('Взять себе');
    take.focus();
    fireEvent.click(take);
    await waitFor(() => expect(document.activeElement?.id).toBe(newest()));
    expect(document.activeElement?.textContent).toMatch(/Назначено: Олег Инженер/);
  });

  it.each([
    [
      'a note',
      'Внутренняя заметка',
      'Заметка (видна только поддержке)',
      'Сохранить заметку',
      'internal_note',
    ],
    [
      'an information request',
      'Запросить информацию или действие',
      'Что нужно от пользователя',
      'Отправить запрос',
      'info_requested',
    ],
  ])('%s: on the message just sent', async (_n, open, box, send, type) => {
    answer = (_path, ticket) => {
      current = withEvent(ticket, { type, text: 'Пришлите журнал', kind: 'information' });
      return current;
    };
    await show(ticketFixture(), engineer);
    fireEvent.click(button(open));
    fireEvent.change(screen.getByLabelText(box), { target: { value: 'Пришлите журнал' } });
    fireEvent.click(button(send));
    await waitFor(() => expect(document.activeElement?.id).toBe(newest()));
    expect(document.activeElement?.textContent).toContain('Пришлите журнал');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
  });

  it('the customer’s reply: on the reply in the conversation', async () => {
    answer = (_path, ticket) => {
      const actor = { id: 'u-customer', role: 'customer' as const, name: 'Ирина Петрова' };
      current = withEvent(ticket, { type: 'customer_replied', text: 'Журнал во вложении', actor });
      return current;
    };
    await show(ticketFixture({ status: 'waiting_customer' }), customer);
    fireEvent.change(screen.getByLabelText('Ваш ответ'), { target: { value: 'Журнал во вложении' } });
    fireEvent.click(button('Отправить ответ'));
    await waitFor(() => expect(document.activeElement?.id).toBe(newest()));
    expect(document.activeElement?.textContent).toContain('Журнал во вложении');
  });

  it('accepting a solution: on the line that says the ticket is closed', async () => {
    answer = (_path, ticket) => {
      current = withEvent(ticket, { type: 'closed', closeReason: 'accepted' }, { status: 'closed' });
      return current;
    };
    await show(ticketFixture({ status: 'solution_proposed' }), customer);
    fireEvent.click(button('Принять решение'));
    fireEvent.click(button('Да'));
    await waitFor(() => expect(document.activeElement?.id).toBe(newest()));
  });

  it('a lead’s assignment: on the new «Назначено» line', async () => {
    await show(ticketFixture(), lead);
    fireEvent.click(button('Назначить'));
    const list = (await screen.findByLabelText('Исполнитель')) as HTMLSelectElement;
    fireEvent.change(list, { target: { value: 'u-other' } });
    fireEvent.click(button('Назначить'));
    await waitFor(() => expect(document.activeElement?.id).toBe(newest()));
    expect(document.activeElement?.textContent).toMatch(/Назначено: Олег Инженер/);
  });

  it('a message that registered a follow-up: on the link to it', async () => {
    answer = followUpFixture;
    await show(ticketFixture({ status: 'solution_proposed' }), customer);
    fireEvent.click(button('Отклонить с комментарием'));
    fireEvent.change(screen.getByLabelText('Почему решение не подошло'), { target: { value: 'Не помогло' } });
    fireEvent.click(button('Отклонить решение'));
    const link = await screen.findByRole('link', { name: 'Открыть обращение SR-1001' });
    await waitFor(() => expect(document.activeElement).toBe(link));
  });

  it('«Нет» to «Принять решение?»: back on «Принять решение»', async () => {
    await show(ticketFixture({ status: 'solution_proposed' }), customer);
    fireEvent.click(button('Принять решение'));
    fireEvent.click(button('Нет'));
    expect(document.activeElement).toBe(button('Принять решение'));
  });

  it('Cancel: back on the button that opened the form', async () => {
    await show(ticketFixture(), engineer);
    const opener = button('Внутренняя заметка');
    fireEvent.click(opener);
    fireEvent.click(button('Отмена'));
    expect(document.activeElement).toBe(opener);
  });
});
