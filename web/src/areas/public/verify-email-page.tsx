// Following the e-mail link: confirms the address once and says whether the user became their
// organization's authorized representative (R10).
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearch } from 'wouter';
import { ApiError, api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { ErrorBox, Loading, Notice, Page } from '../../ui/ui.tsx';
import { homeFor } from './role-home.ts';
import './public.css';

const texts = defineTexts({
  ru: {
    title: 'Подтверждение адреса',
    checking: 'Проверяем ссылку…',
    noToken:
      'В ссылке нет кода подтверждения. Откройте ссылку из письма целиком или запросите новую в профиле.',
    verified: 'Адрес {email} подтверждён.',
    representative:
      'Вы — уполномоченный представитель своей организации по договору: можете создавать обращения и следить за ними.',
    notListed:
      'Вашего адреса пока нет среди уполномоченных представителей действующего договора, поэтому создавать обращения нельзя. Попросите ответственного за договор в вашей организации добавить вас.',
    staff: 'Теперь вам будут приходить письма портала.',
    continue: 'Продолжить',
    login: 'Войти',
    contacts: 'Контакты поддержки',
    resend: 'Запросить новую ссылку можно на странице профиля после входа.',
    alreadyUsed: 'Если вы уже переходили по этой ссылке, адрес подтверждён — просто войдите.',
  },
  en: {
    title: 'Confirming your address',
    checking: 'Checking the link…',
    noToken:
      'The link has no confirmation code. Open the whole link from the e-mail, or ask for a new one in your profile.',
    verified: 'The address {email} is confirmed.',
    representative:
      "You are your organization's authorized representative under its contract: you can file tickets and follow them.",
    notListed:
      'Your address is not yet among the authorized representatives of a valid contract, so you cannot file tickets. Ask the person responsible for the contract in your organization to add you.',
    staff: 'The portal will now send you its e-mails.',
    continue: 'Continue',
    login: 'Sign in',
    contacts: 'Support contacts',
    resend: 'You can ask for a new link in your profile after signing in.',
    alreadyUsed: 'If you have followed this link before, the address is confirmed: just sign in.',
  },
});

/** Confirms the address from ?token= and tells the user what it changed. */
export function VerifyEmailPage() {
  const t = useT(texts);
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const { user: signedIn, loading: sessionLoading, refresh } = useSession();
  const sent = useRef(false);
  const verify = useMutation({
    mutationFn: () => api.post<{ user: User }>('/api/auth/verify', { token }),
    onSuccess: () => refresh(),
  });
  const { mutate } = verify;

  useEffect(() => {
    // A signed-in browser sends its session cookie, so the server asks for the session's CSRF
    // token: post only once the session (and its token) has loaded.
    // A link works once: never send it twice (StrictMode runs effects twice in development).
    if (!token || sessionLoading || sent.current) return;
    sent.current = true;
    mutate();
  }, [token, sessionLoading, mutate]);

  return (
    <Page title={t('title')}>
      <div className="card auth-card">
        {!token ? <Notice kind="warning">{t('noToken')}</Notice> : null}
        {token && (sessionLoading || verify.isPending) ? <Loading label={t('checking')} /> : null}
        {verify.error ? (
          <>
            <ErrorBox error={verify.error} />
            {verify.error instanceof ApiError && verify.error.code === 'auth.token_used' ? (
              <p>
                {t('alreadyUsed')}{' '}
                <Link href={signedIn ? '/profile' : '/login'}>{t(signedIn ? 'continue' : 'login')}</Link>
              </p>
            ) : (
              <p className="muted">{t('resend')}</p>
            )}
          </>
        ) : null}
        {verify.data ? <VerifiedResult user={verify.data.user} signedIn={signedIn !== null} /> : null}
      </div>
    </Page>
  );
}

function VerifiedResult({ user, signedIn }: { user: User; signedIn: boolean }) {
  const t = useT(texts);
  const isCustomer = user.role === 'customer';
  return (
    <>
      <Notice kind="success">{t('verified', { email: user.email })}</Notice>
      {isCustomer && user.organizationId ? <p>{t('representative')}</p> : null}
      {isCustomer && !user.organizationId ? (
        <p>
          {t('notListed')} <Link href="/contacts">{t('contacts')}</Link>
        </p>
      ) : null}
      {!isCustomer ? <p>{t('staff')}</p> : null}
      <p>
        {signedIn ? (
          <Link href={homeFor(user.role)}>{t('continue')}</Link>
        ) : (
          <Link href="/login">{t('login')}</Link>
        )}
      </p>
    </>
  );
}
