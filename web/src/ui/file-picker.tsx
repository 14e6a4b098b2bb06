// Choosing files to send: the input, the chosen files (each removable) and the upload's progress.
// Used by the new-ticket form, messages on a ticket and the attachments card.
import { useId } from 'react';
import { defineTexts, useLang, useT } from '../i18n/i18n.tsx';
import { fileKey, formatSize } from './file-size.ts';
import { Button } from './ui.tsx';
import './file-picker.css';

const texts = defineTexts({
  ru: {
    chosen: 'Выбранные файлы',
    remove: 'Убрать',
    removeFile: 'Убрать файл {name}',
    uploading: 'Загрузка файлов: {percent}%',
  },
  en: {
    chosen: 'Chosen files',
    remove: 'Remove',
    removeFile: 'Remove the file {name}',
    uploading: 'Uploading files: {percent}%',
  },
});

/** A file input whose list of chosen files is kept by the form; `progress` (0…1) while uploading. */
export function FilePicker({
  files,
  onChange,
  label,
  hint,
  progress = null,
}: {
  files: File[];
  onChange: (files: File[]) => void;
  label: string;
  hint: string;
  progress?: number | null;
}) {
  const t = useT(texts);
  const { lang } = useLang();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        multiple
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const added = Array.from(e.target.files ?? []);
          if (added.length) onChange([...files, ...added]);
          e.target.value = ''; // the same file may be chosen again after removing it
        }}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {files.length > 0 ? (
        <ul className="file-list" aria-label={t('chosen')}>
          {files.map((f, i) => (
            <li key={fileKey(f)}>
              <span className="file-name">{f.name}</span>
              <span className="muted">{formatSize(f.size, lang)}</span>
              <Button
                kind="link"
                aria-label={t('removeFile', { name: f.name })}
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
