// Вход (R1): e-mail and password; returns to ?next= or to the role's first page.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError, api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { defineTexts, useLang, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { Button, ErrorBox, Field, Page } from '../../ui/ui.tsx';
import { homeFor, safeNext } from './role-home.ts';
import './public.css';

const texts = defineTexts({
  ru: {
    title: 'Вход',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Войти',
    sending: 'Входим…',
    forgot: 'Забыли пароль?',
    register: 'Регистрация',
    required: 'Заполните это поле',
    signInFirst: 'Войдите, чтобы открыть эту страницу.',
  },
  en: {
    title: 'Sign in',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    sending: 'Signing in…',
    forgot: 'Forgot your password?',
    register: 'Sign up',
    required: 'Fill in this field',
    signInFirst: 'Sign in to open this page.',
  },
});

/** The sign-in form; on success the session is adopted and the interface takes the user's language. */
export function LoginPage() {
  const t = useT(texts);
  const { setLang } = useLang();
  const { adopt } = useSession();
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const login = useMutation({
    mutationFn: () => api.post<{ user: User; csrfToken: string }>('/api/auth/login', { email, password }),
    onSuccess: (session) => {
      adopt(session);
      setLang(session.user.lang);
      navigate(next ?? homeFor(session.user.role));
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const gaps = { email: email.trim() === '', password: password === '' };
    setMissing(gaps);
    if (gaps.email || gaps.password) return;
    login.mutate();
  }

  const wrongCredentials = login.error instanceof ApiError && login.error.code === 'auth.invalid_credentials';
  return (
    <Page title={t('title')}>
      <div className="card auth-card">
        {next && !login.error ? <p className="muted">{t('signInFirst')}</p> : null}
        <ErrorBox error={login.error} />
        <form onSubmit={submit} noValidate>
          <Field label={t('email')} error={missing.email ? t('required') : null}>
            {(p) => (
              <input
                {...p}
                {...(wrongCredentials ? { 'aria-invalid': true } : {})}
                type="email"
                name="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('password')} error={missing.password ? t('required') : null}>
            {(p) => (
              <input
                {...p}
                {...(wrongCredentials ? { 'aria-invalid': true } : {})}
                type="password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <Button type="submit" disabled={login.isPending}>
            {login.isPending ? t('sending') : t('submit')}
          </Button>
        </form>
        <p className="auth-links">
          <Link href="/reset-password">{t('forgot')}</Link>
          <Link href="/register">{t('register')}</Link>
        </p>
      </div>
    </Page>
  );
}
