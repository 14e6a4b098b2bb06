// The name / e-mail / new-password form that registration and the first administrator share:
// checked in the browser first, the server's field errors shown under their fields.
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { defineTexts, useLang, useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox, Field } from '../../ui/ui.tsx';
import { checkPassword, fieldOfError } from './password-rules.ts';
import { passwordWords } from './public-texts.ts';

const FIELDS = ['name', 'email', 'password'] as const;
type FieldName = (typeof FIELDS)[number];

/** What the form sends: the fields and the interface language (mails come in it). */
export type AccountInput = Record<FieldName, string> & { lang: 'ru' | 'en' };

const texts = defineTexts({
  ru: {
    name: 'Имя и фамилия',
    email: 'Электронная почта',
    password: 'Пароль',
    required: 'Заполните это поле',
  },
  en: { name: 'Full name', email: 'E-mail', password: 'Password', required: 'Fill in this field' },
});

/** The form; `send` runs once the fields pass the browser's checks. */
export function AccountForm<T>({
  send,
  onSuccess,
  submitLabel,
  sendingLabel,
  extraError,
}: {
  send: (input: AccountInput) => Promise<T>;
  onSuccess?: (result: T) => void;
  submitLabel: string;
  sendingLabel: string;
  /** Another failure to show above the form (e.g. the page's own loading). */
  extraError?: unknown;
}) {
  const t = useT(texts);
  const pw = useT(passwordWords);
  const { lang } = useLang();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [local, setLocal] = useState<Partial<Record<FieldName, string>>>({});
  const mutation: UseMutationResult<T, Error, void> = useMutation({
    mutationFn: () => send({ ...form, lang }),
    ...(onSuccess ? { onSuccess } : {}),
  });
  const serverField = mutation.error instanceof ApiError ? fieldOfError(mutation.error) : null;
  // An error that belongs to a field is shown under it; any other one above the form.
  const shownAbove = serverField && FIELDS.includes(serverField as FieldName) ? null : mutation.error;
  const errorOf = (f: FieldName) =>
    local[f] ?? (serverField === f ? (mutation.error as ApiError).message : null);
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
    if (Object.keys(problems).length === 0) mutation.mutate();
  }

  return (
    <>
      <ErrorBox error={shownAbove ?? extraError} />
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
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? sendingLabel : submitLabel}
        </Button>
      </form>
    </>
  );
}
