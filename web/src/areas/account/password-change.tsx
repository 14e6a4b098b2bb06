// Changing one's password: the current one, the new one twice; other sessions end.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Notice } from '../../ui/ui.tsx';
import { checkPassword } from '../public/password-rules.ts';
import { passwordWords } from '../public/public-texts.ts';

const texts = defineTexts({
  ru: {
    title: 'Пароль',
    current: 'Текущий пароль',
    next: 'Новый пароль',
    repeat: 'Повторите новый пароль',
    required: 'Заполните это поле',
    mismatch: 'Пароли не совпадают',
    save: 'Сменить пароль',
    saving: 'Меняем…',
    saved: 'Пароль изменён. Остальные сеансы завершены; этот остаётся открытым.',
  },
  en: {
    title: 'Password',
    current: 'Current password',
    next: 'New password',
    repeat: 'Repeat the new password',
    required: 'Fill in this field',
    mismatch: 'The passwords differ',
    save: 'Change the password',
    saving: 'Changing…',
    saved: 'The password is changed. Other sessions have ended; this one stays open.',
  },
});

type FieldName = 'current' | 'next' | 'repeat';

/** The password-change form of the profile. */
export function PasswordChange({ email }: { email: string }) {
  const t = useT(texts);
  const pw = useT(passwordWords);
  const headingId = useId();
  const [form, setForm] = useState({ current: '', next: '', repeat: '' });
  const [problems, setProblems] = useState<Partial<Record<FieldName, string>>>({});
  const change = useMutation({
    mutationFn: () => api.post<null>('/api/auth/me/password', { current: form.current, new: form.next }),
    onSuccess: () => setForm({ current: '', next: '', repeat: '' }),
  });
  const code = change.error instanceof ApiError ? change.error.code : '';
  const serverError = (f: FieldName) =>
    (f === 'current' && code === 'auth.wrong_password') || (f === 'next' && code.startsWith('auth.password'))
      ? (change.error as ApiError).message
      : null;
  const errorOf = (f: FieldName) => problems[f] ?? serverError(f);
  const shownAbove = serverError('current') || serverError('next') ? null : change.error;
  const set = (f: FieldName) => (e: { target: { value: string } }) => {
    setForm({ ...form, [f]: e.target.value });
    if (change.isSuccess) change.reset();
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    // A new attempt: the last one's refusal («wrong current password») no longer holds.
    change.reset();
    const weak = checkPassword(form.next, email);
    const next: Partial<Record<FieldName, string>> = {
      ...(form.current ? {} : { current: t('required') }),
      ...(weak ? { next: pw(weak) } : {}),
      ...(form.repeat !== form.next ? { repeat: t('mismatch') } : {}),
    };
    setProblems(next);
    if (Object.keys(next).length === 0) change.mutate();
  }

  const input = (f: FieldName, autoComplete: string) => (p: { id: string }) => (
    <input {...p} type="password" autoComplete={autoComplete} value={form[f]} onChange={set(f)} />
  );
  return (
    <section className="card account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      <ErrorBox error={shownAbove} />
      {change.isSuccess ? <Notice kind="success">{t('saved')}</Notice> : null}
      <form className="account-form" onSubmit={submit} noValidate>
        <Field label={t('current')} error={errorOf('current')}>
          {input('current', 'current-password')}
        </Field>
        <Field label={t('next')} hint={pw('rules')} error={errorOf('next')}>
          {input('next', 'new-password')}
        </Field>
        <Field label={t('repeat')} error={errorOf('repeat')}>
          {input('repeat', 'new-password')}
        </Field>
        <Button type="submit" disabled={change.isPending}>
          {change.isPending ? t('saving') : t('save')}
        </Button>
      </form>
    </section>
  );
}
