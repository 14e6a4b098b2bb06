// Loads one year of the official production calendar from an xmlcalendar file (R5), with the
// upload's progress and the year the server read back.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Notice } from '../../../ui/ui.tsx';
import { type Calendar, keys, type YearSummary } from '../admin-api.ts';
import { ProgressBar } from '../progress-bar.tsx';
import { useUpload } from '../upload.ts';

const texts = defineTexts({
  ru: {
    title: 'Загрузить год из xmlcalendar',
    intro:
      'Файл производственного календаря в формате xmlcalendar (например, с xmlcalendar.ru). Исключения выбранного года заменяются загруженными; другие годы не меняются.',
    file: 'Файл XML',
    year: 'Год',
    yearHint: 'Пусто — год из самого файла. Указывайте, только если в файле года нет.',
    upload: 'Загрузить',
    progress: 'Отправка файла',
    done: 'Загружен {year} год: рабочих дней — {days}, нерабочих будней — {off}, рабочих выходных — {weekends}, сокращённых дней — {short}.',
  },
  en: {
    title: 'Load a year from xmlcalendar',
    intro:
      'A production calendar file in the xmlcalendar format (e.g. from xmlcalendar.ru). The chosen year’s exceptions are replaced by the file’s; other years stay as they are.',
    file: 'XML file',
    year: 'Year',
    yearHint: 'Empty: the year written in the file. Give one only for a file that names none.',
    upload: 'Upload',
    progress: 'Sending the file',
    done: 'Loaded {year}: {days} working days, {off} weekdays off, {weekends} working weekends, {short} short days.',
  },
});

/** The upload form; `onImported` receives the year that was loaded. */
export function XmlImport({
  calendarId,
  onImported,
}: {
  calendarId: string;
  onImported: (year: number) => void;
}) {
  const t = useT(texts);
  const client = useQueryClient();
  const upload = useUpload();
  const [file, setFile] = useState<File | null>(null);
  // Empty by default: the file names its year, and the server refuses a mismatch anyway.
  const [year, setYear] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<YearSummary | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setResult(null);
    setProgress(0);
    try {
      const query = year.trim() ? `?year=${encodeURIComponent(year.trim())}` : '';
      const answer = await upload<{ calendar: Calendar; year: YearSummary }>({
        url: `/api/calendars/${encodeURIComponent(calendarId)}/import-xml${query}`,
        body: file,
        contentType: 'application/xml',
        onProgress: setProgress,
      });
      setResult(answer.year);
      client.setQueryData(keys.calendar(calendarId), answer.calendar);
      await client.invalidateQueries({ queryKey: keys.calendars });
      onImported(answer.year.year);
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="xml-import-title">
      <h2 id="xml-import-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <div className="admin-inline">
        <Field label={t('file')}>
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".xml,application/xml,text/xml"
              required
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Field label={t('year')} hint={t('yearHint')}>
          {(p) => <input {...p} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />}
        </Field>
        <Button type="submit" disabled={!file || progress !== null}>
          {t('upload')}
        </Button>
      </div>
      {progress !== null ? <ProgressBar label={t('progress')} value={progress} /> : null}
      <div aria-live="polite">
        <ErrorBox error={error} />
        {result ? (
          <Notice kind="success">
            {t('done', {
              year: result.year,
              days: result.workingDays,
              off: result.daysOff.length,
              weekends: result.workingWeekends.length,
              short: result.shortDays.length,
            })}
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
