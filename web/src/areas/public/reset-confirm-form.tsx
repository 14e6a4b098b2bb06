// Setting a new password from the reset link; every session ends, so the user signs in again.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { ApiError, api } from '../../api/client.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Notice, Page } from '../../ui/ui.tsx';
import { checkPassword } from './password-rules.ts';
import { passwordWords } from './public-texts.ts';

const texts = defineTexts({
  ru: {
    title: 'Новый пароль',
    password: 'Новый пароль',
    repeat: 'Повторите пароль',
    mismatch: 'Пароли не совпадают',
    submit: 'Сохранить пароль',
    sending: 'Сохраняем…',
    done: 'Пароль изменён. Все прежние сеансы завершены — войдите с новым паролем.',
    login: 'Войти',
    again: 'Запросить новую ссылку',
  },
  en: {
    title: 'New password',
    password: 'New password',
    repeat: 'Repeat the password',
    mismatch: 'The passwords differ',
    submit: 'Save the password',
    sending: 'Saving…',
    done: 'The password is changed. All earlier sessions have ended: sign in with the new password.',
    login: 'Sign in',
    again: 'Ask for a new link',
  },
});

/** The new-password form of /reset-password?token=…. */
export function ResetConfirmForm({ token }: { token: string }) {
  const t = useT(texts);
  const pw = useT(passwordWords);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ password?: string; repeat?: string }>({});
  const confirm = useMutation({
    mutationFn: () => api.post<null>('/api/auth/password-reset/confirm', { token, password }),
  });
  const linkBroken = confirm.error instanceof ApiError && confirm.error.code.startsWith('auth.token');

  function submit(e: FormEvent) {
    e.preventDefault();
    const problem = checkPassword(password);
    const next = {
      ...(problem ? { password: pw(problem) } : {}),
      ...(repeat !== password ? { repeat: t('mismatch') } : {}),
    };
    setProblems(next);
    if (!next.password && !next.repeat) confirm.mutate();
  }

  if (confirm.isSuccess)
    return (
      <Page title={t('title')}>
        <div className="card auth-card">
          <Notice kind="success">{t('done')}</Notice>
          <Link href="/login">{t('login')}</Link>
        </div>
      </Page>
    );

  return (
    <Page title={t('title')}>
      <div className="card auth-card">
        <ErrorBox error={confirm.error} />
        {linkBroken ? (
          <p>
            <Link href="/reset-password">{t('again')}</Link>
          </p>
        ) : null}
        <form onSubmit={submit} noValidate>
          <Field label={t('password')} hint={pw('rules')} error={problems.password}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('repeat')} error={problems.repeat}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
              />
            )}
          </Field>
          <Button type="submit" disabled={confirm.isPending}>
            {confirm.isPending ? t('sending') : t('submit')}
          </Button>
        </form>
      </div>
    </Page>
  );
}
