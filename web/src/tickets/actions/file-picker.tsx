// Choosing files to send with a message, and the upload's progress.
import { useId } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/ui.tsx';
import { actionTexts } from './action-texts.ts';

/** «1,2 МБ» for a byte count. */
export function formatSize(bytes: number, lang: 'ru' | 'en'): string {
  const units = lang === 'ru' ? ['Б', 'КБ', 'МБ', 'ГБ'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const n = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: unit ? 1 : 0 });
  return `${n.format(value)} ${units[unit]}`;
}

/** A file input with the chosen files listed (each removable) and upload progress while sending. */
export function FilePicker({
  files,
  onChange,
  progress,
  lang,
}: {
  files: File[];
  onChange: (files: File[]) => void;
  progress: number | null;
  lang: 'ru' | 'en';
}) {
  const t = useT(actionTexts);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('files')}</label>
      <input
        id={id}
        type="file"
        multiple
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          onChange([...files, ...Array.from(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {t('filesHint')}
      </p>
      {files.length > 0 ? (
        <ul className="picked-files">
          {files.map((f, i) => (
            <li key={`${f.name}-${f.size}-${f.lastModified}`}>
              {f.name} <span className="muted">({formatSize(f.size, lang)})</span>{' '}
              <Button
                kind="link"
                aria-label={`${t('remove')}: ${f.name}`}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              >
                {t('remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {progress !== null ? (
        <p className="upload-progress" aria-live="polite">
          <progress
            max={1}
            value={progress}
            aria-label={t('uploading', { percent: Math.round(progress * 100) })}
          />{' '}
          {t('uploading', { percent: Math.round(progress * 100) })}
        </p>
      ) : null}
    </div>
  );
}
