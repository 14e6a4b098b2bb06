// @vitest-environment happy-dom
// A subject with no spaces (a URL, a file path, «Длинная_тема_…» × 20) wraps wherever it is shown, so
// no page scrolls sideways, also at 375 px: every element that shows it sits inside one the portal's
// own style sheets give `overflow-wrap: anywhere`.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../api/types.ts';
import { NoticeItem } from '../areas/account/notice-item.tsx';
import { CustomerTicketTable } from '../areas/customer/tickets/customer-ticket-table.tsx';
import { QueueTable } from '../areas/support/queue/queue-table.tsx';
import { renderWithProviders } from '../test-setup.tsx';
import type { TicketSummary } from '../ticket-list/types.ts';
import { TicketView } from '../tickets/page/ticket-view.tsx';
import { ticketFixture } from '../tickets/test-fixtures.ts';

// Vitest hands CSS imports to tests empty: the sheets are read from disk (the portal's types know no
// Node, hence the narrow declaration).
const { readFileSync } = (
  globalThis as unknown as {
    process: { getBuiltinModule(id: 'node:fs'): { readFileSync(path: URL, encoding: 'utf8'): string } };
  }
).process.getBuiltinModule('node:fs');
const sheets = Object.keys(import.meta.glob('../**/*.css')).map((path) =>
  readFileSync(new URL(path, import.meta.url), 'utf8'),
);

/** The selectors of every rule that lets long words break anywhere. */
function wrappingSelectors(): string[] {
  const out: string[] = [];
  for (const css of sheets) {
    const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, selectors, body] of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (/overflow-wrap:\s*anywhere/.test(body ?? ''))
        out.push(...(selectors ?? '').split(',').map((s) => s.trim()));
    }
  }
  return out;
}

const WRAPPING = wrappingSelectors();
const LONG = 'Длинная_тема_без_пробелов_'.repeat(12);

/** Elements whose own text holds the long subject but that no wrapping rule reaches. */
function unwrapped(root: HTMLElement): string[] {
  const holders = [...root.querySelectorAll<HTMLElement>('*')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(LONG)),
  );
  expect(holders.length).toBeGreaterThan(0);
  return holders
    .filter((el) => !WRAPPING.some((s) => el.closest(s) !== null))
    .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
}

const engineer: User = {
  id: 'u-other',
  email: 'oleg@srok.example',
  name: 'Олег Инженер',
  role: 'engineer',
  lang: 'ru',
  organizationId: null,
  emailVerified: true,
};

function summary(): TicketSummary {
  const t = ticketFixture({ subject: LONG });
  const { id, number, type, priority, status, subject, organization, requester, assignee, cycle } = t;
  const { openDispute, version, createdAt, updatedAt, closedAt, nextDueAt, deadlines } = t;
  return {
    ...{ id, number, type, priority, status, subject, organization, requester, assignee, cycle },
    ...{ openDispute, version, createdAt, updatedAt, closedAt, nextDueAt, deadlines },
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a long subject with no spaces wraps', () => {
  it('reads the style sheets', () => {
    expect(WRAPPING).toContain('.msg-text');
  });

  it('on the ticket page: its title and the conversation', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"items":[]}', { status: 200 })),
    );
    const ticket = ticketFixture({ subject: LONG });
    const [filed] = ticket.conversation;
    if (filed) filed.subject = LONG;
    const { container } = renderWithProviders(<TicketView ticket={ticket} user={engineer} />);
    expect(unwrapped(container)).toEqual([]);
  });

  it('in the notices', () => {
    const notice = {
      id: 1,
      kind: 'ticket.registered',
      title: `SR-1000: ${LONG}`,
      link: '/tickets/1000',
      ticketNumber: 1000,
      ticketNumbers: [1000],
      createdAt: '2026-05-06T07:00:00Z',
      readAt: null,
    };
    const { container } = renderWithProviders(
      <ul>
        <NoticeItem notice={notice} onRead={() => {}} busy={false} />
      </ul>,
    );
    expect(unwrapped(container)).toEqual([]);
  });

  it('in the customer’s list and the support queue', () => {
    const customer = renderWithProviders(<CustomerTicketTable items={[summary()]} />);
    expect(unwrapped(customer.container)).toEqual([]);
    const queue = renderWithProviders(<QueueTable items={[summary()]} now={Date.now()} />);
    expect(unwrapped(queue.container)).toEqual([]);
  });
});
