// The support area's pages: the queue ordered by the nearest due instant.
import { lazy } from 'react';
import { type AreaRoute, SUPPORT } from '../../routing.tsx';
import { LazyBoundary } from '../../ticket-list/lazy-page.tsx';

const QueuePage = lazy(() => import('./queue/queue-page.tsx'));

/** The support queue. */
function Queue() {
  return (
    <LazyBoundary>
      <QueuePage />
    </LazyBoundary>
  );
}

export const supportRoutes: AreaRoute[] = [
  { path: '/queue', component: Queue, access: SUPPORT, nav: { ru: 'Очередь', en: 'Queue', order: 10 } },
];
