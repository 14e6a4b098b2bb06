// The customer area's pages: the organization's tickets and the new-ticket form.
import { lazy } from 'react';
import type { AreaRoute } from '../../routing.tsx';
import { LazyBoundary } from '../../ticket-list/lazy-page.tsx';

const CUSTOMER = ['customer'] as const;
const TicketsPage = lazy(() => import('./tickets/tickets-page.tsx'));
const NewTicketPage = lazy(() => import('./new-ticket/new-ticket-page.tsx'));

/** The organization's tickets. */
function Tickets() {
  return (
    <LazyBoundary>
      <TicketsPage />
    </LazyBoundary>
  );
}

/** The new-ticket form and its confirmation. */
function NewTicket() {
  return (
    <LazyBoundary>
      <NewTicketPage />
    </LazyBoundary>
  );
}

export const customerRoutes: AreaRoute[] = [
  {
    path: '/tickets/new',
    component: NewTicket,
    access: CUSTOMER,
    nav: { ru: 'Новое обращение', en: 'New ticket', order: 20 },
  },
  {
    path: '/tickets',
    component: Tickets,
    access: CUSTOMER,
    nav: { ru: 'Обращения', en: 'Tickets', order: 10 },
  },
];
