// Name and language (R2): saving the language also switches the interface at once, and the
// header's switch saves it here too (the field follows the session's user).
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Lang, User } from '../../api/types.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { useSession, useSwitchLang } from '../../session.tsx';
import { Button, ErrorBox, Field, Notice } from '../../ui/ui.tsx';

const texts = defineTexts({
  ru: {
    title: 'Личные данные',
    email: 'Электронная почта',
    role: 'Роль',
    name: 'Имя и фамилия',
    lang: 'Язык интерфейса и писем',
    required: 'Заполните это поле',
    save: 'Сохранить',
    saving: 'Сохраняем…',
    saved: 'Профиль сохранён.',
    customer: 'Представитель пользователя',
    engineer: 'Инженер поддержки',
    lead: 'Руководитель поддержки',
    admin: 'Администратор',
  },
  en: {
    title: 'Personal details',
    email: 'E-mail',
    role: 'Role',
    name: 'Full name',
    lang: 'Language of the interface and e-mails',
    required: 'Fill in this field',
    save: 'Save',
    saving: 'Saving…',
    saved: 'The profile is saved.',
    customer: 'Customer representative',
    engineer: 'Support engineer',
    lead: 'Support lead',
    admin: 'Administrator',
  },
});

/** The name and language form, with the e-mail and role shown read-only. */
export function ProfileForm({ user }: { user: User }) {
  const t = useT(texts);
  const headingId = useId();
  const switchLang = useSwitchLang();
  const { refresh } = useSession();
  const [name, setName] = useState(user.name);
  // Unchanged here, the field shows the saved language (which the header's switch may change).
  const [langEdit, setFormLang] = useState<Lang | null>(null);
  const lang = langEdit ?? user.lang;
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: () => api.patch<{ user: User }>('/api/auth/me', { name: name.trim(), lang }),
    onSuccess: async ({ user: saved }) => {
      setFormLang(null);
      await switchLang(saved.lang, { saved: true });
      await refresh();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(name.trim() === '');
    if (name.trim()) save.mutate();
  }

  return (
    <section className="card account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      <dl className="profile-facts">
        <dt className="muted">{t('email')}</dt>
        <dd>{user.email}</dd>
        <dt className="muted">{t('role')}</dt>
        <dd>{t(user.role)}</dd>
      </dl>
      <ErrorBox error={save.error} />
      {save.isSuccess ? <Notice kind="success">{t('saved')}</Notice> : null}
      <form className="account-form" onSubmit={submit} noValidate>
        <Field label={t('name')} error={missing ? t('required') : null}>
          {(p) => (
            <input
              {...p}
              autoComplete="name"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                save.reset();
              }}
            />
          )}
        </Field>
        <Field label={t('lang')}>
          {(p) => (
            <select
              {...p}
              value={lang}
              onChange={(e) => {
                setFormLang(e.target.value as Lang);
                save.reset();
              }}
            >
              <option value="ru">Русский</option>
              <option value="en">English</option>
            </select>
          )}
        </Field>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('save')}
        </Button>
      </form>
    </section>
  );
}
