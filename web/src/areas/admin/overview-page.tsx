// /admin: the sections the user may open, each with a count where one is cheap to get.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { api } from '../../api/client.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import type { AdminUser, CalendarItem, Organization, Plan, Product } from './admin-api.ts';
import { keys } from './admin-api.ts';
import { AdminPage } from './admin-page.tsx';
import { type SectionKey, sectionsFor, sectionTexts } from './sections.ts';

const texts = defineTexts({
  ru: {
    title: 'Администрирование',
    organizations: 'Организации клиентов, их договоры и уполномоченные представители (R10).',
    plans: 'Нормативные сроки по типам и приоритетам обращений (R7).',
    calendars: 'Рабочее время и производственный календарь (R5).',
    products: 'Сборки продуктов и обращения, которые они решают (R19).',
    users: 'Роли пользователей и их организации (R20).',
    texts: 'Соглашение об уровне сервиса и страница контактов (R1).',
    mailbox: 'Письма, которые портал отправил бы, пока почтовый сервер не настроен.',
    audit: 'Кто, что и когда изменил (R22).',
    count: 'Всего: {n}',
  },
  en: {
    title: 'Administration',
    organizations: 'Customer organizations, their contracts and authorized representatives (R10).',
    plans: 'Target times per ticket type and priority (R7).',
    calendars: 'Working time and the production calendar (R5).',
    products: 'Product builds and the tickets they resolve (R19).',
    users: 'User roles and organizations (R20).',
    texts: 'The service-level agreement and the contacts page (R1).',
    mailbox: 'Mail the portal would send while no mail server is configured.',
    audit: 'Who changed what, and when (R22).',
    count: 'Total: {n}',
  },
});

// Counts come from the lists the pages load anyway, so opening a section afterwards is instant.
function useCount(key: SectionKey, enabled: boolean): number | undefined {
  const source: Partial<Record<SectionKey, { key: readonly unknown[]; path: string }>> = {
    organizations: { key: keys.organizations, path: '/api/organizations' },
    plans: { key: keys.plans, path: '/api/plans' },
    calendars: { key: keys.calendars, path: '/api/calendars' },
    products: { key: keys.products, path: '/api/products' },
    users: { key: keys.users(''), path: '/api/users' },
  };
  const s = source[key];
  const q = useQuery({
    queryKey: s?.key ?? ['admin', 'none', key],
    queryFn: () => api.get<Array<Organization | Plan | CalendarItem | Product | AdminUser>>(s?.path ?? ''),
    enabled: enabled && !!s,
  });
  return q.data?.length;
}

function SectionCard({
  sectionKey,
  path,
  canCount,
}: {
  sectionKey: SectionKey;
  path: string;
  canCount: boolean;
}) {
  const t = useT(texts);
  const ts = useT(sectionTexts);
  const count = useCount(sectionKey, canCount);
  return (
    <div className="card">
      <h2>
        <Link href={path}>{ts(sectionKey)}</Link>
      </h2>
      <p className="muted">{t(sectionKey)}</p>
      {count !== undefined ? <p className="admin-count">{t('count', { n: count })}</p> : null}
    </div>
  );
}

/** The admin overview: links to every section with a few counts. */
export default function OverviewPage() {
  const t = useT(texts);
  const { user } = useSession();
  return (
    <AdminPage title={t('title')}>
      <div className="grid">
        {sectionsFor(user?.role).map((s) => (
          <SectionCard
            key={s.key}
            sectionKey={s.key}
            path={s.path}
            canCount={user?.role === 'admin' || s.key === 'products'}
          />
        ))}
      </div>
    </AdminPage>
  );
}
