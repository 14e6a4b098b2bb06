// The admin area's sections: where each lives and who may open it (following the API's permissions).
import type { Role } from '../../api/types.ts';
import { defineTexts } from '../../i18n/i18n.tsx';

export type SectionKey =
  | 'organizations'
  | 'plans'
  | 'calendars'
  | 'products'
  | 'users'
  | 'texts'
  | 'mailbox'
  | 'audit';

export interface Section {
  key: SectionKey;
  path: string;
  roles: readonly Role[];
}

const ADMIN: readonly Role[] = ['admin'];
const ADMIN_LEAD: readonly Role[] = ['admin', 'lead'];

export const SECTIONS: readonly Section[] = [
  { key: 'organizations', path: '/admin/organizations', roles: ADMIN },
  { key: 'plans', path: '/admin/plans', roles: ADMIN },
  { key: 'calendars', path: '/admin/calendars', roles: ADMIN },
  { key: 'products', path: '/admin/products', roles: ADMIN_LEAD },
  { key: 'users', path: '/admin/users', roles: ADMIN },
  { key: 'texts', path: '/admin/texts', roles: ADMIN },
  { key: 'mailbox', path: '/admin/mailbox', roles: ADMIN },
  { key: 'audit', path: '/admin/audit', roles: ADMIN_LEAD },
];

export const sectionTexts = defineTexts({
  ru: {
    organizations: 'Организации и договоры',
    plans: 'Планы обслуживания',
    calendars: 'Календари',
    products: 'Продукты и сборки',
    users: 'Пользователи и роли',
    texts: 'Тексты портала',
    mailbox: 'Почтовый ящик разработки',
    audit: 'Журнал изменений',
  },
  en: {
    organizations: 'Organizations and contracts',
    plans: 'Service plans',
    calendars: 'Calendars',
    products: 'Products and builds',
    users: 'Users and roles',
    texts: 'Portal texts',
    mailbox: 'Development mailbox',
    audit: 'Audit trail',
  },
});

/** The sections a role may open. */
export function sectionsFor(role: Role | undefined): Section[] {
  return role ? SECTIONS.filter((s) => s.roles.includes(role)) : [];
}
