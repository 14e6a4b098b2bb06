// /admin/products/:id: a product's builds, newest first, and a form to add a draft build.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { ErrorBox, Loading } from '../../../ui/ui.tsx';
import { type Build, keys, type Product } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';
import { todayIso } from '../dates.ts';
import { BuildCard } from './build-card.tsx';
import { BuildFields } from './build-fields.tsx';

const texts = defineTexts({
  ru: {
    loading: 'Загрузка…',
    back: '← Все продукты',
    builds: 'Сборки',
    none: 'Сборок пока нет.',
    add: 'Новая сборка',
    addHint: 'Сборка создаётся черновиком: привяжите обращения, загрузите файлы, затем опубликуйте.',
    create: 'Создать черновик',
  },
  en: {
    loading: 'Loading…',
    back: '← All products',
    builds: 'Builds',
    none: 'No builds yet.',
    add: 'New build',
    addHint: 'A build starts as a draft: link the tickets, upload the files, then publish.',
    create: 'Create draft',
  },
});

/** The product's builds. */
export default function ProductPage() {
  const t = useT(texts);
  const { id = '' } = useParams<{ id: string }>();
  const client = useQueryClient();
  const products = useQuery({ queryKey: keys.products, queryFn: () => api.get<Product[]>('/api/products') });
  const builds = useQuery({
    queryKey: keys.builds(id),
    queryFn: () => api.get<Build[]>(`/api/products/${id}/builds`),
  });
  const product = products.data?.find((p) => p.id === id);
  const refresh = () => void client.invalidateQueries({ queryKey: keys.builds(id) });
  return (
    <AdminPage title={product?.name ?? t('loading')}>
      <p>
        <Link href="/admin/products">{t('back')}</Link>
      </p>
      <ErrorBox error={products.error} />
      <h2>{t('builds')}</h2>
      {builds.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={builds.error} />
      {builds.data?.length === 0 ? <p className="muted">{t('none')}</p> : null}
      {builds.data?.map((b) => (
        <BuildCard key={b.id} build={b} onChanged={refresh} />
      ))}
      <section className="card" aria-labelledby="new-build">
        <h2 id="new-build">{t('add')}</h2>
        <p className="muted">{t('addHint')}</p>
        <BuildFields
          initial={{ version: '', releasedOn: todayIso(), notes: '' }}
          submitLabel={t('create')}
          resetOnSuccess
          save={async (draft) => {
            const created = await api.post<Build>(`/api/products/${id}/builds`, draft);
            refresh();
            return created;
          }}
        />
      </section>
    </AdminPage>
  );
}
