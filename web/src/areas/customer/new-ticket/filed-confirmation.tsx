// After filing (R4.1, R12): the ticket's number as the confirmation of registration, the first
// deadlines, the R19 hint about a newer build, and the files being uploaded.
import { Link } from 'wouter';
import { formatInstant } from '../../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { SERVICE_ZONE } from '../../../ticket-list/deadline-words.ts';
import { type FiledTicket, ticketRef } from '../../../ticket-list/types.ts';
import { Button, Notice, Page } from '../../../ui/ui.tsx';
import { UploadList } from './upload-list.tsx';
import type { Uploads } from './use-uploads.ts';

const texts = defineTexts({
  ru: {
    title: 'Обращение зарегистрировано',
    registered: 'Обращение зарегистрировано под номером {ref}.',
    keep: 'Номер — подтверждение регистрации. Называйте его в переписке с поддержкой. Письмо с номером отправлено на вашу почту.',
    deadlines: 'Сроки (московское время)',
    reaction: 'Реакция поддержки',
    solution: 'Предложение решения',
    until: 'до {when}',
    open: 'Открыть обращение',
    list: 'Все обращения',
    another: 'Зарегистрировать ещё одно',
  },
  en: {
    title: 'Ticket registered',
    registered: 'The ticket is registered under the number {ref}.',
    keep: 'The number confirms the registration. Quote it when writing to support. An e-mail with the number has been sent to you.',
    deadlines: 'Deadlines (Moscow time)',
    reaction: 'Support’s reaction',
    solution: 'A proposed solution',
    until: 'by {when}',
    open: 'Open the ticket',
    list: 'All tickets',
    another: 'Register another one',
  },
});

/** Shows the number prominently, then what happens next. */
export function FiledConfirmation({
  filed,
  uploads,
  onAnother,
}: {
  filed: FiledTicket;
  uploads: Uploads;
  onAnother: () => void;
}) {
  const t = useT(texts);
  const { lang } = useLang();
  const ref = ticketRef(filed.number);
  const when = (iso: string) => t('until', { when: formatInstant(iso, lang, { zone: SERVICE_ZONE }) });
  const { reaction, solution } = filed.deadlines;
  return (
    <Page title={t('title')}>
      <div className="card filed-card" role="status">
        <p className="big-number">{ref}</p>
        <p>{t('registered', { ref })}</p>
        <p className="muted">{t('keep')}</p>
      </div>
      {filed.newerBuild ? <Notice kind="warning">{filed.newerBuild.message}</Notice> : null}
      {reaction || solution ? (
        <section className="card" aria-labelledby="filed-deadlines">
          <h2 id="filed-deadlines">{t('deadlines')}</h2>
          <dl className="deadline-list">
            {reaction ? (
              <div>
                <dt>{t('reaction')}</dt>
                <dd>{when(reaction)}</dd>
              </div>
            ) : null}
            {solution ? (
              <div>
                <dt>{t('solution')}</dt>
                <dd>{when(solution)}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}
      <UploadList items={uploads.items} onRetry={(i) => void uploads.retry(i)} />
      <div className="page-actions">
        <Link href={`/tickets/${filed.number}`} className="btn btn-primary">
          {t('open')}
        </Link>
        <Link href="/tickets" className="btn btn-secondary">
          {t('list')}
        </Link>
        <Button kind="link" onClick={onAnother}>
          {t('another')}
        </Button>
      </div>
    </Page>
  );
}
