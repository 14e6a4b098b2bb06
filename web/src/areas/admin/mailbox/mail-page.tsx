// /admin/mailbox/:id: one kept mail — its headers, the plain text, and the HTML part rendered in a
// sandboxed frame (never inserted into the portal's own page).
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { api } from '../../../api/client.ts';
import { formatInstant } from '../../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { ErrorBox, Loading } from '../../../ui/ui.tsx';
import { keys, type Mail } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';

const texts = defineTexts({
  ru: {
    loading: 'Загрузка…',
    back: '← Все письма',
    to: 'Кому',
    when: 'Сохранено',
    headers: 'Заголовки',
    text: 'Текст письма',
    html: 'HTML-версия',
    frame: 'HTML-версия письма «{subject}»',
    others: 'Все письма этому получателю',
  },
  en: {
    loading: 'Loading…',
    back: '← All mail',
    to: 'To',
    when: 'Stored',
    headers: 'Headers',
    text: 'Plain text',
    html: 'HTML version',
    frame: 'HTML version of “{subject}”',
    others: 'All mail to this recipient',
  },
});

/** One mail, read-only. */
export default function MailPage() {
  const t = useT(texts);
  const { lang } = useLang();
  const { id = '' } = useParams<{ id: string }>();
  const mail = useQuery({
    queryKey: keys.mail(id),
    queryFn: () => api.get<Mail>(`/api/admin/mailbox/${id}`),
  });
  const m = mail.data;
  return (
    <AdminPage title={m?.subject ?? t('loading')}>
      <p>
        <Link href="/admin/mailbox">{t('back')}</Link>
      </p>
      {mail.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={mail.error} />
      {m ? (
        <>
          <dl className="card">
            <dt>{t('to')}</dt>
            <dd>
              {m.recipient} ·{' '}
              <Link href={`/admin/mailbox?to=${encodeURIComponent(m.recipient)}`}>{t('others')}</Link>
            </dd>
            <dt>{t('when')}</dt>
            <dd>{formatInstant(m.createdAt, lang)}</dd>
          </dl>
          <details className="card">
            <summary>{t('headers')}</summary>
            <dl>
              {Object.entries(m.headers).map(([name, value]) => (
                <div key={name}>
                  <dt className="mono">{name}</dt>
                  <dd className="mono">{value}</dd>
                </div>
              ))}
            </dl>
          </details>
          <h2>{t('text')}</h2>
          <pre className="admin-pre">{m.text}</pre>
          <h2>{t('html')}</h2>
          {/* sandbox="" runs no script and treats the mail as a foreign origin. */}
          <iframe
            className="admin-mail-frame"
            title={t('frame', { subject: m.subject })}
            sandbox=""
            srcDoc={m.html}
          />
        </>
      ) : null}
    </AdminPage>
  );
}
