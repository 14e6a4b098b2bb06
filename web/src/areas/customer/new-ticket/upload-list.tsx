// The files being sent to a just-filed ticket: a progress bar each, and «Повторить» for a failed one.
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { fileKey, formatSize } from '../../../ui/file-size.ts';
import { Button } from '../../../ui/ui.tsx';
import '../../../ui/file-picker.css'; // .file-list
import type { UploadItem } from './use-uploads.ts';

const texts = defineTexts({
  ru: {
    title: 'Файлы',
    waiting: 'ожидает отправки',
    sending: 'загружается: {percent}%',
    done: 'загружен',
    failed: 'не загружен: {error}',
    retry: 'Повторить',
    retryFile: 'Загрузить {name} ещё раз',
    progress: 'Загрузка файла {name}',
  },
  en: {
    title: 'Files',
    waiting: 'waiting',
    sending: 'uploading: {percent}%',
    done: 'uploaded',
    failed: 'not uploaded: {error}',
    retry: 'Retry',
    retryFile: 'Upload {name} again',
    progress: 'Uploading {name}',
  },
});

/** Shows each file's upload state; the live region announces when a file is done or fails. */
export function UploadList({ items, onRetry }: { items: UploadItem[]; onRetry: (index: number) => void }) {
  const t = useT(texts);
  const { lang } = useLang();
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title">{t('title')}</h2>
      <ul className="file-list upload-list">
        {items.map((it, i) => {
          const percent = Math.round(it.progress * 100);
          return (
            <li key={fileKey(it.file)} className={`upload upload-${it.state}`}>
              <span className="file-name">{it.file.name}</span>
              <span className="muted">{formatSize(it.file.size, lang)}</span>
              <progress
                max={100}
                value={it.state === 'waiting' ? 0 : percent}
                aria-label={t('progress', { name: it.file.name })}
              />
              <span className="upload-state" aria-live="polite">
                {it.state === 'failed' ? t('failed', { error: it.error ?? '' }) : t(it.state, { percent })}
              </span>
              {it.state === 'failed' ? (
                <Button
                  kind="secondary"
                  aria-label={t('retryFile', { name: it.file.name })}
                  onClick={() => onRetry(i)}
                >
                  {t('retry')}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
