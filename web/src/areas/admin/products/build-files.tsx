// A build's files: download links, and an upload with progress (R13: a build the customer installs).
import { type FormEvent, useRef, useState } from 'react';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { formatSize } from '../../../ui/file-size.ts';
import { Button, ErrorBox, Field } from '../../../ui/ui.tsx';
import type { Build, BuildFile } from '../admin-api.ts';
import { ProgressBar } from '../progress-bar.tsx';
import { useUpload } from '../upload.ts';

const texts = defineTexts({
  ru: {
    title: 'Файлы',
    none: 'Файлов пока нет.',
    files: 'Добавить файлы',
    upload: 'Загрузить',
    progress: 'Загрузка файлов',
    sha: 'SHA-256: {sha}',
  },
  en: {
    title: 'Files',
    none: 'No files yet.',
    files: 'Add files',
    upload: 'Upload',
    progress: 'Uploading files',
    sha: 'SHA-256: {sha}',
  },
});

/** The file list and the upload form; `onUploaded` gets the new files. */
export function BuildFiles({
  build,
  lang,
  onUploaded,
}: {
  build: Build;
  lang: 'ru' | 'en';
  onUploaded: (files: BuildFile[]) => void;
}) {
  const t = useT(texts);
  const upload = useUpload();
  const fileInput = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData();
    for (const file of chosen) form.append('file', file, file.name);
    setError(null);
    setProgress(0);
    try {
      const answer = await upload<{ items: BuildFile[] }>({
        url: `/api/builds/${build.id}/files`,
        body: form,
        onProgress: setProgress,
      });
      setChosen([]);
      if (fileInput.current) fileInput.current.value = '';
      onUploaded(answer.items);
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  }

  return (
    <div>
      <h4>{t('title')}</h4>
      {build.files.length === 0 ? <p className="muted">{t('none')}</p> : null}
      <ul>
        {build.files.map((f) => (
          <li key={f.id}>
            <a href={f.url} download={f.fileName}>
              {f.fileName}
            </a>{' '}
            <span className="muted">
              {formatSize(f.size, lang)} ·{' '}
              <span className="mono" title={t('sha', { sha: f.sha256 })}>
                {f.sha256.slice(0, 12)}…
              </span>
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <div className="admin-inline">
          <Field label={t('files')}>
            {(p) => (
              <input
                {...p}
                ref={fileInput}
                type="file"
                multiple
                onChange={(e) => setChosen([...(e.target.files ?? [])])}
              />
            )}
          </Field>
          <Button type="submit" kind="secondary" disabled={chosen.length === 0 || progress !== null}>
            {t('upload')}
          </Button>
        </div>
        {progress !== null ? <ProgressBar label={t('progress')} value={progress} /> : null}
        <ErrorBox error={error} />
      </form>
    </div>
  );
}
