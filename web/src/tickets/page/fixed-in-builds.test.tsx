// @vitest-environment happy-dom
// R19 on the ticket page: «Исправлено в сборках» lists each build fixing the ticket with its date and
// file links; support sees drafts flagged, a lead a link to the build; nothing when no build lists it.
// The history tells of the publication in words, in both languages.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../api/types.ts';
import { renderWithProviders } from '../../test-setup.tsx';
import { Conversation } from '../conversation/conversation.tsx';
import { ticketFixture } from '../test-fixtures.ts';
import type { ResolvedInBuild, Ticket } from '../types.ts';
import { FixedInBuilds } from './fixed-in-builds.tsx';

const user = (role: User['role']): User => ({
  id: `u-${role}`,
  email: `${role}@example.ru`,
  name: role,
  role,
  lang: 'ru',
  organizationId: role === 'customer' ? 'org-1' : null,
  emailVerified: true,
});

const build = (over: Partial<ResolvedInBuild>): ResolvedInBuild => ({
  id: 'b-52',
  productId: 'p-1',
  product: 'Срок Аналитика',
  version: '5.2.1',
  releasedOn: '2026-05-04',
  publishedAt: '2026-05-04T09:00:00.000Z',
  draft: false,
  url: '/api/builds/b-52',
  files: [{ id: 'f-1', fileName: 'analytics-5.2.1.zip', size: 2048, url: '/api/builds/b-52/files/f-1' }],
  ...over,
});

const withBuilds = (): Ticket =>
  ticketFixture({
    resolvedInBuilds: [
      build({
        id: 'b-53',
        version: '5.3',
        releasedOn: '2026-05-20',
        publishedAt: null,
        draft: true,
        files: [],
      }),
      build({}),
    ],
  });

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify([]), { status: 200 })),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('FixedInBuilds', () => {
  it('lists the build with its date and a download link for the customer', () => {
    const ticket = withBuilds();
    ticket.resolvedInBuilds = ticket.resolvedInBuilds.filter((b) => !b.draft);
    renderWithProviders(<FixedInBuilds ticket={ticket} user={user('customer')} />);
    const card = screen.getByRole('region', { name: 'Исправлено в сборках' });
    expect(card.textContent).toMatch(/Срок Аналитика 5\.2\.1 от 04\.05\.2026/);
    expect(card.textContent).toMatch(/По соглашению нужно работать на новейшей сборке/);
    const link = screen.getByRole('link', { name: 'Скачать analytics-5.2.1.zip' });
    expect(link.getAttribute('href')).toBe('/api/builds/b-52/files/f-1');
    expect(card.querySelector('a[href^="/admin/"]')).toBeNull();
  });

  it('flags a draft for support on a line of its own, and links a lead from the build name', () => {
    renderWithProviders(<FixedInBuilds ticket={withBuilds()} user={user('lead')} />, { lang: 'en' });
    const card = screen.getByRole('region', { name: 'Fixed in builds' });
    const [draft, published] = Array.from(card.querySelectorAll(':scope > ul > li'));
    expect(draft?.textContent).toMatch(/Срок Аналитика 5\.3 of 20\/05\/2026/);
    expect(draft?.querySelector(':scope > p')?.textContent).toBe('draft: hidden from customers');
    expect(draft?.textContent).toMatch(/No files uploaded/);
    expect(published?.textContent).not.toMatch(/draft/);
    expect(screen.getByRole('link', { name: 'Срок Аналитика 5.3' }).getAttribute('href')).toBe(
      '/admin/products/p-1',
    );
  });

  it('shows nothing when no build lists the ticket', () => {
    const { container } = renderWithProviders(
      <FixedInBuilds ticket={ticketFixture()} user={user('customer')} />,
    );
    expect(container.textContent).toBe('');
  });
});

describe('the publication in the conversation', () => {
  it.each([
    ['ru', 'Выпущена сборка Срок Аналитика 5.2.1 с исправлением'],
    ['en', 'Build Срок Аналитика 5.2.1 with the fix was published'],
  ] as const)('reads in %s', (lang, words) => {
    const ticket = ticketFixture();
    ticket.conversation.push({
      seq: 20,
      type: 'build_published',
      at: '2026-05-04T09:00:00.000Z',
      actor: { id: 'u-lead', role: 'lead', name: 'Олег Руководитель' },
      build: { id: 'b-52', product: 'Срок Аналитика', version: '5.2.1' },
    });
    renderWithProviders(<Conversation ticket={ticket} available={[]} customer onAction={() => {}} />, {
      lang,
    });
    expect(screen.getByText(words)).toBeTruthy();
  });
});
