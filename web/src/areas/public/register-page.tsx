// Регистрация (R1): name, e-mail and password with the server's rules; then "check your e-mail".
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { ApiError, api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { defineTexts, useLang, useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Notice, Page } from '../../ui/ui.tsx';
import { checkPassword, fieldOfError } from './password-rules.ts';
import { passwordWords } from './public-texts.ts';
import './public.css';

const texts = defineTexts({
  ru: {
    title: 'Регистрация',
    intro:
      'Укажите адрес электронной почты, который записан в договоре: после подтверждения адреса портал свяжет вас с вашей организацией.',
    name: 'Имя и фамилия',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Зарегистрироваться',
    sending: 'Отправляем…',
    required: 'Заполните это поле',
    haveAccount: 'Уже есть учётная запись? Войти',
    doneTitle: 'Проверьте почту',
    done: 'Мы отправили письмо на {email}. Перейдите по ссылке из письма в течение 48 часов, чтобы подтвердить адрес, затем войдите.',
    login: 'Перейти ко входу',
  },
  en: {
    title: 'Sign up',
    intro:
      'Use the e-mail address written in your contract: once the address is confirmed, the portal links you to your organization.',
    name: 'Full name',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign up',
    sending: 'Sending…',
    required: 'Fill in this field',
    haveAccount: 'Already have an account? Sign in',
    doneTitle: 'Check your e-mail',
    done: 'We have sent a message to {email}. Follow its link within 48 hours to confirm the address, then sign in.',
    login: 'Go to sign-in',
  },
});

const FIELDS = ['name', 'email', 'password'] as const;
type FieldName = (typeof FIELDS)[number];

/** The registration form, and after it the "check your e-mail" notice. */
export function RegisterPage() {
  const t = useT(texts);
  const pw = useT(passwordWords);
  const { lang } = useLang();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [local, setLocal] = useState<Partial<Record<FieldName, string>>>({});
  const register = useMutation({
    mutationFn: () => api.post<{ user: User }>('/api/auth/register', { ...form, lang }),
  });
  const serverField = register.error instanceof ApiError ? fieldOfError(register.error) : null;
  // An error that belongs to a field is shown under it; any other one above the form.
  const shownAbove = serverField && FIELDS.includes(serverField as FieldName) ? null : register.error;
  const errorOf = (f: FieldName) =>
    local[f] ?? (serverField === f ? (register.error as ApiError).message : null);
  const set = (f: FieldName) => (e: { target: { value: string } }) =>
    setForm({ ...form, [f]: e.target.value });

  function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Partial<Record<FieldName, string>> = {};
    if (!form.name.trim()) problems.name = t('required');
    if (!form.email.trim()) problems.email = t('required');
    const pwProblem = checkPassword(form.password, form.email);
    if (pwProblem) problems.password = pw(pwProblem);
    setLocal(problems);
    if (Object.keys(problems).length === 0) register.mutate();
  }

  if (register.isSuccess)
    return (
      <Page title={t('doneTitle')}>
        <div className="card auth-card">
          <Notice kind="success">{t('done', { email: register.data.user.email })}</Notice>
          <Link href="/login">{t('login')}</Link>
        </div>
      </Page>
    );

  return (
    <Page title={t('title')}>
      <div className="card auth-card">
        <p className="muted">{t('intro')}</p>
        <ErrorBox error={shownAbove} />
        <form onSubmit={submit} noValidate>
          <Field label={t('name')} error={errorOf('name')}>
            {(p) => <input {...p} name="name" autoComplete="name" value={form.name} onChange={set('name')} />}
          </Field>
          <Field label={t('email')} error={errorOf('email')}>
            {(p) => (
              <input
                {...p}
                type="email"
                name="email"
                autoComplete="email"
                value={form.email}
                onChange={set('email')}
              />
            )}
          </Field>
          <Field label={t('password')} hint={pw('rules')} error={errorOf('password')}>
            {(p) => (
              <input
                {...p}
                type="password"
                name="password"
                autoComplete="new-password"
                value={form.password}
                onChange={set('password')}
              />
            )}
          </Field>
          <Button type="submit" disabled={register.isPending}>
            {register.isPending ? t('sending') : t('submit')}
          </Button>
        </form>
        <p className="auth-links">
          <Link href="/login">{t('haveAccount')}</Link>
        </p>
      </div>
    </Page>
  );
}
