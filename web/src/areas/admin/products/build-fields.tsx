// Version, release date and notes of a build: the form used to add a build and to edit one.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Notice } from '../../../ui/ui.tsx';
import type { Build } from '../admin-api.ts';

export interface BuildDraft {
  version: string;
  releasedOn: string;
  notes: string;
}

const texts = defineTexts({
  ru: {
    version: 'Версия',
    versionHint: 'Например 5.2.1 или 5.2.1-hotfix3.',
    releasedOn: 'Дата сборки',
    notes: 'Что изменилось',
    notesHint: 'Клиенты увидят это описание после публикации.',
    locked: 'Сборка опубликована: версию и дату изменить нельзя, только описание.',
    saved: 'Сохранено.',
  },
  en: {
    version: 'Version',
    versionHint: 'E.g. 5.2.1 or 5.2.1-hotfix3.',
    releasedOn: 'Build date',
    notes: 'What changed',
    notesHint: 'Customers see this description once the build is published.',
    locked: 'The build is published: only its description can change.',
    saved: 'Saved.',
  },
});

/** The build form; `save` sends the draft, `submitLabel` names the button. */
export function BuildFields({
  initial,
  published = false,
  submitLabel,
  save,
  resetOnSuccess = false,
}: {
  initial: BuildDraft;
  published?: boolean;
  submitLabel: string;
  save: (draft: BuildDraft) => Promise<Build>;
  resetOnSuccess?: boolean;
}) {
  const t = useT(texts);
  const [draft, setDraft] = useState(initial);
  const run = useMutation({
    mutationFn: () => save(draft),
    onSuccess: () => {
      if (resetOnSuccess) setDraft(initial);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <form onSubmit={submit}>
      <ErrorBox error={run.error} />
      {run.isSuccess && !resetOnSuccess ? <Notice kind="success">{t('saved')}</Notice> : null}
      {published ? <p className="muted">{t('locked')}</p> : null}
      <div className="grid">
        <Field label={t('version')} hint={t('versionHint')}>
          {(p) => (
            <input
              {...p}
              required
              maxLength={100}
              disabled={published}
              value={draft.version}
              onChange={(e) => setDraft({ ...draft, version: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('releasedOn')}>
          {(p) => (
            <input
              {...p}
              type="date"
              required
              disabled={published}
              value={draft.releasedOn}
              onChange={(e) => setDraft({ ...draft, releasedOn: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label={t('notes')} hint={t('notesHint')}>
        {(p) => (
          <textarea
            {...p}
            maxLength={20000}
            value={draft.notes}
            onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
          />
        )}
      </Field>
      <Button type="submit" disabled={run.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
