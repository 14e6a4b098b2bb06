// Контакты (R1): how to reach support — this portal and its e-mails only — and the service hours.
import { Link } from 'wouter';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { Page } from '../../ui/ui.tsx';
import { ServiceHours } from './service-hours.tsx';
import { SiteContentText } from './site-content.tsx';

const texts = defineTexts({
  ru: {
    title: 'Контакты',
    how: 'Как обратиться в поддержку',
    portal: 'Через этот портал: войдите и создайте обращение — оно сразу получит номер.',
    email:
      'По электронной почте: портал присылает письма о регистрации, вопросах поддержки, ходе работы и готовом решении; отвечайте на странице обращения.',
    only: 'Других способов связи с сотрудниками поддержки соглашение не предусматривает.',
    file: 'Создать обращение',
    login: 'Войти',
    hours: 'Время оказания поддержки',
    hoursText: 'С 09:00 до 17:00 по московскому времени в рабочие дни по производственному календарю России.',
  },
  en: {
    title: 'Contacts',
    how: 'How to reach support',
    portal: 'Through this portal: sign in and file a ticket; it gets its number at once.',
    email:
      'By e-mail: the portal writes about registration, questions from support, progress and a ready solution; answer on the ticket page.',
    only: 'The agreement provides no other ways of contacting support staff.',
    file: 'File a ticket',
    login: 'Sign in',
    hours: 'Service hours',
    hoursText: '09:00 to 17:00 Moscow time on working days of the Russian production calendar.',
  },
});

/** `/contacts`: the channels, the service hours of the standard calendar, and the administrator's text. */
export default function ContactsPage() {
  const t = useT(texts);
  const { user } = useSession();
  return (
    <Page title={t('title')}>
      <div className="two-columns">
        <div className="card">
          <SiteContentText contentKey="contacts" />
        </div>
        <section className="card" aria-label={t('how')}>
          <h2>{t('how')}</h2>
          <ul>
            <li>{t('portal')}</li>
            <li>{t('email')}</li>
          </ul>
          <p className="muted">{t('only')}</p>
          <p>
            {user?.role === 'customer' ? (
              <Link href="/tickets/new">{t('file')}</Link>
            ) : user ? null : (
              <Link href="/login">{t('login')}</Link>
            )}
          </p>
          <h2>{t('hours')}</h2>
          <p>{t('hoursText')}</p>
          <ServiceHours calendarId="ru-standard" />
        </section>
      </div>
    </Page>
  );
}
