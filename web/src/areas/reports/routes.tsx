// The reports area (R21): SLA compliance and breaches for leads and administrators.
import { lazy } from 'react';
import type { AreaRoute } from '../../routing.tsx';
import { LazyBoundary } from '../../ticket-list/lazy-page.tsx';

const ReportsPage = lazy(() => import('./reports-page.tsx'));

/** The reports page, loaded on first visit. */
function Reports() {
  return (
    <LazyBoundary>
      <ReportsPage />
    </LazyBoundary>
  );
}

export const reportRoutes: AreaRoute[] = [
  {
    path: '/reports',
    component: Reports,
    access: ['lead', 'admin'],
    nav: { ru: 'Отчёты', en: 'Reports', order: 40 },
  },
];
