// The portal: providers, the shell, and every area's pages in one router.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Route, Switch } from 'wouter';
import { ApiError } from './api/client.ts';
import { accountRoutes } from './areas/account/routes.tsx';
import { adminRoutes } from './areas/admin/routes.tsx';
import { customerRoutes } from './areas/customer/routes.tsx';
import { publicRoutes } from './areas/public/routes.tsx';
import { reportRoutes } from './areas/reports/routes.tsx';
import { supportRoutes } from './areas/support/routes.tsx';
import { defineTexts, LangProvider, useT } from './i18n/i18n.tsx';
import { type AreaRoute, Guarded } from './routing.tsx';
import { Shell } from './shell.tsx';
import { ticketRoutes } from './tickets/routes.tsx';
import { Page } from './ui/ui.tsx';

// Order matters where paths overlap: /tickets/new (customer) before /tickets/:number.
const ROUTES: AreaRoute[] = [
  ...publicRoutes,
  ...customerRoutes,
  ...ticketRoutes,
  ...supportRoutes,
  ...accountRoutes,
  ...adminRoutes,
  ...reportRoutes,
];

const texts = defineTexts({
  ru: { notFound: 'Страница не найдена', notFoundText: 'Проверьте адрес или вернитесь на главную.' },
  en: { notFound: 'Page not found', notFoundText: 'Check the address or go back to the start page.' },
});

function NotFound() {
  const t = useT(texts);
  return (
    <Page title={t('notFound')}>
      <p>{t('notFoundText')}</p>
    </Page>
  );
}

/** A query client that does not retry what the server refused (4xx). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** The whole portal. */
export function App({ client = createQueryClient() }: { client?: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <LangProvider>
        <Shell routes={ROUTES}>
          <Switch>
            {ROUTES.map((r) => (
              <Route key={r.path} path={r.path}>
                <Guarded route={r} />
              </Route>
            ))}
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Shell>
      </LangProvider>
    </QueryClientProvider>
  );
}
