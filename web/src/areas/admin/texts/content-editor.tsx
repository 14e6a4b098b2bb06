// Edits one portal text (agreement or contacts) in one language as Markdown, with a live preview.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import Markdown from 'react-markdown';
import { api } from '../../../api/client.ts';
import { formatInstant } from '../../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Notice } from '../../../ui/ui.tsx';
import { keys, type SiteContent } from '../admin-api.ts';

const texts = defineTexts({
  ru: {
    body: 'Текст в Markdown',
    hint: '## Заголовок, **жирный**, *курсив*, списки с «- », ссылки [текст](https://…). HTML не выполняется.',
    preview: 'Как увидит посетитель',
    save: 'Сохранить',
    saved: 'Текст сохранён.',
    isDefault: 'Сейчас показывается встроенный текст: он ещё не редактировался.',
    fallback: 'Текста на этом языке ещё нет: показан русский. Сохраните перевод, чтобы он появился.',
    updated: 'Последнее изменение: {when}',
  },
  en: {
    body: 'Text in Markdown',
    hint: '## Heading, **bold**, *italic*, lists with "- ", links [text](https://…). HTML is not run.',
    preview: 'What visitors will see',
    save: 'Save',
    saved: 'Text saved.',
    isDefault: 'The built-in text is shown: it has not been edited yet.',
    fallback:
      'There is no text in this language yet: the Russian one is shown. Save a translation to publish it.',
    updated: 'Last changed: {when}',
  },
});

// The preview sits under this page's own h1 and h2, so the text's headings move two levels down.
const PREVIEW_HEADINGS = { h1: 'h3', h2: 'h4', h3: 'h5', h4: 'h6', h5: 'h6' } as const;

/** The editor for `content` (loaded for `lang`); the typed text survives a refused save. */
export function ContentEditor({ content, lang }: { content: SiteContent; lang: 'ru' | 'en' }) {
  const t = useT(texts);
  const ui = useLang().lang;
  const client = useQueryClient();
  const [body, setBody] = useState(content.body);
  const previewId = useId();
  const save = useMutation({
    mutationFn: () => api.put<SiteContent>(`/api/content/${content.key}`, { lang, body }),
    onSuccess: (row) => client.setQueryData(keys.content(row.key, lang), row),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit}>
      {content.isDefault ? <Notice>{t('isDefault')}</Notice> : null}
      {!content.isDefault && content.lang !== lang ? <Notice kind="warning">{t('fallback')}</Notice> : null}
      {content.updatedAt ? (
        <p className="muted">{t('updated', { when: formatInstant(content.updatedAt, ui) })}</p>
      ) : null}
      <ErrorBox error={save.error} />
      {save.isSuccess ? <Notice kind="success">{t('saved')}</Notice> : null}
      <div className="two-columns">
        <div>
          <Field label={t('body')} hint={t('hint')}>
            {(p) => (
              <textarea
                {...p}
                className="admin-json"
                value={body}
                onChange={(e) => setBody(e.target.value)}
              />
            )}
          </Field>
          <Button type="submit" disabled={save.isPending || !body.trim()}>
            {t('save')}
          </Button>
        </div>
        <section aria-labelledby={previewId}>
          <h2 id={previewId}>{t('preview')}</h2>
          <div className="admin-preview" lang={lang}>
            <Markdown components={PREVIEW_HEADINGS}>{body}</Markdown>
          </div>
        </section>
      </div>
    </form>
  );
}
