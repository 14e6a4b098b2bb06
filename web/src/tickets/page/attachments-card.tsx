// The ticket's files: download links, and an upload with progress (support may keep files internal).
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatInstant } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { FilePicker } from '../../ui/file-picker.tsx';
import { formatSize } from '../../ui/file-size.ts';
import { Badge, Button, ErrorBox, Loading } from '../../ui/ui.tsx';
import { actionTexts } from '../actions/action-texts.ts';
import { uploadFiles, useAttachments } from '../ticket-api.ts';
import type { Ticket } from '../types.ts';
import { pageTexts } from './page-texts.ts';

/** The list of attachments and the upload form. */
export function AttachmentsCard({ ticket, support }: { ticket: Ticket; support: boolean }) {
  const { lang } = useLang();
  const t = useT(pageTexts);
  const a = useT(actionTexts);
  const client = useQueryClient();
  const list = useAttachments(ticket.number);
  const [files, setFiles] = useState<File[]>([]);
  const [internal, setInternal] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const zone = ticket.sla.calendar.timeZone;

  async function upload(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setProgress(0);
    try {
      await uploadFiles(client, ticket.number, files, { internal, lang, onProgress: setProgress });
      setFiles([]);
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
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
          <ErrorBox error={error} />
          <FilePicker
            files={files}
            onChange={setFiles}
            progress={progress}
            label={a('files')}
            hint={a('filesHint')}
          />
          {support ? (
            <label className="check">
              <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />{' '}
              {t('uploadInternal')}
            </label>
          ) : null}
          <Button type="submit" kind="secondary" disabled={files.length === 0 || progress !== null}>
            {t('upload')}
          </Button>
        </form>
      )}
    </section>
  );
}
