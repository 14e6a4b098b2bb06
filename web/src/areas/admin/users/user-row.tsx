// One user in the users table: role and organization as controls, saved with the row's button.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Badge, Button, ErrorBox } from '../../../ui/ui.tsx';
import { type AdminUser, type Organization, ROLES, type Role } from '../admin-api.ts';
import { labels } from '../labels.ts';

const texts = defineTexts({
  ru: {
    role: 'Роль: {name}',
    organization: 'Организация: {name}',
    none: '— без организации —',
    save: 'Сохранить',
    saveLabel: 'Сохранить изменения: {name}',
    saved: 'Сохранено',
    verified: 'подтверждён',
    unverified: 'не подтверждён',
    staff: 'сотрудник поставщика',
  },
  en: {
    role: 'Role: {name}',
    organization: 'Organization: {name}',
    none: '— no organization —',
    save: 'Save',
    saveLabel: 'Save changes: {name}',
    saved: 'Saved',
    verified: 'verified',
    unverified: 'not verified',
    staff: 'vendor staff',
  },
});

/** A table row that edits one user's role and organization. */
export function UserRow({ user, organizations }: { user: AdminUser; organizations: Organization[] }) {
  const t = useT(texts);
  const l = useT(labels);
  const client = useQueryClient();
  const [role, setRole] = useState<Role>(user.role);
  const [organizationId, setOrganizationId] = useState(user.organizationId ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.patch<AdminUser>(`/api/users/${user.id}`, {
        role,
        // Support staff belong to the vendor, never to a customer organization.
        organizationId: role === 'customer' && organizationId ? organizationId : null,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
  const changed =
    role !== user.role || (role === 'customer' && organizationId !== (user.organizationId ?? ''));
  return (
    <tr>
      <td>
        {user.name}
        <br />
        <span className="muted">{user.email}</span>{' '}
        <Badge tone={user.emailVerifiedAt ? 'ok' : 'warn'}>
          {user.emailVerifiedAt ? t('verified') : t('unverified')}
        </Badge>
      </td>
      <td>
        <select
          aria-label={t('role', { name: user.name })}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {l(r)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {role === 'customer' ? (
          <select
            aria-label={t('organization', { name: user.name })}
            value={organizationId}
            onChange={(e) => setOrganizationId(e.target.value)}
          >
            <option value="">{t('none')}</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        ) : (
          <span className="muted">{t('staff')}</span>
        )}
      </td>
      <td>
        <Button
          kind="secondary"
          aria-label={t('saveLabel', { name: user.name })}
          disabled={!changed || save.isPending}
          onClick={() => save.mutate()}
        >
          {t('save')}
        </Button>
        {save.isSuccess && !changed ? <span className="muted"> {t('saved')}</span> : null}
        <ErrorBox error={save.error} />
      </td>
    </tr>
  );
}
