// Loads an admin page's code only when it is opened, so customers never download the admin area.
import { type ComponentType, lazy, Suspense } from 'react';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Loading } from '../../ui/ui.tsx';

const texts = defineTexts({ ru: { loading: 'Загрузка…' }, en: { loading: 'Loading…' } });

function PageLoading() {
  const t = useT(texts);
  return <Loading label={t('loading')} />;
}

/** A route component that fetches the page module on first render and shows "loading" meanwhile. */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Page = lazy(load);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per route at module load, so each page keeps one stable component.
  return function LazyAdminPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  };
}
