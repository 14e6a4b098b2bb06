// One build: version, date, state and notes; its tickets, files, edit form and publish button.

import { api } from '../../../api/client.ts';
import { formatInstant } from '../../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { Badge } from '../../../ui/ui.tsx';
import type { Build } from '../admin-api.ts';
import { formatDay } from '../dates.ts';
import { BuildFields } from './build-fields.tsx';
import { BuildFiles } from './build-files.tsx';
import { BuildPublish } from './build-publish.tsx';
import { BuildTickets } from './build-tickets.tsx';

const texts = defineTexts({
  ru: {
    title: 'Сборка {version}',
    released: 'от {date}',
    draft: 'черновик: клиенты не видят',
    published: 'опубликована {when}',
    noNotes: 'Описание не заполнено.',
    edit: 'Изменить версию, дату или описание',
    save: 'Сохранить',
  },
  en: {
    title: 'Build {version}',
    released: 'of {date}',
    draft: 'draft: hidden from customers',
    published: 'published {when}',
    noNotes: 'No description yet.',
    edit: 'Change version, date or description',
    save: 'Save',
  },
});

/** A build as a card; `onChanged` receives the build as the server now has it. */
export function BuildCard({ build, onChanged }: { build: Build; onChanged: () => void }) {
  const t = useT(texts);
  const { lang } = useLang();
  const headingId = `build-${build.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('title', { version: build.version })}{' '}
        <span className="muted">{t('released', { date: formatDay(build.releasedOn, lang) })}</span>
      </h3>
      <p>
        {build.publishedAt ? (
          <Badge tone="ok">{t('published', { when: formatInstant(build.publishedAt, lang) })}</Badge>
        ) : (
          <Badge tone="warn">{t('draft')}</Badge>
        )}
      </p>
      {build.notes ? <p className="admin-notes">{build.notes}</p> : <p className="muted">{t('noNotes')}</p>}
      <BuildTickets key={build.ticketNumbers.join(',')} build={build} onChanged={onChanged} />
      <BuildFiles build={build} lang={lang} onUploaded={onChanged} />
      <details>
        <summary>{t('edit')}</summary>
        <BuildFields
          initial={{ version: build.version, releasedOn: build.releasedOn, notes: build.notes }}
          published={!!build.publishedAt}
          submitLabel={t('save')}
          save={async (draft) => {
            const patch = build.publishedAt ? { notes: draft.notes } : draft;
            const saved = await api.patch<Build>(`/api/builds/${build.id}`, patch);
            onChanged();
            return saved;
          }}
        />
      </details>
      <div className="admin-actions">
        <BuildPublish build={build} onPublished={onChanged} />
      </div>
    </article>
  );
}
