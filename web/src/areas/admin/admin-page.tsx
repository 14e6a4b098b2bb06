// The frame of every admin page: the sections menu above the page title.
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { Page } from '../../ui/ui.tsx';
import './admin.css';
import { sectionsFor, sectionTexts } from './sections.ts';

const texts = defineTexts({
  ru: { sections: 'Разделы администрирования', overview: 'Обзор' },
  en: { sections: 'Administration sections', overview: 'Overview' },
});

/** An admin page: the sections the user may open, then the titled page. */
export function AdminPage({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const t = useT(texts);
  const ts = useT(sectionTexts);
  const { user } = useSession();
  const [location] = useLocation();
  // The exact page is "page"; a section the page lies in is marked too, as "true".
  const current = (path: string) =>
    location === path ? ('page' as const) : location.startsWith(`${path}/`) ? ('true' as const) : undefined;
  return (
    <div className="admin">
      <nav className="admin-nav" aria-label={t('sections')}>
        <Link href="/admin" aria-current={location === '/admin' ? 'page' : undefined}>
          {t('overview')}
        </Link>
        {sectionsFor(user?.role).map((s) => (
          <Link key={s.key} href={s.path} aria-current={current(s.path)}>
            {ts(s.key)}
          </Link>
        ))}
      </nav>
      <Page title={title} actions={actions}>
        {children}
      </Page>
    </div>
  );
}
