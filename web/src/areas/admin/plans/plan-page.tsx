// /admin/plans/:id: one plan's editor; /admin/plans/new?from=<id> starts a new plan from a copy.
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { ErrorBox, Loading } from '../../../ui/ui.tsx';
import { keys, type Plan } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';
import { PlanEditor } from './plan-editor.tsx';

const texts = defineTexts({
  ru: {
    loading: 'Загрузка…',
    back: '← Все планы',
    plan: 'План «{name}»',
    create: 'Новый план',
    copyName: '{name} (копия)',
  },
  en: {
    loading: 'Loading…',
    back: '← All plans',
    plan: 'Plan “{name}”',
    create: 'New plan',
    copyName: '{name} (copy)',
  },
});

/** The plan editor page. */
export default function PlanPage() {
  const t = useT(texts);
  const { id = '' } = useParams<{ id: string }>();
  const from = new URLSearchParams(useSearch()).get('from');
  const [, navigate] = useLocation();
  const creating = id === 'new';
  const source = creating ? (from ?? 'standard') : id;
  const plan = useQuery({
    queryKey: keys.plan(source),
    queryFn: () => api.get<Plan>(`/api/plans/${encodeURIComponent(source)}`),
  });
  const title = creating ? t('create') : plan.data ? t('plan', { name: plan.data.name }) : t('loading');
  const initial =
    plan.data && creating
      ? { ...plan.data, id: '', name: t('copyName', { name: plan.data.name }) }
      : plan.data;
  return (
    <AdminPage title={title}>
      <p>
        <Link href="/admin/plans">{t('back')}</Link>
      </p>
      {plan.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={plan.error} />
      {initial ? (
        <PlanEditor
          key={`${id}/${source}`}
          plan={initial}
          creating={creating}
          onSaved={(saved) => {
            if (creating) navigate(`/admin/plans/${saved.id}`);
          }}
        />
      ) : null}
    </AdminPage>
  );
}
