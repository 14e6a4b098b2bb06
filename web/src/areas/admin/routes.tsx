// The admin area's pages. Each page's code is loaded only when it is opened (React.lazy), so the
// first page of the portal stays small for customers.
import type { Role } from '../../api/types.ts';
import type { AreaRoute } from '../../routing.tsx';
import { lazyPage } from './lazy-page.tsx';

const ADMIN: readonly Role[] = ['admin'];
// Leads prepare and publish builds and read the audit trail (the API allows them).
const ADMIN_LEAD: readonly Role[] = ['admin', 'lead'];

export const adminRoutes: AreaRoute[] = [
  {
    path: '/admin',
    component: lazyPage(() => import('./overview-page.tsx')),
    access: ADMIN_LEAD,
    nav: { ru: 'Администрирование', en: 'Administration', order: 90 },
  },
  {
    path: '/admin/organizations',
    component: lazyPage(() => import('./organizations/organizations-page.tsx')),
    access: ADMIN,
  },
  {
    path: '/admin/organizations/:id',
    component: lazyPage(() => import('./organizations/organization-page.tsx')),
    access: ADMIN,
  },
  {
    path: '/admin/contracts/:id',
    component: lazyPage(() => import('./contracts/contract-page.tsx')),
    access: ADMIN,
  },
  { path: '/admin/plans', component: lazyPage(() => import('./plans/plans-page.tsx')), access: ADMIN },
  { path: '/admin/plans/:id', component: lazyPage(() => import('./plans/plan-page.tsx')), access: ADMIN },
  {
    path: '/admin/calendars',
    component: lazyPage(() => import('./calendars/calendars-page.tsx')),
    access: ADMIN,
  },
  {
    path: '/admin/calendars/:id',
    component: lazyPage(() => import('./calendars/calendar-page.tsx')),
    access: ADMIN,
  },
  {
    path: '/admin/products',
    component: lazyPage(() => import('./products/products-page.tsx')),
    access: ADMIN_LEAD,
  },
  {
    path: '/admin/products/:id',
    component: lazyPage(() => import('./products/product-page.tsx')),
    access: ADMIN_LEAD,
  },
  { path: '/admin/users', component: lazyPage(() => import('./users/users-page.tsx')), access: ADMIN },
  { path: '/admin/texts', component: lazyPage(() => import('./texts/texts-page.tsx')), access: ADMIN },
  {
    path: '/admin/mailbox',
    component: lazyPage(() => import('./mailbox/mailbox-page.tsx')),
    access: ADMIN,
  },
  {
    path: '/admin/mailbox/:id',
    component: lazyPage(() => import('./mailbox/mail-page.tsx')),
    access: ADMIN,
  },
  { path: '/admin/audit', component: lazyPage(() => import('./audit/audit-page.tsx')), access: ADMIN_LEAD },
];
