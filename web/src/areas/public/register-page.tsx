// Регистрация (R1): name, e-mail and password with the server's rules; then "check your e-mail".
import { useState } from 'react';
import { Link } from 'wouter';
import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Notice, Page } from '../../ui/ui.tsx';
import { AccountForm } from './account-form.tsx';
import './public.css';

const texts = defineTexts({
  ru: {
    title: 'Регистрация',
    intro:
      'Укажите адрес электронной почты, который записан в договоре: после подтверждения адреса портал свяжет вас с вашей организацией.',
    submit: 'Зарегистрироваться',
    sending: 'Отправляем…',
    haveAccount: 'Уже есть учётная запись? Войти',
    doneTitle: 'Проверьте почту',
    done: 'Мы отправили письмо на {email}. Перейдите по ссылке из письма в течение 48 часов, чтобы подтвердить адрес, затем войдите.',
    login: 'Перейти ко входу',
  },
  en: {
    title: 'Sign up',
    intro:
      'Use the e-mail address written in your contract: once the address is confirmed, the portal links you to your organization.',
    submit: 'Sign up',
    sending: 'Sending…',
    haveAccount: 'Already have an account? Sign in',
    doneTitle: 'Check your e-mail',
    done: 'We have sent a message to {email}. Follow its link within 48 hours to confirm the address, then sign in.',
    login: 'Go to sign-in',
  },
});

/** The registration form, and after it the "check your e-mail" notice. */
export function RegisterPage() {
  const t = useT(texts);
  const [registered, setRegistered] = useState<string | null>(null);

  if (registered !== null)
    return (
      <Page title={t('doneTitle')}>
        <div className="card auth-card">
          <Notice kind="success">{t('done', { email: registered })}</Notice>
          <Link href="/login">{t('login')}</Link>
        </div>
      </Page>
    );

  return (
    <Page title={t('title')}>
      <div className="card auth-card">
        <p className="muted">{t('intro')}</p>
        <AccountForm
          send={(input) => api.post<{ user: User }>('/api/auth/register', input)}
          onSuccess={(result) => setRegistered(result.user.email)}
          submitLabel={t('submit')}
          sendingLabel={t('sending')}
        />
        <p className="auth-links">
          <Link href="/login">{t('haveAccount')}</Link>
        </p>
      </div>
    </Page>
  );
}
