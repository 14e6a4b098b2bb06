// The customer's tickets as a table: number, subject, type, status and the next deadline in words.
import { Link } from 'wouter';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { deadlineInWords } from '../../../ticket-list/deadline-words.ts';
import { useLabels } from '../../../ticket-list/labels.ts';
import { StatusBadge } from '../../../ticket-list/status-badge.tsx';
import { type TicketSummary, ticketRef } from '../../../ticket-list/types.ts';
import '../../../ticket-list/ticket-list.css';

const texts = defineTexts({
  ru: {
    caption: 'Обращения организации',
    number: 'Номер',
    subject: 'Тема',
    type: 'Тип',
    status: 'Статус',
    deadline: 'Срок',
    requester: 'Автор: {name}',
  },
  en: {
    caption: 'Your organization’s tickets',
    number: 'Number',
    subject: 'Subject',
    type: 'Type',
    status: 'Status',
    deadline: 'Deadline',
    requester: 'Filed by {name}',
  },
});

/** Shows the tickets, each number a link to its page. */
export function CustomerTicketTable({ items, now }: { items: TicketSummary[]; now?: Date }) {
  const t = useT(texts);
  const { lang } = useLang();
  const labels = useLabels();
  return (
    <div className="table-wrap">
      <table className="ticket-table stack-on-phone">
        <caption className="visually-hidden">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('number')}</th>
            <th scope="col">{t('subject')}</th>
            <th scope="col">{t('type')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('deadline')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((row) => (
            <tr key={row.id}>
              <td className="ticket-number">
                <Link href={`/tickets/${row.number}`}>{ticketRef(row.number)}</Link>
              </td>
              <td className="ticket-subject">
                {row.subject}
                {row.requester.name ? (
                  <span className="cell-sub">{t('requester', { name: row.requester.name })}</span>
                ) : null}
              </td>
              <td data-label={t('type')}>{labels.type[row.type]}</td>
              <td data-label={t('status')}>
                <StatusBadge status={row.status} />
              </td>
              <td className="ticket-deadline" data-label={t('deadline')}>
                {deadlineInWords(row, lang, 'customer', now ? { now } : {})}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
