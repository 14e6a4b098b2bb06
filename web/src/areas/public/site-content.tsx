// Administrator-edited Markdown of a portal page (R1), in the interface language, rendered safely
// (react-markdown never renders raw HTML).
import { useQuery } from '@tanstack/react-query';
import Markdown, { type Components } from 'react-markdown';
import { api, query } from '../../api/client.ts';
import type { Lang } from '../../api/types.ts';
import { defineTexts, useLang, useT } from '../../i18n/i18n.tsx';
import { ErrorBox, Loading } from '../../ui/ui.tsx';
import './public.css';

export interface SiteContent {
  key: 'agreement' | 'contacts';
  lang: Lang;
  body: string;
  isDefault: boolean;
  updatedAt: string | null;
}

const texts = defineTexts({
  ru: { loading: 'Загрузка…', onlyRussian: 'Этот текст пока есть только на русском языке.' },
  en: { loading: 'Loading…', onlyRussian: 'This text is available in Russian only for now.' },
});

// The page already has its h1 (the page title): headings inside the text step one level down.
const components: Components = {
  h1: ({ node: _node, ...props }) => <h2 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  h3: ({ node: _node, ...props }) => <h4 {...props} />,
};

/** Strips the text's own first-level title, since the page shows the same title as its h1. */
function withoutTitle(body: string): string {
  return body.replace(/^\s*#\s+[^\n]*\n/, '');
}

/** Loads and renders GET /api/content/{key}?lang=… . */
export function SiteContentText({ contentKey }: { contentKey: SiteContent['key'] }) {
  const t = useT(texts);
  const { lang } = useLang();
  const content = useQuery({
    queryKey: ['content', contentKey, lang],
    queryFn: () => api.get<SiteContent>(`/api/content/${contentKey}${query({ lang })}`),
    staleTime: 5 * 60_000,
  });
  if (content.isPending) return <Loading label={t('loading')} />;
  if (content.error) return <ErrorBox error={content.error} />;
  return (
    <div className="markdown" lang={content.data.lang}>
      {content.data.lang !== lang ? <p className="muted">{t('onlyRussian')}</p> : null}
      <Markdown components={components}>{withoutTitle(content.data.body)}</Markdown>
    </div>
  );
}
