// /admin/plans: the service plans (R7) with their main settings, and a way to start a new one.
import { Link } from 'wouter';
import { formatMinutes } from '../../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { ErrorBox, Loading } from '../../../ui/ui.tsx';
import { AdminPage } from '../admin-page.tsx';
import { usePlans } from '../queries.ts';

const texts = defineTexts({
  ru: {
    title: 'Планы обслуживания',
    loading: 'Загружаем планы…',
    name: 'План',
    code: 'Код',
    calendar: 'Календарь',
    critical: 'Инцидент, критический: реакция / решение',
    autoClose: 'Автозакрытие',
    days: '{n} дн.',
    create: 'Новый план',
    copy: 'Новый план на основе «{name}»',
  },
  en: {
    title: 'Service plans',
    loading: 'Loading plans…',
    name: 'Plan',
    code: 'Code',
    calendar: 'Calendar',
    critical: 'Critical incident: reaction / solution',
    autoClose: 'Auto-close',
    days: '{n} d',
    create: 'New plan',
    copy: 'New plan based on “{name}”',
  },
});

/** The plans with links to edit each, and to copy one into a new plan. */
export default function PlansPage() {
  const t = useT(texts);
  const { lang } = useLang();
  const plans = usePlans();
  const first = plans.data?.[0];
  return (
    <AdminPage
      title={t('title')}
      actions={first ? <Link href={`/admin/plans/new?from=${first.id}`}>{t('create')}</Link> : null}
    >
      {plans.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={plans.error} />
      {plans.data ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('calendar')}</th>
                <th scope="col">{t('critical')}</th>
                <th scope="col">{t('autoClose')}</th>
                <th scope="col">
                  <span className="muted">…</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.data.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/admin/plans/${p.id}`}>{p.name}</Link>
                  </td>
                  <td className="mono">{p.id}</td>
                  <td className="mono">{p.calendarId}</td>
                  <td>
                    {formatMinutes(p.targets.incident.critical.reactionMinutes, lang)} /{' '}
                    {formatMinutes(p.targets.incident.critical.solutionMinutes, lang)}
                  </td>
                  <td>{t('days', { n: p.autoCloseDays })}</td>
                  <td>
                    <Link href={`/admin/plans/new?from=${p.id}`}>{t('copy', { name: p.name })}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </AdminPage>
  );
}
