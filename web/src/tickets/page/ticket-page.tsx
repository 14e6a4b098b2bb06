// /tickets/:number — the ticket page shared by customers and support: loads the ticket and shows it.
import { useParams } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { ErrorBox, Loading, Page } from '../../ui/ui.tsx';
import { useTicket } from '../ticket-api.ts';
import { pageTexts } from './page-texts.ts';
import { TicketView } from './ticket-view.tsx';

/** The page: loading, not found (another organization's ticket is simply not found), or the ticket. */
export default function TicketPage() {
  const t = useT(pageTexts);
  const params = useParams<{ number: string }>();
  const valid = /^\d{1,15}$/.test(params.number ?? '');
  const n = valid ? Number(params.number) : 0;
  const { user } = useSession();
  const ticket = useTicket(n);
  if (!valid)
    return (
      <Page title={t('notFound')}>
        <p>{t('badNumber')}</p>
      </Page>
    );
  if (ticket.isPending || !user) return <Loading label={t('loading')} />;
  if (ticket.isError) {
    const missing = ticket.error instanceof ApiError && ticket.error.status === 404;
    return (
      <Page title={t('notFound')}>
        {missing ? <p>{t('notFoundText')}</p> : <ErrorBox error={ticket.error} />}
      </Page>
    );
  }
  return <TicketView ticket={ticket.data} user={user} />;
}
