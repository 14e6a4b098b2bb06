// /admin/users: users with a role filter; each row changes the role and the organization (R20).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, query } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { ErrorBox, Field, Loading } from '../../../ui/ui.tsx';
import { type AdminUser, keys, ROLES } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';
import { labels } from '../labels.ts';
import { useOrganizations } from '../queries.ts';
import { UserRow } from './user-row.tsx';

const texts = defineTexts({
  ru: {
    title: 'Пользователи и роли',
    loading: 'Загружаем пользователей…',
    role: 'Роль',
    all: 'Все роли',
    anyOrganization: 'Любая',
    search: 'Имя или e-mail',
    user: 'Пользователь',
    organization: 'Организация',
    actions: 'Действия',
    empty: 'Никого не нашлось.',
    count: 'Показано: {n}',
  },
  en: {
    title: 'Users and roles',
    loading: 'Loading users…',
    role: 'Role',
    all: 'All roles',
    anyOrganization: 'Any',
    search: 'Name or e-mail',
    user: 'User',
    organization: 'Organization',
    actions: 'Actions',
    empty: 'Nobody found.',
    count: 'Shown: {n}',
  },
});

/** The users list with filters. */
export default function UsersPage() {
  const t = useT(texts);
  const l = useT(labels);
  const [role, setRole] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [search, setSearch] = useState('');
  const users = useQuery({
    queryKey: keys.users(role, organizationId),
    queryFn: () => api.get<AdminUser[]>(`/api/users${query({ role, organizationId })}`),
  });
  const organizations = useOrganizations();
  const needle = search.trim().toLocaleLowerCase();
  const shown = (users.data ?? []).filter(
    (u) => !needle || u.name.toLocaleLowerCase().includes(needle) || u.email.includes(needle),
  );
  return (
    <AdminPage title={t('title')}>
      <div className="filters">
        <Field label={t('role')}>
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value)}>
              <option value="">{t('all')}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {l(r)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('organization')}>
          {(p) => (
            <select {...p} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
              <option value="">{t('anyOrganization')}</option>
              {(organizations.data ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('search')}>
          {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
        </Field>
      </div>
      {users.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={users.error ?? organizations.error} />
      {users.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('count', { n: shown.length })}
          </p>
          {shown.length === 0 ? <p>{t('empty')}</p> : null}
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('user')}</th>
                  <th scope="col">{t('role')}</th>
                  <th scope="col">{t('organization')}</th>
                  <th scope="col">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((u) => (
                  <UserRow key={u.id} user={u} organizations={organizations.data ?? []} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </AdminPage>
  );
}
