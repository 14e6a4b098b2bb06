// How an area declares its pages: a path, who may open it, and an optional menu entry.
import type { ComponentType } from 'react';
import { Redirect, useLocation } from 'wouter';
import type { Role, User } from './api/types.ts';
import { defineTexts, useT } from './i18n/i18n.tsx';
import { useSession } from './session.tsx';
import { Loading, Page } from './ui/ui.tsx';

export type Access = 'public' | 'signed-in' | readonly Role[];

export interface AreaRoute {
  path: string;
  component: ComponentType;
  access: Access;
  /** A menu entry for the roles that may open the page. */
  nav?: { ru: string; en: string; order: number };
}

export const SUPPORT: readonly Role[] = ['engineer', 'lead', 'admin'];
export const STAFF: readonly Role[] = ['engineer', 'lead'];

/** Whether a user (or nobody) may open a page. */
export function mayOpen(access: Access, user: User | null): boolean {
  if (access === 'public') return true;
  if (!user) return false;
  return access === 'signed-in' || access.includes(user.role);
}

const texts = defineTexts({
  ru: {
    loading: 'Загрузка…',
    forbidden: 'Нет доступа',
    forbiddenText: 'Эта страница недоступна для вашей роли.',
  },
  en: {
    loading: 'Loading…',
    forbidden: 'No access',
    forbiddenText: 'This page is not available for your role.',
  },
});

/** Opens the page, or sends a signed-out visitor to the login page and back afterwards. */
export function Guarded({ route }: { route: AreaRoute }) {
  const { user, loading } = useSession();
  const [location] = useLocation();
  const t = useT(texts);
  if (route.access === 'public') return <route.component />;
  if (loading) return <Loading label={t('loading')} />;
  if (!user) return <Redirect to={`/login?next=${encodeURIComponent(location + window.location.search)}`} />;
  if (!mayOpen(route.access, user))
    return (
      <Page title={t('forbidden')}>
        <p>{t('forbiddenText')}</p>
      </Page>
    );
  return <route.component />;
}
