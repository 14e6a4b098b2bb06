// The ticket's parameters at a glance: status, type, priority, people, product and build, links.
import { Link } from 'wouter';
import { formatInstant } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { Badge } from '../../ui/ui.tsx';
import { labels, statusTone } from '../labels.ts';
import type { Ticket } from '../types.ts';
import { pageTexts } from './page-texts.ts';

/** A description list of the ticket's parameters. */
export function TicketFacts({ ticket }: { ticket: Ticket }) {
  const { lang } = useLang();
  const t = useT(pageTexts);
  const l = useT(labels);
  const zone = ticket.sla.calendar.timeZone;
  const when = (iso: string) => formatInstant(iso, lang, { zone });
  const rows: [string, React.ReactNode][] = [
    [
      t('status'),
      <Badge key="status" tone={statusTone(ticket.status)}>
        {l(`status.${ticket.status}`)}
      </Badge>,
    ],
    [t('type'), l(`type.${ticket.type}`)],
    [t('priority'), l(`priority.${ticket.priority}`)],
    [t('organization'), ticket.organization.name ?? '—'],
    [t('requester'), ticket.requester.name ?? '—'],
    [
      t('assignee'),
      ticket.assignee?.name ?? (
        <span key="nobody" className="muted">
          {t('nobody')}
        </span>
      ),
    ],
  ];
  if (ticket.product) rows.push([t('product'), ticket.product]);
  if (ticket.build)
    rows.push([
      t('build'),
      <span key="build" className="mono">
        {ticket.build}
      </span>,
    ]);
  rows.push([t('created'), when(ticket.createdAt)]);
  if (ticket.closedAt)
    rows.push([
      t('closed'),
      `${when(ticket.closedAt)}${ticket.closeReason ? ` — ${l(`close.${ticket.closeReason}`)}` : ''}`,
    ]);
  if (ticket.followsUp !== null)
    rows.push([
      t('followsUp'),
      <Link key="follows" href={`/tickets/${ticket.followsUp}`}>
        {t('ticketLink', { n: ticket.followsUp })}
      </Link>,
    ]);
  if (ticket.relatedProblem)
    rows.push([
      t('relatedProblem'),
      <Link key="problem" href={`/tickets/${ticket.relatedProblem}`}>
        {t('ticketLink', { n: ticket.relatedProblem })}
      </Link>,
    ]);
  if (ticket.mergedInto)
    rows.push([
      t('mergedInto'),
      <Link key="merged-into" href={`/tickets/${ticket.mergedInto}`}>
        {t('ticketLink', { n: ticket.mergedInto })}
      </Link>,
    ]);
  if (ticket.mergedFrom && ticket.mergedFrom.length > 0)
    rows.push([
      t('mergedFrom'),
      ticket.mergedFrom.map((n, i) => (
        <span key={n}>
          {i > 0 ? ', ' : ''}
          <Link href={`/tickets/${n}`}>{t('ticketLink', { n })}</Link>
        </span>
      )),
    ]);
  if (ticket.followUps.length > 0)
    rows.push([
      t('followUps'),
      ticket.followUps.map((n, i) => (
        <span key={n}>
          {i > 0 ? ', ' : ''}
          <Link href={`/tickets/${n}`}>{t('ticketLink', { n })}</Link>
        </span>
      )),
    ]);
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('facts')}</h2>
      <dl className="facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
