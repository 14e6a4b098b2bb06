// @vitest-environment happy-dom
// Merging a duplicate: support is offered it on open tickets only, the form sends the target's
// number as of the version seen, and a merged ticket says where the work goes on, with a link.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../api/types.ts';
import { renderWithProviders } from '../../test-setup.tsx';
import { TicketView } from '../page/ticket-view.tsx';
import { ticketFixture } from '../test-fixtures.ts';
import type { Ticket, TicketEvent, TicketStatus } from '../types.ts';
import { availableActions } from './available-actions.ts';
import { MergeForm, mergeRequest } from './merge-form.tsx';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const merged = (): Ticket => {
  const t = ticketFixture({ status: 'closed', closeReason: 'merged', mergedInto: 1001 });
  const [first] = t.conversation;
  const event: TicketEvent = { ...first!, seq: 99, type: 'merged_into', mergedInto: 1001, text: 'Дубликат' };
  return { ...t, closedAt: '2026-05-06T07:00:00.000Z', conversation: [...t.conversation, event] };
};

let posts: Array<{ url: string; headers: Record<string, string>; body: unknown }> = [];

beforeEach(() => {
  posts = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if ((init.method ?? 'GET') === 'POST') {
        posts.push({
          url,
          headers: (init.headers ?? {}) as Record<string, string>,
          body: JSON.parse(String(init.body)),
        });
        return json(200, merged());
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

describe('merging a duplicate into another ticket', () => {
  it('is offered to support on every open ticket, never on a closed one, never to customers', () => {
    const open: TicketStatus[] = ['new', 'in_progress', 'waiting_customer', 'solution_proposed'];
    for (const role of ['engineer', 'lead', 'admin'] as const) {
      for (const status of open)
        expect(availableActions(ticketFixture({ status }), { id: 'u', role })).toContain('merge');
      expect(availableActions(ticketFixture({ status: 'closed' }), { id: 'u', role })).not.toContain('merge');
    }
    expect(availableActions(ticketFixture(), { id: 'u-customer', role: 'customer' })).not.toContain('merge');
  });

  it('offers the customer no follow-up on a merged duplicate, only the way to the ticket it joined', () => {
    const customer = { id: 'u-customer', role: 'customer' } as const;
    expect(availableActions(merged(), customer)).not.toContain('follow_up');
    const closed = ticketFixture({ status: 'closed', closeReason: 'accepted' });
    expect(availableActions(closed, customer)).toContain('follow_up');
  });

  it('sends the comment only when one is written', () => {
    expect(mergeRequest(1001, '  Та же ошибка ')).toEqual({ into: 1001, comment: 'Та же ошибка' });
    expect(mergeRequest(1001, '   ')).toEqual({ into: 1001 });
  });

  it('posts the number as people write it, as of the version seen, and hands back the merged ticket', async () => {
    const onDone = vi.fn();
    renderWithProviders(<MergeForm ticket={ticketFixture()} onCancel={vi.fn()} onDone={onDone} />);
    const send = () => screen.getByRole('button', { name: 'Объединить и закрыть это обращение' });
    const number = screen.getByLabelText('Номер обращения, с которым объединить');
    expect(document.activeElement, 'the number is what to type first').toBe(number);
    fireEvent.change(number, { target: { value: 'SR-1000' } }); // the ticket itself
    expect(send().hasAttribute('disabled')).toBe(true);
    // Not silently: the field says why, and a screen reader hears it with the field.
    const why = 'Это номер самого этого обращения: укажите обращение, с которым его объединить.';
    expect(screen.getByText(why)).toBeTruthy();
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(number.getAttribute('aria-describedby')).toContain(screen.getByText(why).id);
    fireEvent.change(number, { target: { value: 'SR-1001' } });
    expect(screen.queryByText(why)).toBeNull();
    fireEvent.change(screen.getByLabelText(/Комментарий/), { target: { value: 'Дубликат' } });
    fireEvent.click(send());
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posts).toEqual([
      {
        url: '/api/tickets/1000/merge',
        headers: expect.objectContaining({ 'If-Match': '"6"' }),
        body: { into: 1001, comment: 'Дубликат' },
      },
    ]);
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ closeReason: 'merged', mergedInto: 1001 });
  });

  it('a merged ticket says «Объединено с SR-…» with a link, in its notice, facts and conversation, with the comment', () => {
    const customer: User = {
      id: 'u-customer',
      email: 'irina@romashka.ru',
      name: 'Ирина Петрова',
      role: 'customer',
      lang: 'ru',
      organizationId: 'org-1',
      emailVerified: true,
    };
    renderWithProviders(<TicketView ticket={merged()} user={customer} />);
    expect(screen.getByText(/Обращение объединено с SR-1001: работа по нему продолжается там/)).toBeTruthy();
    const links = screen.getAllByRole('link', { name: /SR-1001/ }).map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(new Set(links)).toEqual(new Set(['/tickets/1001']));
    expect(screen.getByText('Объединено с')).toBeTruthy();
    expect(screen.getByText(/Обращение объединено с SR-1001: работа продолжается там/)).toBeTruthy();
    expect(screen.getByText(/объединено с другим обращением/)).toBeTruthy();
    // The form promises the customer sees the comment: it is on the page, under the merge.
    const comment = screen.getByText('Дубликат');
    expect(comment.closest('article')?.textContent).toMatch(/Обращение объединено с SR-1001/);
  });
});
