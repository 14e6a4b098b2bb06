// /admin/organizations: the customer organizations, and a form to add one.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { api } from '../../../api/client.ts';
import { formatDate } from '../../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Loading, Notice } from '../../../ui/ui.tsx';
import { keys, type Organization } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';
import { useOrganizations } from '../queries.ts';

const texts = defineTexts({
  ru: {
    title: 'Организации и договоры',
    loading: 'Загружаем организации…',
    empty: 'Организаций пока нет. Добавьте первую ниже.',
    name: 'Название',
    created: 'Добавлена',
    add: 'Добавить организацию',
    newName: 'Название организации',
    newHint: 'Как в договоре, например «ООО «Ромашка»».',
    added: 'Организация «{name}» добавлена.',
    search: 'Найти по названию',
  },
  en: {
    title: 'Organizations and contracts',
    loading: 'Loading organizations…',
    empty: 'No organizations yet. Add the first one below.',
    name: 'Name',
    created: 'Added',
    add: 'Add organization',
    newName: 'Organization name',
    newHint: 'As in the contract, e.g. “Romashka LLC”.',
    added: 'Organization “{name}” added.',
    search: 'Find by name',
  },
});

function CreateOrganization() {
  const t = useT(texts);
  const client = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: (value: string) => api.post<Organization>('/api/organizations', { name: value }),
    onSuccess: async () => {
      setName('');
      await client.invalidateQueries({ queryKey: keys.organizations });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(name);
  };
  return (
    <form className="card" onSubmit={submit}>
      <h2>{t('add')}</h2>
      <ErrorBox error={create.error} />
      {create.isSuccess ? <Notice kind="success">{t('added', { name: create.data.name })}</Notice> : null}
      <div className="admin-inline">
        <Field label={t('newName')} hint={t('newHint')}>
          {(p) => (
            <input {...p} value={name} onChange={(e) => setName(e.target.value)} required maxLength={300} />
          )}
        </Field>
        <Button type="submit" disabled={create.isPending}>
          {t('add')}
        </Button>
      </div>
    </form>
  );
}

/** The organizations list with links to their contracts, and the form to add one. */
export default function OrganizationsPage() {
  const t = useT(texts);
  const { lang } = useLang();
  const list = useOrganizations();
  const [search, setSearch] = useState('');
  const shown = (list.data ?? []).filter((o) =>
    o.name.toLocaleLowerCase().includes(search.trim().toLocaleLowerCase()),
  );
  return (
    <AdminPage title={t('title')}>
      <div className="filters">
        <Field label={t('search')}>
          {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
        </Field>
      </div>
      {list.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={list.error} />
      {list.data && list.data.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      {shown.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('created')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link href={`/admin/organizations/${o.id}`}>{o.name}</Link>
                  </td>
                  <td>{formatDate(o.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <CreateOrganization />
    </AdminPage>
  );
}
