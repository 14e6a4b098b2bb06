// Pages loaded on first visit (React.lazy) so the first page's JavaScript stays small.
import { type ReactNode, Suspense } from 'react';
import { defineTexts, useT } from '../i18n/i18n.tsx';
import { Loading } from '../ui/ui.tsx';

const texts = defineTexts({ ru: { loading: 'Загрузка…' }, en: { loading: 'Loading…' } });

function Pending() {
  const t = useT(texts);
  return <Loading label={t('loading')} />;
}

/** Shows «Загрузка…» while a lazily loaded page arrives. */
export function LazyBoundary({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Pending />}>{children}</Suspense>;
}
