// Asking for a password reset link; the answer is the same for any address, so it says so.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { api } from '../../api/client.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Notice, Page } from '../../ui/ui.tsx';

const texts = defineTexts({
  ru: {
    title: 'Восстановление пароля',
    intro: 'Укажите адрес, с которым вы зарегистрированы: мы пришлём ссылку для нового пароля.',
    email: 'Электронная почта',
    required: 'Заполните это поле',
    submit: 'Прислать ссылку',
    sending: 'Отправляем…',
    done: 'Если адрес {email} зарегистрирован, на него придёт письмо со ссылкой. Ссылка действует 2 часа.',
    back: 'Вернуться ко входу',
  },
  en: {
    title: 'Password recovery',
    intro: 'Enter the address you registered with: we will send a link to set a new password.',
    email: 'E-mail',
    required: 'Fill in this field',
    submit: 'Send the link',
    sending: 'Sending…',
    done: 'If {email} is registered, a message with a link is on its way. The link works for 2 hours.',
    back: 'Back to sign-in',
  },
});

/** The "send me a reset link" form. */
export function ResetRequestForm() {
  const t = useT(texts);
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const request = useMutation({ mutationFn: () => api.post<null>('/api/auth/password-reset', { email }) });

  function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(email.trim() === '');
    if (email.trim()) request.mutate();
  }

  return (
    <Page title={t('title')}>
      <div className="card auth-card">
        {request.isSuccess ? (
          <Notice kind="success">{t('done', { email: email.trim() })}</Notice>
        ) : (
          <>
            <p className="muted">{t('intro')}</p>
            <ErrorBox error={request.error} />
            <form onSubmit={submit} noValidate>
              <Field label={t('email')} error={missing ? t('required') : null}>
                {(p) => (
                  <input
                    {...p}
                    type="email"
                    name="email"
                    autoComplete="email"
                    value={email}
                    onChange={(e) => setEmail(e.target.value)}
                  />
                )}
              </Field>
              <Button type="submit" disabled={request.isPending}>
                {request.isPending ? t('sending') : t('submit')}
              </Button>
            </form>
          </>
        )}
        <p className="auth-links">
          <Link href="/login">{t('back')}</Link>
        </p>
      </div>
    </Page>
  );
}
