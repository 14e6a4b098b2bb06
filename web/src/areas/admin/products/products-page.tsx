// /admin/products: the vendor's products (R19), and a form to add one (administrators).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { api } from '../../../api/client.ts';
import { formatDate } from '../../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { useSession } from '../../../session.tsx';
import { Button, ErrorBox, Field, Loading } from '../../../ui/ui.tsx';
import { keys, type Product } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';

const texts = defineTexts({
  ru: {
    title: 'Продукты и сборки',
    loading: 'Загружаем продукты…',
    empty: 'Продуктов пока нет.',
    name: 'Продукт',
    created: 'Добавлен',
    add: 'Добавить продукт',
    newName: 'Название продукта',
  },
  en: {
    title: 'Products and builds',
    loading: 'Loading products…',
    empty: 'No products yet.',
    name: 'Product',
    created: 'Added',
    add: 'Add product',
    newName: 'Product name',
  },
});

function AddProduct() {
  const t = useT(texts);
  const client = useQueryClient();
  const [name, setName] = useState('');
  const add = useMutation({
    mutationFn: () => api.post<Product>('/api/products', { name }),
    onSuccess: async () => {
      setName('');
      await client.invalidateQueries({ queryKey: keys.products });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form className="card" onSubmit={submit}>
      <h2>{t('add')}</h2>
      <ErrorBox error={add.error} />
      <div className="admin-inline">
        <Field label={t('newName')}>
          {(p) => (
            <input {...p} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <Button type="submit" disabled={add.isPending}>
          {t('add')}
        </Button>
      </div>
    </form>
  );
}

/** The products with links to their builds. */
export default function ProductsPage() {
  const t = useT(texts);
  const { lang } = useLang();
  const { user } = useSession();
  const list = useQuery({ queryKey: keys.products, queryFn: () => api.get<Product[]>('/api/products') });
  return (
    <AdminPage title={t('title')}>
      {list.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={list.error} />
      {list.data?.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('created')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/admin/products/${p.id}`}>{p.name}</Link>
                  </td>
                  <td>{formatDate(p.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {user?.role === 'admin' ? <AddProduct /> : null}
    </AdminPage>
  );
}
