// CSV import of a contract's authorized contacts (R10): pick a file or paste the text, check it
// without saving, then load it; the report tells which lines failed and why.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field } from '../../../ui/ui.tsx';
import { type ImportResult, keys } from '../admin-api.ts';
import { ImportReport } from './import-report.tsx';

const texts = defineTexts({
  ru: {
    title: 'Загрузить представителей из CSV',
    intro:
      'Первая строка — заголовок: name;email;phone;position (или ФИО;E-mail;Телефон;Должность). Разделитель — «;» или «,», кодировка UTF-8.',
    file: 'Файл CSV',
    text: 'Содержимое CSV',
    textHint: 'Можно выбрать файл или вставить строки из таблицы.',
    check: 'Проверить без записи',
    load: 'Загрузить',
    notUtf8: 'Файл не в кодировке UTF-8: сохраните его из таблицы как «CSV UTF-8».',
  },
  en: {
    title: 'Import representatives from CSV',
    intro: 'The first line is the header: name;email;phone;position. Separator: ";" or ",", encoding UTF-8.',
    file: 'CSV file',
    text: 'CSV contents',
    textHint: 'Choose a file or paste lines from a spreadsheet.',
    check: 'Check without saving',
    load: 'Import',
    notUtf8: 'The file is not UTF-8: save it from the spreadsheet as “CSV UTF-8”.',
  },
});

/** The import form and its per-line report. */
export function ContactImport({ contractId }: { contractId: string }) {
  const t = useT(texts);
  const client = useQueryClient();
  const [csv, setCsv] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      api.post<ImportResult>(`/api/contracts/${contractId}/contacts/import${dryRun ? '?dryRun=true' : ''}`, {
        csv,
      }),
    onSuccess: async (result) => {
      if (!result.dryRun) await client.invalidateQueries({ queryKey: keys.contacts(contractId) });
    },
  });

  async function readFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setFileError(null);
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      setCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      setFileError(t('notUtf8'));
    }
  }

  return (
    <section className="card" aria-labelledby="contact-import-title">
      <h2 id="contact-import-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <Field label={t('file')} error={fileError}>
        {(p) => <input {...p} type="file" accept=".csv,text/csv,text/plain" onChange={readFile} />}
      </Field>
      <Field label={t('text')} hint={t('textHint')}>
        {(p) => (
          <textarea {...p} className="admin-json" value={csv} onChange={(e) => setCsv(e.target.value)} />
        )}
      </Field>
      <div className="admin-actions">
        <Button kind="secondary" disabled={!csv.trim() || run.isPending} onClick={() => run.mutate(true)}>
          {t('check')}
        </Button>
        <Button disabled={!csv.trim() || run.isPending} onClick={() => run.mutate(false)}>
          {t('load')}
        </Button>
      </div>
      <div aria-live="polite">
        <ErrorBox error={run.error} />
        {run.data ? <ImportReport result={run.data} /> : null}
      </div>
    </section>
  );
}
