// Which notices also come by e-mail; those the agreement requires are always sent (shown checked
// and disabled). The portal's notification list always shows every notice.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox, Loading, Notice } from '../../ui/ui.tsx';
import { noticeWordOf, noticeWords } from './notice-words.ts';
import {
  fetchPreferences,
  type MailPreference,
  PREFERENCES_KEY,
  savePreferences,
} from './notifications-api.ts';

const texts = defineTexts({
  ru: {
    title: 'Письма',
    intro: 'Отметьте, о чём присылать письма. На портале, в «Уведомлениях», видны все сообщения.',
    legend: 'Присылать по электронной почте',
    required: '(обязательно по соглашению)',
    loading: 'Загрузка…',
    save: 'Сохранить выбор',
    saving: 'Сохраняем…',
    saved: 'Выбор сохранён.',
  },
  en: {
    title: 'E-mails',
    intro: 'Choose what to receive by e-mail. The portal’s Notifications page always shows every notice.',
    legend: 'Send by e-mail',
    required: '(required by the agreement)',
    loading: 'Loading…',
    save: 'Save the choice',
    saving: 'Saving…',
    saved: 'The choice is saved.',
  },
});

/** The e-mail preferences section of the profile. */
export function MailPreferences() {
  const t = useT(texts);
  const words = useT(noticeWords);
  const headingId = useId();
  const client = useQueryClient();
  const prefs = useQuery({ queryKey: PREFERENCES_KEY, queryFn: fetchPreferences });
  // The user's edits over what the server holds; kept on a failed save.
  const [edits, setEdits] = useState<Record<string, boolean>>({});
  const current: MailPreference[] = (prefs.data ?? []).map((p) =>
    p.required ? { ...p, email: true } : { ...p, email: edits[p.kind] ?? p.email },
  );
  const save = useMutation({
    mutationFn: () => savePreferences(current),
    onSuccess: (saved) => {
      client.setQueryData(PREFERENCES_KEY, saved);
      setEdits({});
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }

  return (
    <section className="card account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ErrorBox error={prefs.error ?? save.error} />
      {prefs.isPending ? <Loading label={t('loading')} /> : null}
      {save.isSuccess ? <Notice kind="success">{t('saved')}</Notice> : null}
      {prefs.data ? (
        <form onSubmit={submit}>
          <fieldset>
            <legend>{t('legend')}</legend>
            <ul className="preferences-list">
              {current.map((p) => (
                <li key={p.kind}>
                  <label>
                    <input
                      type="checkbox"
                      checked={p.email}
                      disabled={p.required}
                      onChange={(e) => {
                        setEdits({ ...edits, [p.kind]: e.target.checked });
                        save.reset();
                      }}
                    />
                    <span>
                      {p.title || words(noticeWordOf(p.kind))}
                      {p.required ? <span className="muted"> {t('required')}</span> : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t('saving') : t('save')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
