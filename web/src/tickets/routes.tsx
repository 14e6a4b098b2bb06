// The ticket page, shared by customers and support; its code loads on the first visit.
import { lazy, Suspense } from 'react';
import { defineTexts, useT } from '../i18n/i18n.tsx';
import type { AreaRoute } from '../routing.tsx';
import { Loading } from '../ui/ui.tsx';

const TicketPage = lazy(() => import('./page/ticket-page.tsx'));
const texts = defineTexts({
  ru: { loading: 'Загружаем обращение…' },
  en: { loading: 'Loading the ticket…' },
});

/** The ticket page behind a "loading…" while its module arrives. */
function LazyTicketPage() {
  const t = useT(texts);
  return (
    <Suspense fallback={<Loading label={t('loading')} />}>
      <TicketPage />
    </Suspense>
  );
}

export const ticketRoutes: AreaRoute[] = [
  { path: '/tickets/:number', component: LazyTicketPage, access: 'signed-in' },
];
