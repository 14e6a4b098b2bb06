// The first administrator of a fresh installation: created once, then signed in.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { Loading, Notice, Page } from '../../ui/ui.tsx';
import { AccountForm } from './account-form.tsx';
import './public.css';

const texts = defineTexts({
  ru: {
    title: 'Создать администратора',
    intro: 'Первый администратор настраивает организации, договоры, планы обслуживания и календари.',
    loading: 'Загрузка…',
    exists: 'Администратор уже создан. Войдите под своей учётной записью.',
    login: 'Вход',
    submit: 'Создать и войти',
    sending: 'Создаём…',
  },
  en: {
    title: 'Create the administrator',
    intro: 'The first administrator sets up organizations, contracts, service plans and calendars.',
    loading: 'Loading…',
    exists: 'An administrator already exists. Sign in with your account.',
    login: 'Sign in',
    submit: 'Create and sign in',
    sending: 'Creating…',
  },
});

/** `/setup`: name, e-mail and password of the first administrator. */
export function SetupPage() {
  const t = useT(texts);
  const { adopt } = useSession();
  const [, navigate] = useLocation();
  const [created, setCreated] = useState(false);
  const status = useQuery({
    queryKey: ['setup'],
    queryFn: () => api.get<{ needsAdmin: boolean }>('/api/setup'),
  });

  if (status.isPending) return <Loading label={t('loading')} />;
  if (status.data && !status.data.needsAdmin && !created)
    return (
      <Page title={t('title')}>
        <Notice>{t('exists')}</Notice>
        <Link href="/login">{t('login')}</Link>
      </Page>
    );

  return (
    <Page title={t('title')}>
      <div className="card auth-card">
        <p className="muted">{t('intro')}</p>
        <AccountForm
          send={(input) => api.post<{ user: User; csrfToken: string }>('/api/setup', input)}
          onSuccess={(session) => {
            setCreated(true);
            adopt(session);
            navigate('/admin');
          }}
          submitLabel={t('submit')}
          sendingLabel={t('sending')}
          extraError={status.error}
        />
      </div>
    </Page>
  );
}
