// The boundary around pages loaded on first visit (React.lazy), so the start page's JavaScript stays small.
import { type ReactNode, Suspense } from 'react';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Loading } from '../../ui/ui.tsx';

const texts = defineTexts({ ru: { loading: 'Загрузка…' }, en: { loading: 'Loading…' } });

/** Shows "loading…" while a lazily loaded page's module arrives. */
export function LazyBoundary({ children }: { children: ReactNode }) {
  const t = useT(texts);
  return <Suspense fallback={<Loading label={t('loading')} />}>{children}</Suspense>;
}
