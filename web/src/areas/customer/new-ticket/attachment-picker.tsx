// Files for the new ticket (R13: a sample scenario and data): chosen now, uploaded after filing.
import { useId } from 'react';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { Button } from '../../../ui/ui.tsx';
import { fileKey, formatSize } from './file-size.ts';

const texts = defineTexts({
  ru: {
    label: 'Файлы',
    hint: 'Сценарий и данные, воспроизводящие ситуацию, снимки экрана, журналы. Файлы загрузятся сразу после регистрации обращения.',
    chosen: 'Выбранные файлы',
    remove: 'Убрать',
    removeFile: 'Убрать файл {name}',
  },
  en: {
    label: 'Files',
    hint: 'A scenario and data that reproduce the situation, screenshots, logs. They are uploaded right after the ticket is registered.',
    chosen: 'Chosen files',
    remove: 'Remove',
    removeFile: 'Remove the file {name}',
  },
});

/** Lets the customer add and remove files; the list is kept by the form. */
export function AttachmentPicker({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const t = useT(texts);
  const { lang } = useLang();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('label')}</label>
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
        {t('hint')}
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
    </div>
  );
}
