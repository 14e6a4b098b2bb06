// The start page: what the portal is for a visitor; a signed-in user goes straight to their work.
import { useQuery } from '@tanstack/react-query';
import { Link, Redirect } from 'wouter';
import { api } from '../../api/client.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { Loading, Notice, Page } from '../../ui/ui.tsx';
import { homeFor } from './role-home.ts';
import './public.css';

const texts = defineTexts({
  ru: {
    title: 'Портал технической поддержки',
    loading: 'Загрузка…',
    lead: 'Здесь уполномоченные представители пользователя регистрируют обращения в поддержку и следят за их решением — в сроки, установленные соглашением об уровне сервиса.',
    how: 'Каждое обращение получает уникальный номер. Сроки реакции и решения считаются в рабочих часах: с 09:00 до 17:00 по московскому времени в рабочие дни по производственному календарю России. О ходе работы портал сообщает по электронной почте и на странице обращения.',
    channels: 'Работа с поддержкой ведётся только через этот портал и его письма.',
    login: 'Вход',
    register: 'Регистрация',
    agreement: 'Соглашение об уровне сервиса',
    contacts: 'Контакты',
    setupTitle: 'Портал ещё не настроен',
    setupText: 'Администратора пока нет. Создайте первую учётную запись администратора, чтобы начать работу.',
    setup: 'Создать администратора',
  },
  en: {
    title: 'Technical support portal',
    loading: 'Loading…',
    lead: "Here the customer's authorized representatives file support tickets and follow their solution, within the deadlines of the service-level agreement.",
    how: 'Every ticket gets a unique number. Reaction and solution deadlines are counted in working hours: 09:00–17:00 Moscow time on working days of the Russian production calendar. The portal tells you of progress by e-mail and on the ticket page.',
    channels: 'Support works only through this portal and its e-mails.',
    login: 'Sign in',
    register: 'Sign up',
    agreement: 'Service-level agreement',
    contacts: 'Contacts',
    setupTitle: 'The portal is not set up yet',
    setupText: 'There is no administrator yet. Create the first administrator account to begin.',
    setup: 'Create the administrator',
  },
});

/** `/`: the portal in three sentences with the ways in, or a redirect to the signed-in user's first page. */
export function StartPage() {
  const t = useT(texts);
  const { user, loading } = useSession();
  const setup = useQuery({
    queryKey: ['setup'],
    queryFn: () => api.get<{ needsAdmin: boolean }>('/api/setup'),
    enabled: !loading && !user,
    staleTime: 60_000,
  });
  if (loading) return <Loading label={t('loading')} />;
  if (user) return <Redirect to={homeFor(user.role)} replace />;

  return (
    <Page title={t('title')}>
      <div className="start-hero">
        {setup.data?.needsAdmin ? (
          <Notice kind="warning">
            <strong>{t('setupTitle')}</strong> {t('setupText')} <Link href="/setup">{t('setup')}</Link>
          </Notice>
        ) : null}
        <p className="lead">{t('lead')}</p>
        <p>{t('how')}</p>
        <p className="muted">{t('channels')}</p>
        <nav className="start-actions" aria-label={t('title')}>
          <Link href="/login" className="link-button primary">
            {t('login')}
          </Link>
          <Link href="/register" className="link-button">
            {t('register')}
          </Link>
          <Link href="/agreement" className="link-button">
            {t('agreement')}
          </Link>
          <Link href="/contacts" className="link-button">
            {t('contacts')}
          </Link>
        </nav>
      </div>
    </Page>
  );
}
