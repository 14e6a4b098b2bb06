// Renders a component inside the portal's providers for component tests (happy-dom).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Lang } from './api/types.ts';
import { LangProvider } from './i18n/i18n.tsx';

/** Renders `ui` with a fresh query client and a fixed language. */
export function renderWithProviders(ui: ReactElement, { lang = 'ru' }: { lang?: Lang } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <LangProvider lang={lang}>{ui}</LangProvider>
    </QueryClientProvider>,
  );
}
