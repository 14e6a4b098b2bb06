// /admin/calendars: the calendars (R5) and a form to create one from JSON.
import { Link } from 'wouter';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { ErrorBox, Loading } from '../../../ui/ui.tsx';
import { AdminPage } from '../admin-page.tsx';
import { formatDay } from '../dates.ts';
import { useCalendars } from '../queries.ts';
import { CalendarJsonForm } from './calendar-json-form.tsx';

const texts = defineTexts({
  ru: {
    title: 'Календари',
    loading: 'Загружаем календари…',
    name: 'Календарь',
    code: 'Код',
    zone: 'Часовой пояс',
    period: 'Известен',
    unconfirmed: 'Не подтверждены',
    always: 'без ограничений',
    create: 'Создать календарь из JSON',
  },
  en: {
    title: 'Calendars',
    loading: 'Loading calendars…',
    name: 'Calendar',
    code: 'Code',
    zone: 'Time zone',
    period: 'Known for',
    unconfirmed: 'Unconfirmed',
    always: 'any date',
    create: 'Create a calendar from JSON',
  },
});

/** The calendars with links to their year views. */
export default function CalendarsPage() {
  const t = useT(texts);
  const { lang } = useLang();
  const list = useCalendars();
  const period = (from: string | null, to: string | null) =>
    from || to ? `${from ? formatDay(from, lang) : '…'} — ${to ? formatDay(to, lang) : '…'}` : t('always');
  return (
    <AdminPage title={t('title')}>
      {list.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={list.error} />
      {list.data ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('zone')}</th>
                <th scope="col">{t('period')}</th>
                <th scope="col">{t('unconfirmed')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/admin/calendars/${c.id}`}>{c.name}</Link>
                  </td>
                  <td className="mono">{c.id}</td>
                  <td>{c.timeZone}</td>
                  <td>{period(c.validFrom, c.validTo)}</td>
                  <td>{c.unconfirmedYears.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <section className="card" aria-labelledby="create-calendar">
        <h2 id="create-calendar">{t('create')}</h2>
        <CalendarJsonForm />
      </section>
    </AdminPage>
  );
}
