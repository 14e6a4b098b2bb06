// @vitest-environment happy-dom
// Every shortcut the `?` list names does what its button does (taking the ticket sends the request at
// once), and Esc closes the list, then an open form, keeping what was typed in it.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-setup.tsx';
import { SHORTCUTS } from '../actions/shortcuts.ts';
import { jsonResponse, person, ticketFixture } from '../test-fixtures.ts';
import { TicketView } from './ticket-view.tsx';

const json = jsonResponse;

const engineer = person('u-other', 'engineer', 'Олег Инженер');
const customer = person('u-customer', 'customer', 'Ирина Петрова');

let posts: Array<{ url: string; body: unknown }> = [];

beforeEach(() => {
  posts = [];
  sessionStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if ((init.method ?? 'GET') === 'POST') {
        posts.push({ url, body: JSON.parse(String(init.body)) });
        return json(200, ticketFixture({ assignee: { id: engineer.id, name: engineer.name } }));
      }
      if (url.endsWith('/attachments')) return json(200, { items: [] });
      if (url === '/api/plans') return json(200, []);
      return json(200, ticketFixture());
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// The key of the Russian layout on the same physical key, as a browser reports it.
const press = (key: string, target: Element | Document = document) =>
  fireEvent.keyDown(target, { key, code: key.length === 1 ? `Key${key.toUpperCase()}` : key });

describe('TicketView keyboard shortcuts', () => {
  it('t takes the ticket: the same request as the button', async () => {
    renderWithProviders(<TicketView ticket={ticketFixture()} user={engineer} />);
    press('t');
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({ url: '/api/tickets/1000/assign', body: { assigneeId: engineer.id } });
  });

  it.each(SHORTCUTS.filter((s) => s.action !== 'take').map((s) => [s.key, s.action] as const))(
    '%s opens the form of %s',
    (key, action) => {
      const { container } = renderWithProviders(<TicketView ticket={ticketFixture()} user={engineer} />);
      press(key);
      expect(container.querySelector('form.composer')).not.toBeNull();
      const opener = screen.getByRole('button', { expanded: true });
      expect(opener.getAttribute('data-shortcut')).toBe(key);
      if (action !== 'parameters') expect(container.querySelector(`form.composer-${action}`)).not.toBeNull();
      expect(posts).toHaveLength(0);
    },
  );

  it('? shows the list, and Esc closes it', () => {
    renderWithProviders(<TicketView ticket={ticketFixture()} user={engineer} />);
    press('?');
    expect(screen.getByRole('dialog', { name: 'Быстрые клавиши' })).toBeTruthy();
    press('Escape');
    expect(screen.queryByRole('dialog', { name: 'Быстрые клавиши' })).toBeNull();
  });

  it('keys typed into a text box are text, not shortcuts', () => {
    renderWithProviders(<TicketView ticket={ticketFixture()} user={engineer} />);
    press('n');
    const box = screen.getByLabelText('Заметка (видна только поддержке)');
    press('t', box);
    expect(posts).toHaveLength(0);
  });
});

describe('Esc on an open form', () => {
  it('closes an internal note, even from its text box, and keeps the draft for next time', () => {
    renderWithProviders(<TicketView ticket={ticketFixture()} user={engineer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Внутренняя заметка' }));
    const box = screen.getByLabelText('Заметка (видна только поддержке)');
    fireEvent.change(box, { target: { value: 'Проверить журнал' } });
    press('Escape', box);
    expect(screen.queryByLabelText('Заметка (видна только поддержке)')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Внутренняя заметка' }));

    fireEvent.click(screen.getByRole('button', { name: 'Внутренняя заметка' }));
    expect((screen.getByLabelText('Заметка (видна только поддержке)') as HTMLTextAreaElement).value).toBe(
      'Проверить журнал',
    );
  });

  it("closes a customer's reply form too", () => {
    renderWithProviders(<TicketView ticket={ticketFixture()} user={customer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ответить' }));
    press('Escape', screen.getByLabelText('Ваш ответ'));
    expect(screen.queryByLabelText('Ваш ответ')).toBeNull();
  });

  it('gives customers no letter shortcuts', () => {
    renderWithProviders(<TicketView ticket={ticketFixture()} user={customer} />);
    press('r');
    press('?');
    expect(screen.queryByLabelText('Ваш ответ')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
