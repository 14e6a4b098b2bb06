// The breached clocks of the period: which ticket, which clock, when it was due and why it breached.
import { Link } from 'wouter';
import { useLang, useT } from '../../i18n/i18n.tsx';
import type { Breach, BreachList } from './reports-api.ts';
import { type ReportTextKey, texts } from './reports-texts.ts';

/** A table of breaches, each row linking to the ticket's page. */
export function BreachesList({ list }: { list: BreachList }) {
  const t = useT(texts);
  const { lang } = useLang();
  const when = (iso: string | null) =>
    iso
      ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'ru-RU', {
          timeZone: 'Europe/Moscow',
          dateStyle: 'short',
          timeStyle: 'short',
        })
      : t('noData');
  const span = (minutes: number) => {
    const d = Math.floor(minutes / 1440);
    const h = Math.floor((minutes % 1440) / 60);
    const m = minutes % 60;
    if (d > 0) return t('days', { d, h });
    return h > 0 ? t('hours', { h, m }) : t('minutes', { m });
  };
  const why = (b: Breach) =>
    [
      b.manual
        ? t('manual')
        : b.targetMinutes === null
          ? null
          : t('target', { target: span(b.targetMinutes) }),
      b.lateMinutes === null ? null : t('lateBy', { late: span(b.lateMinutes) }),
      b.reachedAt ? t('reachedAt', { at: when(b.reachedAt) }) : t('stillOpen'),
    ]
      .filter(Boolean)
      .join('; ');
  return (
    <section aria-labelledby="breaches-title" className="report-breaches">
      <h2 id="breaches-title">{t('breachesTitle')}</h2>
      {list.truncated ? <p className="field-hint">{t('truncated')}</p> : null}
      {list.items.length === 0 ? (
        <p>{t('breachesEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('ticket')}</th>
                <th scope="col">{t('organization')}</th>
                <th scope="col">{t('clock')}</th>
                <th scope="col">{t('dueAt')}</th>
                <th scope="col">{t('why')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((b) => (
                <tr key={`${b.ticketNumber}-${b.clock}-${b.dueAt ?? b.recordedAt}`}>
                  <td>
                    <Link href={`/tickets/${b.ticketNumber}`}>SR-{b.ticketNumber}</Link>{' '}
                    <span className="user-text">{b.subject}</span>
                  </td>
                  <td>{b.organizationName}</td>
                  <td>{t(`clock_${b.clock}` as ReportTextKey)}</td>
                  <td>{when(b.dueAt)}</td>
                  <td>{why(b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
