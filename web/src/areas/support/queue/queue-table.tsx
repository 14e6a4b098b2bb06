// The support queue as a table ordered by the nearest due instant: a row past its deadline is marked
// red with «Реакция просрочена: срок был …», one the server reports breached otherwise «Нарушение срока»,
// one close to it amber and «Скоро срок» (colour never alone).
import type { Ref } from 'react';
import { Link } from 'wouter';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { deadlineInWords, isOverdue } from '../../../ticket-list/deadline-words.ts';
import { useLabels } from '../../../ticket-list/labels.ts';
import { StatusBadge } from '../../../ticket-list/status-badge.tsx';
import { type TicketSummary, ticketRef } from '../../../ticket-list/types.ts';
import { type Urgency, urgencyOf } from '../../../ticket-list/urgency.ts';
import { Badge } from '../../../ui/ui.tsx';
import '../../../ticket-list/ticket-list.css';

const texts = defineTexts({
  ru: {
    caption: 'Очередь обращений, ближайший срок первым',
    number: 'Номер',
    subject: 'Тема',
    kind: 'Тип и приоритет',
    status: 'Статус',
    assignee: 'Исполнитель',
    deadline: 'Срок',
    nobody: 'не назначено',
    breached: 'Нарушение срока',
    warning: 'Скоро срок',
    dispute: 'Спор',
  },
  en: {
    caption: 'Ticket queue, nearest deadline first',
    number: 'Number',
    subject: 'Subject',
    kind: 'Type and priority',
    status: 'Status',
    assignee: 'Assignee',
    deadline: 'Deadline',
    nobody: 'unassigned',
    breached: 'Breached',
    warning: 'Due soon',
    dispute: 'Dispute',
  },
});

const ROW_CLASS: Record<NonNullable<Urgency>, string> = { breached: 'row-bad', warning: 'row-warn' };

/** Shows the queue's rows; each number is a link that j / k focus. */
export function QueueTable({
  items,
  now,
  tableRef,
}: {
  items: TicketSummary[];
  now: number;
  tableRef?: Ref<HTMLTableElement>;
}) {
  const t = useT(texts);
  const labels = useLabels();
  return (
    <div className="table-wrap">
      <table className="ticket-table queue-table stack-on-phone" ref={tableRef}>
        <caption className="visually-hidden">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('number')}</th>
            <th scope="col">{t('subject')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('assignee')}</th>
            <th scope="col">{t('deadline')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((row) => {
            const urgency = urgencyOf(row, now);
            return (
              <tr
                key={row.id}
                className={urgency ? ROW_CLASS[urgency] : undefined}
                data-urgency={urgency ?? undefined}
              >
                <td className="ticket-number">
                  <Link href={`/tickets/${row.number}`} data-queue-link="">
                    {ticketRef(row.number)}
                  </Link>
                </td>
                <td className="ticket-subject">
                  {row.subject}
                  <span className="cell-sub">
                    {[row.organization.name, row.requester.name].filter(Boolean).join(' · ')}
                  </span>
                </td>
                <td data-label={t('kind')}>
                  {labels.type[row.type]}
                  <span className="cell-sub">{labels.priority[row.priority]}</span>
                </td>
                <td data-label={t('status')}>
                  <span className="badges">
                    <StatusBadge status={row.status} />
                    {row.openDispute ? <Badge tone="warn">{t('dispute')}</Badge> : null}
                  </span>
                </td>
                <td data-label={t('assignee')}>
                  {row.assignee ? (
                    (row.assignee.name ?? row.assignee.id)
                  ) : (
                    <span className="muted">{t('nobody')}</span>
                  )}
                </td>
                <td className="ticket-deadline" data-label={t('deadline')}>
                  <DeadlineCell row={row} urgency={urgency} now={now} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The deadline in words; once it has passed, the words themselves are the red badge. */
function DeadlineCell({ row, urgency, now }: { row: TicketSummary; urgency: Urgency; now: number }) {
  const t = useT(texts);
  const { lang } = useLang();
  const at = new Date(now);
  const words = deadlineInWords(row, lang, 'support', { now: at });
  if (urgency === 'breached' && isOverdue(row, 'support', at))
    return <Badge tone="bad">{words.charAt(0).toUpperCase() + words.slice(1)}</Badge>;
  return (
    <>
      {urgency ? <Badge tone={urgency === 'breached' ? 'bad' : 'warn'}>{t(urgency)}</Badge> : null} {words}
    </>
  );
}
