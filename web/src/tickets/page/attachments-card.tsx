// The ticket's files: download links, and an upload with progress (support may keep files internal).
import { type FormEvent, useState } from 'react';
import { formatInstant } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { formatSize } from '../../ui/file-size.ts';
import { Badge, Button, ErrorBox, Loading } from '../../ui/ui.tsx';
import { TicketFilePicker, useFileUpload } from '../file-upload.tsx';
import { useAttachments } from '../ticket-api.ts';
import type { Ticket } from '../types.ts';
import { pageTexts } from './page-texts.ts';

/** The list of attachments and the upload form. */
export function AttachmentsCard({ ticket, support }: { ticket: Ticket; support: boolean }) {
  const { lang } = useLang();
  const t = useT(pageTexts);
  const list = useAttachments(ticket.number);
  const files = useFileUpload(ticket.number);
  const [internal, setInternal] = useState(false);
  const zone = ticket.sla.calendar.timeZone;

  async function upload(e: FormEvent) {
    e.preventDefault();
    await files.upload(internal);
  }

  return (
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('attachments')}</h2>
      {list.isPending ? <Loading label="…" /> : null}
      <ErrorBox error={list.error} />
      {list.data?.length === 0 ? <p className="muted">{t('noAttachments')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <ul className="attachments">
          {list.data.map((a) => (
            <li key={a.id}>
              <a href={a.url} download={a.fileName} aria-label={t('download', { name: a.fileName })}>
                {a.fileName}
              </a>{' '}
              <span className="muted">
                {formatSize(a.size, lang)} · {formatInstant(a.createdAt, lang, { zone })}
              </span>{' '}
              {a.internal ? <Badge tone="warn">{t('internal')}</Badge> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {ticket.status === 'closed' ? (
        <p className="muted">{t('closedNoUpload')}</p>
      ) : (
        <form onSubmit={upload} className="attachment-upload">
          <ErrorBox error={files.error} />
          <TicketFilePicker upload={files} />
          {support ? (
            <label className="check">
              <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />{' '}
              {t('uploadInternal')}
            </label>
          ) : null}
          <Button
            type="submit"
            kind="secondary"
            disabled={files.files.length === 0 || files.progress !== null}
          >
            {t('upload')}
          </Button>
        </form>
      )}
    </section>
  );
}
