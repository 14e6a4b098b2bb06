// Product and build: free text with suggestions from the vendor's products and published builds (R19).
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Field } from '../../../ui/ui.tsx';
import { LIMITS } from './draft.ts';

interface Product {
  id: string;
  name: string;
}

interface Build {
  id: string;
  version: string;
  releasedOn: string;
}

const texts = defineTexts({
  ru: {
    product: 'Продукт',
    productHint: 'Необязательно. Начните вводить название — портал подскажет продукты поставщика.',
    build: 'Сборка (версия)',
    buildHint: 'Необязательно. Номер сборки, на которой возникла ситуация, например 5.2.1870.',
    released: 'от {date}',
  },
  en: {
    product: 'Product',
    productHint: 'Optional. Start typing — the portal suggests the vendor’s products.',
    build: 'Build (version)',
    buildHint: 'Optional. The build where it happens, e.g. 5.2.1870.',
    released: 'of {date}',
  },
});

/** Shows the product and build inputs; suggestions load quietly and are never required. */
export function ProductFields({
  product,
  build,
  onChange,
  errors,
}: {
  product: string;
  build: string;
  onChange: (next: { product?: string; build?: string }) => void;
  errors: { product?: string | undefined; build?: string | undefined };
}) {
  const t = useT(texts);
  const id = useId();
  // Products and builds are suggestions: a failure (or an older server) leaves plain text inputs.
  const products = useQuery({
    queryKey: ['products'],
    queryFn: () => api.get<Product[]>('/api/products'),
    retry: false,
    staleTime: 300_000,
  });
  const chosen = products.data?.find((p) => p.name.toLowerCase() === product.trim().toLowerCase());
  const builds = useQuery({
    queryKey: ['products', chosen?.id, 'builds'],
    queryFn: () => api.get<Build[]>(`/api/products/${chosen?.id}/builds`),
    enabled: !!chosen,
    retry: false,
    staleTime: 300_000,
  });
  return (
    <div className="grid">
      <Field label={t('product')} hint={t('productHint')} error={errors.product}>
        {(props) => (
          <>
            <input
              {...props}
              list={`${id}-products`}
              autoComplete="off"
              maxLength={LIMITS.product}
              value={product}
              onChange={(e) => onChange({ product: e.target.value })}
            />
            <datalist id={`${id}-products`}>
              {(products.data ?? []).map((p) => (
                <option key={p.id} value={p.name} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label={t('build')} hint={t('buildHint')} error={errors.build}>
        {(props) => (
          <>
            <input
              {...props}
              list={`${id}-builds`}
              autoComplete="off"
              maxLength={LIMITS.build}
              value={build}
              onChange={(e) => onChange({ build: e.target.value })}
            />
            <datalist id={`${id}-builds`}>
              {(chosen ? (builds.data ?? []) : []).map((b) => (
                <option key={b.id} value={b.version}>
                  {t('released', { date: b.releasedOn })}
                </option>
              ))}
            </datalist>
          </>
        )}
      </Field>
    </div>
  );
}
