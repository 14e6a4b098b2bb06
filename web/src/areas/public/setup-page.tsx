// The first administrator of a fresh installation: created once, then signed in.
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError, api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { defineTexts, useLang, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { Button, ErrorBox, Field, Loading, Notice, Page } from '../../ui/ui.tsx';
import { checkPassword, fieldOfError } from './password-rules.ts';
import { passwordWords } from './public-texts.ts';
import './public.css';

const texts = defineTexts({
  ru: {
    title: 'Создать администратора',
    intro: 'Первый администратор настраивает организации, договоры, планы обслуживания и календари.',
    loading: 'Загрузка…',
    exists: 'Администратор уже создан. Войдите под своей учётной записью.',
    login: 'Вход',
    name: 'Имя и фамилия',
    email: 'Электронная почта',
    password: 'Пароль',
    required: 'Заполните это поле',
    submit: 'Создать и войти',
    sending: 'Создаём…',
  },
  en: {
    title: 'Create the administrator',
    intro: 'The first administrator sets up organizations, contracts, service plans and calendars.',
    loading: 'Loading…',
    exists: 'An administrator already exists. Sign in with your account.',
    login: 'Sign in',
    name: 'Full name',
    email: 'E-mail',
    password: 'Password',
    required: 'Fill in this field',
    submit: 'Create and sign in',
    sending: 'Creating…',
  },
});

const FIELDS = ['name', 'email', 'password'] as const;
type FieldName = (typeof FIELDS)[number];

/** `/setup`: name, e-mail and password of the first administrator. */
export function SetupPage() {
  const t = useT(texts);
  const pw = useT(passwordWords);
  const { lang } = useLang();
  const { adopt } = useSession();
  const [, navigate] = useLocation();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [local, setLocal] = useState<Partial<Record<FieldName, string>>>({});
  const status = useQuery({
    queryKey: ['setup'],
    queryFn: () => api.get<{ needsAdmin: boolean }>('/api/setup'),
  });
  const create = useMutation({
    mutationFn: () => api.post<{ user: User; csrfToken: string }>('/api/setup', { ...form, lang }),
    onSuccess: (session) => {
      adopt(session);
      navigate('/admin');
    },
  });
  const serverField = create.error instanceof ApiError ? fieldOfError(create.error) : null;
  // An error that belongs to a field is shown under it; any other one above the form.
  const shownAbove = serverField && FIELDS.includes(serverField as FieldName) ? null : create.error;
  const errorOf = (f: FieldName) =>
    local[f] ?? (serverField === f ? (create.error as ApiError).message : null);
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
    if (Object.keys(problems).length === 0) create.mutate();
  }

  if (status.isPending) return <Loading label={t('loading')} />;
  if (status.data && !status.data.needsAdmin && !create.isSuccess)
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
        <ErrorBox error={shownAbove ?? status.error} />
        <form onSubmit={submit} noValidate>
          <Field label={t('name')} error={errorOf('name')}>
            {(p) => <input {...p} autoComplete="name" value={form.name} onChange={set('name')} />}
          </Field>
          <Field label={t('email')} error={errorOf('email')}>
            {(p) => (
              <input {...p} type="email" autoComplete="email" value={form.email} onChange={set('email')} />
            )}
          </Field>
          <Field label={t('password')} hint={pw('rules')} error={errorOf('password')}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={form.password}
                onChange={set('password')}
              />
            )}
          </Field>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? t('sending') : t('submit')}
          </Button>
        </form>
      </div>
    </Page>
  );
}
