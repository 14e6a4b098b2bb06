// /admin/texts: the agreement and contacts pages (R1) per language, edited as Markdown with a preview.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { ErrorBox, Field, Loading } from '../../../ui/ui.tsx';
import { keys, type SiteContent } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';
import { ContentEditor } from './content-editor.tsx';

type Key = SiteContent['key'];
type Lang = SiteContent['lang'];

const texts = defineTexts({
  ru: {
    title: 'Тексты портала',
    page: 'Страница',
    agreement: 'Соглашение об уровне сервиса',
    contacts: 'Контакты',
    lang: 'Язык текста',
    ru: 'Русский',
    en: 'English',
    loading: 'Загрузка…',
  },
  en: {
    title: 'Portal texts',
    page: 'Page',
    agreement: 'Service-level agreement',
    contacts: 'Contacts',
    lang: 'Text language',
    ru: 'Русский',
    en: 'English',
    loading: 'Loading…',
  },
});

/** Picks a text and a language, then edits it. */
export default function TextsPage() {
  const t = useT(texts);
  const [key, setKey] = useState<Key>('agreement');
  const [lang, setLang] = useState<Lang>('ru');
  const content = useQuery({
    queryKey: keys.content(key, lang),
    queryFn: () => api.get<SiteContent>(`/api/content/${key}?lang=${lang}`),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <AdminPage title={t('title')}>
      <div className="filters">
        <Field label={t('page')}>
          {(p) => (
            <select {...p} value={key} onChange={(e) => setKey(e.target.value as Key)}>
              <option value="agreement">{t('agreement')}</option>
              <option value="contacts">{t('contacts')}</option>
            </select>
          )}
        </Field>
        <Field label={t('lang')}>
          {(p) => (
            <select {...p} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              <option value="ru">{t('ru')}</option>
              <option value="en">{t('en')}</option>
            </select>
          )}
        </Field>
      </div>
      {content.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={content.error} />
      {/* Each text and language keeps its own editor, so switching back shows what was typed. */}
      {(['agreement', 'contacts'] as const).flatMap((k) =>
        (['ru', 'en'] as const).map((l) => (
          <EditorSlot key={`${k}/${l}`} visible={k === key && l === lang} contentKey={k} lang={l} />
        )),
      )}
    </AdminPage>
  );
}

function EditorSlot({ visible, contentKey, lang }: { visible: boolean; contentKey: Key; lang: Lang }) {
  const content = useQuery({
    queryKey: keys.content(contentKey, lang),
    queryFn: () => api.get<SiteContent>(`/api/content/${contentKey}?lang=${lang}`),
    staleTime: Number.POSITIVE_INFINITY,
    enabled: visible,
  });
  const [seen, setSeen] = useState(false);
  if (visible && content.data && !seen) setSeen(true);
  if (!seen || !content.data) return null;
  return (
    <div hidden={!visible}>
      <ContentEditor content={content.data} lang={lang} />
    </div>
  );
}
